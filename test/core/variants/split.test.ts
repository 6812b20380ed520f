import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
import { countGraphemes } from '../../../src/core/metrics/graphemes';
import { parsePost } from '../../../src/core/parse/post';
import { handParts, isHandSplit, splitThread } from '../../../src/core/variants/split';
import { lengthOn, measureVariants } from '../../../src/core/variants/measure';

const require = createRequire(import.meta.url);
const twitterText = require('twitter-text') as { parseTweet(text: string): { weightedLength: number } };
const xLength = (text: string): number => twitterText.parseTweet(text).weightedLength;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const graphemes = { limit: 300, measure: countGraphemes };

/** Every word of the text, in order, across the parts (a word cut between characters joined again). */
function wordsKept(text: string, parts: Array<{ from: number; to: number }>): void {
	const joined = parts.map((part) => text.slice(part.from, part.to)).join(' ');
	expect(joined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
	for (let i = 1; i < parts.length; i++) expect((parts[i] as { from: number }).from).toBeGreaterThanOrEqual((parts[i - 1] as { to: number }).to);
}

describe('hand-split threads (three blank lines end a part)', () => {
	it('keeps the author\'s parts, whatever their length', () => {
		const text = 'First part.\n\n\n\nSecond part, which is long. '.concat('x '.repeat(200)).trim() + '\n\n \n\t\n\nThird.';
		expect(isHandSplit(text)).toBe(true);
		const parts = splitThread(text, graphemes);
		expect(parts.map((p) => p.text.slice(0, 12))).toEqual(['First part.', 'Second part,', 'Third.']);
		expect(parts[1]?.length).toBeGreaterThan(300);
		wordsKept(text, parts);
	});

	it('does not take two blank lines for a part break', () => {
		expect(isHandSplit('a\n\n\nb')).toBe(false);
		expect(handParts('a\n\n\nb')).toEqual([{ from: 0, to: 5 }]);
	});
});

describe('automatic split', () => {
	const paragraph = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ') + '.';

	it('leaves a post that fits in one part alone', () => {
		expect(splitThread('Short post.', graphemes)).toEqual([{ text: 'Short post.', length: 11, from: 0, to: 11 }]);
	});

	it('splits at paragraph breaks first, packing whole paragraphs', () => {
		// 180 characters each: two never fit in 300, though a cut inside the second would fill the first part more.
		const text = [paragraph(30, 'alpha'), paragraph(30, 'beta'), paragraph(10, 'gamma'), paragraph(10, 'delta')].join('\n\n');
		const parts = splitThread(text, graphemes);
		expect(parts.map((p) => p.text.split(/\s+/).filter((w, i, all) => i === 0 || w !== all[i - 1]).join(' '))).toEqual([
			'alpha alpha.', 'beta beta. gamma gamma. delta delta.',
		]);
		expect(parts.every((p) => p.length <= 300)).toBe(true);
		wordsKept(text, parts);
	});

	it('splits a paragraph too long for one post at sentence ends, then at word breaks', () => {
		const sentences = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says a few more words here.`).join(' ');
		const parts = splitThread(sentences, graphemes);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) expect(part.text).toMatch(/\.$/);
		wordsKept(sentences, parts);
		const noSentences = 'word '.repeat(150).trim();
		const wordParts = splitThread(noSentences, graphemes);
		expect(wordParts.every((p) => p.length <= 300 && !p.text.startsWith(' ') && !p.text.endsWith(' '))).toBe(true);
		wordsKept(noSentences, wordParts);
	});

	it('cuts a word longer than a whole post between its characters, dropping nothing', () => {
		const text = `Start ${'😀'.repeat(700)} end`;
		const parts = splitThread(text, graphemes);
		expect(parts.every((p) => p.length <= 300)).toBe(true);
		wordsKept(text, parts);
	});

	it('counts the numbering toward the limit and numbers every part of the count', () => {
		const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} has some words in it.`).join('\n\n');
		const parts = splitThread(text, { limit: 100, measure: countGraphemes, numbering: true });
		const total = parts.length;
		expect(total).toBeGreaterThan(9);
		parts.forEach((part, i) => {
			expect(part.text.endsWith(` ${i + 1}/${total}`)).toBe(true);
			expect(part.length).toBe(countGraphemes(part.text));
			expect(part.length).toBeLessThanOrEqual(100);
		});
		expect(splitThread('One short post.', { limit: 100, measure: countGraphemes, numbering: true })[0]?.text).toBe('One short post.');
	});

	it('splits CJK text without spaces at its sentence ends', () => {
		const text = '我们把备份当作产品来做。'.repeat(40);
		const parts = splitThread(text, { limit: 280, measure: lengthOn('x') });
		expect(parts.every((p) => p.text.endsWith('。') && xLength(p.text) <= 280)).toBe(true);
		expect(parts.map((p) => p.text).join('')).toBe(text);
	});

	it('keeps every part of generated text within 280 by twitter-text\'s own count, words in order', () => {
		const piece = fc.constantFrom('word', 'longerword', 'see', 'README.md', 'https://example.com/a/path', 'bit.ly/x', '日本語', '👍🏽', '👨‍👩‍👧', 'état', 'Done.', 'Really?', '—', '“quoted”');
		const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n');
		const text = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 220 }).map((pairs) => pairs.map(([p, s]) => p + s).join('').trim());
		fc.assert(fc.property(text, fc.boolean(), (sample, numbering) => {
			const parts = splitThread(sample, { limit: 280, measure: lengthOn('x'), numbering });
			for (const part of parts) {
				expect(part.length).toBe(xLength(part.text));
				expect(part.length).toBeLessThanOrEqual(280);
			}
			expect(parts.flatMap((p) => words(sample.slice(p.from, p.to)))).toEqual(words(sample));
		}), { seed: 214, numRuns: Number(process.env.FUZZ_RUNS ?? 150) });
	});
});

