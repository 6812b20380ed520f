import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOP_PHRASES, findSlop } from '../../src/core/metrics/slop';

/**
 * The stock-phrase scan has two candidate searches: a fast non-Unicode one used when every
 * phrase is ASCII, and the Unicode one used otherwise. One phrase with a non-ASCII letter
 * that never occurs in the text forces the second, so the two lists must find the same hits.
 */
const FORCES_UNICODE_SEARCH = 'ñññ';

function phraseHits(text: string, phrases: readonly string[]): Array<[number, number, string]> {
	return findSlop(text, { phrases, contrastive: false })
		.filter((hit) => hit.kind === 'phrase')
		.map((hit) => [hit.from, hit.to, hit.match]);
}

// Pieces that sit on the edges the two searches could disagree on: word characters of every
// kind before a phrase, the two letters that match `s` and `k` only under Unicode case folding,
// surrogate pairs, and the dash, space and apostrophe variants a phrase's gaps accept.
const PIECES = [
	'delve', 'Delves', 'DELVING', 'leverage', 'seamlessly', 'synergy', 'game', 'changer', 'game-changer', 'game\u2010changing',
	'deep', 'dive', 'in', 'today', "today's", 'today’s', 'fast-paced', 'world', 'it', "it's", 'important', 'to', 'note',
	'at', 'the', 'end', 'of', 'day', 'buckle', 'up', 'thought', 'leader', 'cutting', 'edge', 'tapestry',
	' ', '  ', '\n', '\t', '-', '\u00a0', '_', 'x', '9', 'é', 'ß', 'ſ', '\u212a', 'K', '😀', '𝐀', '.', ',', '"', '(',
	'ſeamleſſly', 'leverage\u212a', 'ſynergy', '\u212aeep',
];

const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('stock-phrase scan: the fast candidate search finds what the Unicode one finds', () => {
	it('on the default phrases', () => {
		fc.assert(
			fc.property(textOf, (text) => {
				expect(phraseHits(text, DEFAULT_SLOP_PHRASES)).toEqual(phraseHits(text, [...DEFAULT_SLOP_PHRASES, FORCES_UNICODE_SEARCH]));
			}),
			{ numRuns: 3000 },
		);
	});

	it('on phrases that open or close with a non-word character', () => {
		const phrases = ['-ish', "'tis", 'so.', '(sic)', 'deep dive', 'x'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES, 'ish', 'tis', "'", 'so', 'sic', ')'), { maxLength: 40 }).map((p) => p.join('')), (text) => {
				expect(phraseHits(text, phrases)).toEqual(phraseHits(text, [...phrases, FORCES_UNICODE_SEARCH]));
			}),
			{ numRuns: 2000 },
		);
	});

	it('finds the phrases the Unicode case folding alone matches', () => {
		// `ſ` folds to `s` and the Kelvin sign to `k` only in Unicode mode: a text holding them takes the Unicode search.
		expect(phraseHits('We ſeamleſſly shipped', DEFAULT_SLOP_PHRASES)).toEqual([[3, 13, 'ſeamleſſly']]);
		expect(phraseHits('a \u212aeep-dive? no: a deep dive', ['keep dive', 'deep dive']).map((hit) => hit[2])).toEqual(['\u212aeep-dive', 'deep dive']);
	});
});
