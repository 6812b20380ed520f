/**
 * X's count against the real thing: twitter-text's own conformance suite and
 * top-level-domain list (test/fixtures/twitter-text/, Apache-2.0), and the
 * twitter-text 3.1.0 npm package as an oracle on our own torture set and on
 * generated text. twitter-text is a devDependency: it is never bundled.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { encodedLabelLength, findUrls } from '../../../src/core/metrics/x-urls';
import { countryTlds, genericTlds } from '../../../src/core/metrics/x-tld-codes';
import { decodeEmojiPattern, xWeightedLength } from '../../../src/core/metrics/x-length';
import { EMOJI_PATTERN } from '../../../src/core/metrics/x-tables';

const require = createRequire(import.meta.url);
const twitterText = require('twitter-text') as {
	parseTweet(text: string): { weightedLength: number };
	extractUrlsWithIndices(text: string): Array<{ url: string; indices: [number, number] }>;
};
/** The punycode twitter-text itself loads (1.4.1, nested under it), else the top-level one: same encoding. */
function loadPunycode(): { toASCII(text: string): string } {
	try {
		return require(require.resolve('punycode', { paths: [require.resolve('twitter-text')] })) as { toASCII(text: string): string };
	} catch {
		return require('punycode') as { toASCII(text: string): string };
	}
}
const punycode = loadPunycode();

const FIXTURES = new URL('../../fixtures/', import.meta.url);
interface WeightedCase { description: string; text: string; expected: { weightedLength: number } }
const validate = yaml.load(readFileSync(new URL('twitter-text/validate.yml', FIXTURES), 'utf8')) as { tests: Record<string, WeightedCase[]> };
/** The config v3 group (emoji weigh 2 whole) and the directional-marker group. */
export const V3_GROUPS = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];
const torture = readFileSync(new URL('platforms/x-torture.jsonl', FIXTURES), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string);

describe('X weighted length: twitter-text conformance suite (validate.yml)', () => {
	for (const group of V3_GROUPS) {
		it(`agrees with every case of ${group}`, () => {
			const cases = validate.tests[group] ?? [];
			expect(cases.length).toBeGreaterThan(0);
			const failures = cases.filter((c) => xWeightedLength(c.text) !== c.expected.weightedLength).map((c) => c.description);
			console.log(`${group}: ${cases.length - failures.length}/${cases.length} weighted lengths agree`);
			expect(failures).toEqual([]);
		});
	}
});

describe("X links: twitter-text's top-level domains (tld_lib.yml, tlds.yml)", () => {
	const lib = yaml.load(readFileSync(new URL('twitter-text/tld_lib.yml', FIXTURES), 'utf8')) as { country: string[]; generic: string[] };

	it('x-tables.ts holds exactly the domains of tld_lib.yml and the emoji of twemoji-parser', () => {
		const generic = genericTlds();
		const country = countryTlds();
		expect(new Set(generic)).toEqual(new Set(lib.generic));
		expect(generic).toHaveLength(lib.generic.length);
		expect(new Set(country)).toEqual(new Set(lib.country));
		expect(country).toHaveLength(lib.country.length);
		// Alternation takes the first entry that fits: an entry comes before every entry it begins with (`comcast` before `com`).
		for (const list of [generic, country]) {
			const seen = new Set<string>();
			for (const tld of list) {
				for (let end = 1; end < tld.length; end++) expect(seen.has(tld.slice(0, end)), `${tld.slice(0, end)} before ${tld}`).toBe(false);
				seen.add(tld);
			}
		}
		// The emoji pattern decodes to twemoji-parser's own, code unit for code unit.
		const twemoji = (require('twemoji-parser/dist/lib/regex.js') as { default: RegExp }).default.source;
		// ©, ® written raw there are escaped here: the same pattern.
		const escaped = twemoji.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
		expect(decodeEmojiPattern(EMOJI_PATTERN)).toBe(escaped);
		const check = spawnSync(process.execPath, ['scripts/gen-x-tables.mjs', '--check'], { encoding: 'utf8' });
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
	});

	it('links every URL of tlds.yml, which then weighs 23', () => {
		const tlds = yaml.load(readFileSync(new URL('twitter-text/tlds.yml', FIXTURES), 'utf8')) as { tests: Record<string, Array<{ text: string; expected: string[] }>> };
		let count = 0;
		for (const cases of Object.values(tlds.tests)) {
			for (const c of cases) {
				const text = c.text.normalize('NFC');
				expect(findUrls(text, 'x').map((span) => text.slice(span.start, span.end)), c.text).toEqual(c.expected.map((url) => url.normalize('NFC')));
				expect(xWeightedLength(c.text), c.text).toBe(23);
				count++;
			}
		}
		expect(count).toBe(lib.generic.length + lib.country.length);
	});

	it('links a bare domain only when its ending is a real top-level domain', () => {
		expect(xWeightedLength('see README.md')).toBe(4 + 23); // .md is Moldova
		expect(xWeightedLength('bit.ly/abc')).toBe(23);
		expect(xWeightedLength('münchen.de')).toBe(23);
		expect(xWeightedLength('notes.txt')).toBe(9);
		expect(xWeightedLength('Node.js')).toBe(7);
		expect(xWeightedLength('me@example.com')).toBe(14);
	});

	it('measures a label as Punycode the way twitter-text does', () => {
		for (const label of ['example', 'münchen', '例え', 'テスト', '中'.repeat(20), 'a👍b', 'ÄÖÜ-straße', 'ünï\u3002cödé']) {
			expect(encodedLabelLength(label), label).toBe(punycode.toASCII(label).length);
		}
	});
});

describe('X weighted length: twitter-text 3.1.0 as the oracle', () => {
	it('agrees on every line of our torture set', () => {
		const disagreements = torture
			.map((text) => ({ text, ours: xWeightedLength(text), oracle: twitterText.parseTweet(text).weightedLength }))
			.filter((row) => row.ours !== row.oracle);
		console.log(`x-torture.jsonl: ${torture.length - disagreements.length}/${torture.length} agree with twitter-text 3.1.0`);
		expect(disagreements).toEqual([]);
	});

	it('agrees on generated text built from the pieces that trip counters up', () => {
		const pieces = [
			' ', '  ', '\n', '\n\n', '.', ',', '!', '?', '(', ')', '/', '-', '_', '@', '#', '$', ':', '"', '\'', '…', '—', '–',
			'a', 'Z', '9', 'é', 'e\u0301', 'ß', 'Ж', 'ж', 'ع', 'क', '中', '日本', '한', 'ｱ', '\u200D', '\uFE0F', '\u20E3', '\u202E', '\u2066', '\u200B',
			'👍', '🏽', '👨‍👩‍👧', '🇫', '🇷', '❤', '©', '™', '🫠', '1️⃣', '🏳️‍🌈',
			'http://', 'https://', 'www.', 'example', 'com', 'co', 'uk', 'md', 'io', 'js', 'txt', 'рф', '中国', 'xn--p1ai', 't.co/', 'bit.ly', '.com', '.de/', '/path', '?q=1', '#frag', ':8080',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				expect(xWeightedLength(text), JSON.stringify(text)).toBe(twitterText.parseTweet(text).weightedLength);
			}),
			{ seed: 14, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
		);
	});

	it('finds the same links as twitter-text in the torture set', () => {
		for (const raw of torture) {
			const text = raw.normalize('NFC');
			const ours = findUrls(text, 'x').map((span) => [span.start, span.end]);
			expect(ours, raw).toEqual(twitterText.extractUrlsWithIndices(text).map((url) => url.indices));
		}
	});
});