describe('variants of a post note', () => {
	const note = readFileSync(new URL('../../fixtures/posts/variants_thread.md', import.meta.url), 'utf8');
	const post = parsePost(note, parseYamlWithGrayMatter);

	it('reads each platform\'s subsection under ## VARIANTS, and nothing after NOTES starts', () => {
		expect(post.variants?.items.map((v) => v.platform)).toEqual(['x', 'threads', 'bluesky', 'mastodon']);
		expect(post.variants?.items[3]?.body.text).not.toContain('NOTES');
		expect(post.fullPost?.body.text).not.toContain('VARIANTS');
	});

	it('splits the FULL POST copied into ### X into a thread, every part within 280 as twitter-text counts it, every word in order', () => {
		const [x] = measureVariants(post);
		expect(x?.platform).toBe('x');
		expect(x?.handSplit).toBe(false);
		expect(x?.length).toBe(xLength(post.variants?.items[0]?.body.text ?? ''));
		expect(x?.parts.length).toBeGreaterThan(4);
		for (const part of x?.parts ?? []) expect(xLength(part.text)).toBeLessThanOrEqual(280);
		expect((x?.parts ?? []).flatMap((p) => words(p.text))).toEqual(words(post.fullPost?.body.text ?? ''));
	});

	it('places each part in the note, so a finding points at its first line', () => {
		const bluesky = measureVariants(post)[2];
		expect(bluesky?.handSplit).toBe(true);
		for (const part of bluesky?.parts ?? []) expect(note.slice(part.sourceFrom, part.sourceTo)).toBe(part.text);
	});

	it('counts Mastodon\'s link as 23 and its remote mention as the user name', () => {
		const mastodon = measureVariants(post)[3];
		const text = post.variants?.items[3]?.body.text ?? '';
		const url = /https:\S+/.exec(text)?.[0] ?? '';
		expect(mastodon?.length).toBe(countGraphemes(text) - url.length + 23 - '@hachyderm.example'.length);
	});
});

describe('a very long word', () => {
	it('is cut into parts within the limit, every character kept in order', () => {
		const word = 'x'.repeat(60_000);
		const parts = splitThread(`Intro ${word} end.`, graphemes);
		expect(parts.length).toBeGreaterThan(200);
		expect(parts.every((p) => p.length <= 300)).toBe(true);
		expect(parts.map((p) => p.text).join('').replace(/\s+/g, '')).toBe(`Intro${word}end.`);
	});
});
