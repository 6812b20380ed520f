import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeEnd } from '../../src/core/metrics/graphemes';
import { DEFAULT_SLOP_PHRASES, findSlop } from '../../src/core/metrics/slop';
import { Source } from '../../src/core/parse/source';
import { EXAMPLE_HOOKS, examplePost } from '../../src/core/rules/example-post';
import { normaliseLabel } from '../../src/core/template/complete';
import { check } from '../helpers';

/**
 * The code written for speed (see `npm run bench`) must do exactly what the
 * plain version did: each test states the plain definition and compares.
 */

const pieces = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 60 }).map((parts) => parts.join(''));

describe('Source lines', () => {
	const text = pieces(['a', 'word ', '\n', '\r', '\r\n', '\n\n', '\uFEFF', ' ', 'é', '😀', '\t']);

	it('cut the text at every LF, CRLF and lone CR, with or without a CR anywhere', () => {
		fc.assert(fc.property(text, (note) => {
			const source = new Source(note);
			const lines = source.lines;
			expect(lines[0]?.start).toBe(source.bomLength);
			expect(lines.at(-1)?.end).toBe(note.length);
			for (const [index, line] of lines.entries()) {
				expect(line.text).toBe(note.slice(line.start, line.end));
				expect(line.text).not.toMatch(/[\r\n]/);
				const next = lines[index + 1];
				if (next) expect(['\n', '\r', '\r\n']).toContain(note.slice(line.end, next.start));
			}
		}), { numRuns: 500 });
	});
});

describe('countGraphemes', () => {
	const text = pieces(['a', ' ', '\r\n', '\r', 'é', 'e\u0301', '😀', '👍🏽', '👩\u200d💻', '🇫🇷', '한', '\u1100\u1161', 'क्ष', '\u0300', '\u200d', '\u0600१']);

	it('counts what walking graphemeEnd from cluster to cluster counts', () => {
		fc.assert(fc.property(text, (note) => {
			let walked = 0;
			for (let i = 0; i < note.length; i = graphemeEnd(note, i)) walked++;
			expect(countGraphemes(note)).toBe(walked);
		}), { numRuns: 1000 });
	});
});

describe('findSlop candidates', () => {
	const options = { phrases: DEFAULT_SLOP_PHRASES, contrastive: false };
	const found = (text: string): string[] => findSlop(text, options).filter((hit) => hit.kind !== 'em-dash').map((hit) => `${hit.from}:${hit.match}`);

	it('finds a match that starts inside a candidate that failed', () => {
		// "therehere's": the first "here" is inside a word; "here's" right after it is too.
		expect(found("therehere's")).toEqual([]);
		expect(found("Done. here's")).toEqual(["6:here's"]);
		expect(found('it is a deep deep dive')).toEqual(['13:deep dive']);
	});

	it('keeps Unicode case folding: a long s matches s, a Kelvin sign k', () => {
		expect(found('ſupercharge it')).toEqual(['0:ſupercharge']);
		expect(found('Here\u212Aeeps')).toEqual([]);
	});

	it('finds custom phrases that do not start with a letter, and astral ones', () => {
		const hits = findSlop('a 😀 smile and -- x', { phrases: ['😀 smile', '-x'], contrastive: false });
		// A leading hyphen is a gap, as inside a phrase: it takes the spaces and dashes before the x.
		expect(hits.filter((hit) => hit.kind === 'phrase').map((hit) => hit.match)).toEqual(['😀 smile', ' -- x']);
	});

	it('uses a changed phrase list at once, also when the same array was changed in place', () => {
		const phrases = ['alpha'];
		expect(findSlop('alpha beta', { phrases, contrastive: false }).map((hit) => hit.match)).toEqual(['alpha']);
		phrases[0] = 'beta';
		expect(findSlop('alpha beta', { phrases, contrastive: false }).map((hit) => hit.match)).toEqual(['beta']);
	});
});

describe('full-post-hook opening comparison', () => {
	const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
	const words = fc.array(fc.constantFrom('Our', 'team', 'stopped', 'writing', 'reports.', 'Nobody', 'missed', 'them.'), { minLength: 1, maxLength: 8 });
	const gap = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', ' \n ');
	const spaced = (list: string[], gaps: string[]): string => list.map((word, i) => word + (i < list.length - 1 ? gaps[i % gaps.length] : '')).join('');

	it('reports exactly when the squashed FULL POST does not start with the squashed hook', () => {
		fc.assert(fc.property(words, words, fc.array(gap, { minLength: 1, maxLength: 4 }), fc.array(gap, { minLength: 1, maxLength: 4 }), gap, (hookWords, extra, hookGaps, fullGaps, trailing) => {
			const hook = spaced(hookWords, hookGaps);
			const full = spaced([...hookWords.slice(0, hookWords.length - (extra.length % 2)), ...extra], fullGaps) + trailing;
			const note = examplePost({
				hooks: EXAMPLE_HOOKS.replace(/(### HOOK A \(Recommended\)\n)[^\n]*\n\n[^\n]*/, `$1${hook}`),
				fullPost: `### FULL POST (using Hook A)\n\n${full}`,
			});
			const analysis = check(note);
			const hookBody = analysis.post.hooks[0]?.body.text ?? '';
			const fullBody = analysis.post.fullPost?.body.text ?? '';
			const expected = squash(hookBody) !== '' && fullBody !== '' && !squash(fullBody).startsWith(squash(hookBody));
			const reported = analysis.findings.some((f) => f.ruleId === 'full-post-hook' && f.message.includes('does not open with'));
			expect(reported).toBe(expected);
		}), { numRuns: 300 });
	});
});

describe('normaliseLabel', () => {
	it('gives the same answer from its memo as on first sight', () => {
		for (const label of ["User's Insight", 'User’s  Insight', '  HOOK type ', 'Hook\tType']) {
			const first = normaliseLabel(label);
			expect(normaliseLabel(label)).toBe(first);
			expect(first).toBe(label.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim());
		}
	});
});
