import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointBefore, matchAllNotAfter } from '../../../src/core/metrics/char-before';
import { findSlop } from '../../../src/core/metrics/slop';
import type { SlopKind } from '../../../src/core/metrics/slop';

/*
 * The plugin may hold no regex lookbehind (iOS before 16.4 refuses the whole file), so slop and
 * platform-length check what precedes a match by hand. Node's regex engine runs lookbehinds, so
 * here the patterns as first written, lookbehind and all, are the oracle for the hand checks.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const W = '[\\p{L}\\p{N}_]';

// Pieces that meet every branch: clause starts, list marks, closers, conjunctions, `ſ`, astral
// letters and emoji, line and paragraph separators, non-breaking spaces.
const PIECES = [
	'here', 'Here', 'HERE', "'s", '’s', ' is', ' are', 'is', '. ', '.', '!', '?', ':', '\n', '\r', '\u2028', '\u00a0', '\t', ' ', '  ',
	'- ', '* ', '> ', '+ ', '1. ', '12) ', '3', 'but', 'and', 'So', 'ſo', ',', '_', '*', '"', '“', '”', '’', "'", '(', ')', ']', 'x', 'é',
	'𝐀', '😀', 'not', "It's", 'isn’t', 'was not', ' — ', ' -- ', '; ', 'it is', 'they’re', 'deep', ' dive', 'delve', '@', '#', '/', 'a.b',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

const CLAUSE_START = `(?:^[\\t ]*(?:(?:[-*+>]|\\d+[.)])[\\t ]+)*|[.!?:]["”’')\\]*_]*\\s+|(?<!${W})(?:but|and|so),?\\s+)["“‘'(*_]*`;
const HERES_ORACLE = new RegExp(`(?<!${W})here['’]s(?!${W})|(?<=${CLAUSE_START})here\\s+(?:is|are)(?!${W})`, 'gimu');
const NEGATION = `(?:(?:it|this|that)(?:['’]s|\\s+is|\\s+was)\\s+not|(?:is|are|was|were)\\s+not|(?:isn|aren|wasn|weren)['’]t)`;
const TURN = `(?:\\s*[,;:—–]|\\s--?)\\s*`;
const CONTRASTIVE_ORACLE = new RegExp(
	`(?<!${W})${NEGATION}(?!${W})[^.!?\\n]{1,120}?${TURN}(?:it|this|that|they)(?:['’](?:s|re)|\\s+(?:is|are|was|were))(?!${W})` +
		`|(?<!${W})not\\s[^.!?\\n]{1,120}?${TURN}but(?!${W})`,
	'giu',
);
// The phrase list below, longest first, as the slop module used to compile it.
const PHRASES = ['deep dive', 'delve', '"quote', 'so'];
const PHRASE_ORACLE = new RegExp(`(?<!${W})deep[\\s\\-‐]+dive(?!${W})|"quote(?!${W})|(?<!${W})delve(?!${W})|(?<!${W})so(?!${W})`, 'giu');

function oracle(source: string, regex: RegExp): Array<[number, string]> {
	return [...source.matchAll(regex)].map((m) => [m.index ?? 0, m[0]]);
}

function found(source: string, kind: SlopKind): Array<[number, string]> {
	return findSlop(source, { phrases: PHRASES, contrastive: true })
		.filter((hit) => hit.kind === kind)
		.map((hit) => [hit.from, hit.match]);
}

describe('slop without lookbehind', () => {
	it('finds the same "Here\'s" and "Here is" as the lookbehind pattern', () => {
		const samples = [
			'Done. Here is x', 'and, here are', '1. - "Here is', 'x_here is', 'sub. _Here is', 'ſo here is', 'also here is', 'Here is',
			'-here is', '3)here is', ' 12. here is', 'a 1. here is', 'end.) Here is', 'end.”_ here is', 'x.\u00a0Here is', 'but\n\u00a0here is',
			'but,here is', 'but , here is', 'x\u2028here is', 'xbut here is', '𝐀so here is', "it's here's", 'ahere\'s',
		];
		for (const sample of samples) expect(found(sample, 'heres'), sample).toEqual(oracle(sample, HERES_ORACLE));
		// Fewer pieces, so the random texts hit each way a clause opens more often.
		const clauseText = fc.array(fc.constantFrom('here', 'Here', ' is', "'s", ' ', '\n', '\u00a0', '-', '- ', '3', ')', '.', ':', ',', '"', '”', '_', '(', 'x', 'but', 'ſo', 'and'), { maxLength: 10 })
			.map((parts) => parts.join(''));
		fc.assert(fc.property(fc.oneof(text, clauseText), (sample) => {
			expect(found(sample, 'heres')).toEqual(oracle(sample, HERES_ORACLE));
		}), { numRuns: RUNS * 5 });
	});

	it('finds the same phrases as the lookbehind pattern', () => {
		expect(found('x"quote sodeep dive', 'phrase')).toEqual([[1, '"quote']]);
		fc.assert(fc.property(text, (sample) => {
			expect(found(sample, 'phrase')).toEqual(oracle(sample, PHRASE_ORACLE));
		}), { numRuns: RUNS });
	});

	it('finds the same contrastive formulas as the lookbehind pattern', () => {
		fc.assert(fc.property(text, (sample) => {
			expect(found(sample, 'contrastive')).toEqual(oracle(sample, CONTRASTIVE_ORACLE));
		}), { numRuns: RUNS });
	});
});

describe('matchAllNotAfter', () => {
	// The three platform-length patterns, as they were written with a lookbehind.
	const cases: Array<[RegExp, RegExp, RegExp]> = [
		[/(?<![\p{L}\p{N}@#$_])(https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\p{L}\p{N}@+-])/giu, /(https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\p{L}\p{N}@+-])/giu, /^[\p{L}\p{N}@#$_]$/u],
		[/(?<![\p{L}\p{N}@#$_])https?:\/\/[^\s<>"]+/giu, /https?:\/\/[^\s<>"]+/giu, /^[\p{L}\p{N}@#$_]$/u],
		[/(?<![\p{L}\p{N}_/])@([a-z0-9_]+)(?:@[a-z0-9.-]+[a-z0-9])?/giu, /@([a-z0-9_]+)(?:@[a-z0-9.-]+[a-z0-9])?/giu, /^[\p{L}\p{N}_/]$/u],
	];
	const linkText = fc.array(fc.constantFrom('a', 'b.', 'com', 'co', '.', '@', '#', '/', '_', '-', ' ', 'https://', 'x.io/p', '😀', '𝐀', 'é', '$'), { maxLength: 20 }).map((parts) => parts.join(''));

	it('matches where the lookbehind pattern matches, and nowhere else', () => {
		for (const [withLookbehind, plain, blocked] of cases) {
			fc.assert(fc.property(linkText, (sample) => {
				expect(matchAllNotAfter(sample, plain, blocked).map((m) => [m.index, m[0]])).toEqual(oracle(sample, withLookbehind));
			}), { numRuns: RUNS });
		}
	});

	it('reads a surrogate pair before the index as one character', () => {
		expect(codePointBefore('a😀b', 3)).toBe(0x1f600);
		expect(codePointBefore('a😀b', 2)).toBe(0xd83d);
		expect(codePointBefore('ab', 0)).toBe(-1);
	});
});
