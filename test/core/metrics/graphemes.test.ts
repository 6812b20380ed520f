import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeEnd } from '../../../src/core/metrics/graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function segmenterCount(text: string): number {
	return Array.from(segmenter.segment(text)).length;
}

function segmenterEnds(text: string): number[] {
	return Array.from(segmenter.segment(text), (s) => s.index + s.segment.length);
}

function ourEnds(text: string): number[] {
	const ends: number[] = [];
	for (let i = 0; i < text.length; ) {
		i = graphemeEnd(text, i);
		ends.push(i);
	}
	return ends;
}

// Building blocks chosen to exercise every rule the approximation models, including the
// awkward neighbours: marks after controls, ZWJ between letters, odd runs of flags.
const ALPHABET = [
	'a', 'Z', '1', '#', '*', ' ', '.', 'é', 'e', '\u0301', '\u0308', '\u20e3',
	'\r', '\n', '\t', '\u200d', '\u200c', '\ufe0f', '\ufe0e',
	'👨', '👩', '👧', '👍', '❤', '©', '🏳', '🏴', '🏽', '🏿',
	'🇫', '🇷', '🇺', '🇸', '\u{e0067}', '\u{e0062}', '\u{e007f}',
	'日', '本', 'か', 'ア', 'ー',
	'\u1100', '\u1161', '\u11a8', '가', '각', '한',
	'क', 'ष', '\u094d', '\u093f', '\u093c', '\u0902', 'ক',
	'\u200b', '\u00ad', '\u2028',
];

const samples: Array<[string, number]> = [
	['', 0],
	['hello', 5],
	['café', 4],
	['cafe\u0301', 4],
	['👨‍👩‍👧', 1],
	['👍🏽👍🏿', 2],
	['🇫🇷🇺🇸', 2],
	['🇫🇷🇺', 2],
	['🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}', 1], // Scotland
	['❤️', 1],
	['1️⃣#️⃣', 2],
	['a\r\nb', 3],
	['\n\r', 2],
	['日本語', 3],
	['한국어', 3],
	['\u1100\u1161\u11a8', 1],
	['क्ष', 1],
	['कि', 1],
	['कि्ष', 2], // a spacing vowel sign ends the conjunct
	['क़्ष', 1], // a nukta does not
	['e\u0301\u0301\u0301', 1],
	['🏳️‍🌈', 1],
	['a\u200db', 2],
	['👩\u094d\u200d👩', 1], // a virama extends the emoji like any mark
	['👍\u200d🏽👍', 2], // ZWJ must sit right before the next pictograph
];

describe('countGraphemes', () => {
	it.each(samples)('counts %j as %i', (text, expected) => {
		expect(countGraphemes(text)).toBe(expected);
		expect(segmenterCount(text)).toBe(expected);
	});

	it('puts every boundary where Intl.Segmenter does, on strings over a mixed alphabet', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				expect(ourEnds(text)).toEqual(segmenterEnds(text));
			}),
			{ numRuns: 3000 },
		);
	});

	it('agrees with Intl.Segmenter on dense mixes of the joining rules', () => {
		// Small alphabets make the rare neighbours (virama after a vowel sign, ZWJ after a tone) common.
		const dense = [
			['क', 'ष', '\u094d', '\u093f', '\u093c', '\u200d', 'a'],
			['\u1100', '\u1161', '\u11a8', '가', '각', '\u0301'],
			['👍', '🏽', '\u200d', '\ufe0f', '❤', 'a', '\u094d'],
			['🇫', '🇷', '\u0301', '\r', '\n'],
		];
		for (const alphabet of dense) {
			fc.assert(
				fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
					const text = parts.join('');
					expect(ourEnds(text)).toEqual(segmenterEnds(text));
				}),
				{ numRuns: 1500 },
			);
		}
	});

	it('agrees with Intl.Segmenter on arbitrary Unicode text of common planes', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
				expect(countGraphemes(text)).toBe(segmenterCount(text));
			}),
			{ numRuns: 2000 },
		);
	});

	it('never ends a cluster inside a surrogate pair, even with lone surrogates', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
				const splitsPair = ourEnds(text).some((end) => {
					const before = text.charCodeAt(end - 1);
					const after = text.charCodeAt(end);
					return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
				});
				expect(splitsPair).toBe(false);
			}),
		);
	});

	it('counts the characters of the reference Hook A as 128', () => {
		const hook = "Most integration vendors sell you a feature.\n\nWe're building infrastructure. There's a real difference between those two things.";
		expect(countGraphemes(hook)).toBe(128);
	});

	it('graphemeEnd returns the text length at or past the end', () => {
		expect(graphemeEnd('ab', 2)).toBe(2);
		expect(graphemeEnd('ab', 5)).toBe(2);
	});
});
