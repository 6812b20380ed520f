import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeEnd } from '../../src/core/metrics/graphemes';

/** The count the fast runs must agree with: one `graphemeEnd` step per cluster. */
function stepCount(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; count++) i = graphemeEnd(text, i);
	return count;
}

// Plain runs broken by every kind of character that can join a neighbour: CR LF, combining
// marks, ZWJ emoji, flags, Hangul jamo, a virama, and characters just below and at U+0300.
const PIECES = ['a', 'bc', 'plain words ', '\r', '\n', '\r\n', '\u0301', 'e\u0301', '\u02ff', '\u0300', '👍🏽', '👩‍👩‍👧', '🇫🇷', '\u1100\u1161',
	'क्ष', '\u0600', 'ñ', '—', '\t', '\u200d', '\ud800', '\udc00'];

describe('countGraphemes: whole runs of plain characters are counted at once', () => {
	it('agrees with stepping cluster by cluster', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
				expect(countGraphemes(text)).toBe(stepCount(text));
			}),
			{ numRuns: 3000 },
		);
	});

	it('counts a long plain text one per character, CR LF as one', () => {
		const text = `${'word '.repeat(300)}\r\nend`;
		expect(countGraphemes(text)).toBe(text.length - 1);
	});
});
