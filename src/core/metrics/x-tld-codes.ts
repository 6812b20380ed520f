/**
 * Undoes the compact coding of twitter-text's top-level domains in
 * x-tables.ts (see scripts/gen-x-tables.mjs, which writes it). Run once, when
 * the first link pattern is built: about 1,600 short strings.
 */
import { COUNTRY_OTHER, COUNTRY_PAIRS, GENERIC_ASCII_BITS, GENERIC_ASCII_LENGTHS, GENERIC_OTHER, TLD_BASE64 } from './x-tables';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The generic domains, longest first where one entry begins another, as alternation needs. */
export function genericTlds(): string[] {
	return [...huffmanFrontCoded(GENERIC_ASCII_LENGTHS, GENERIC_ASCII_BITS), ...frontCoded(GENERIC_OTHER)].sort().reverse();
}

/** The country-code domains, in the same order. */
export function countryTlds(): string[] {
	const list = frontCoded(COUNTRY_OTHER);
	const bits = bitReader(COUNTRY_PAIRS);
	for (let pair = 0; pair < 26 * 26; pair++) {
		if (bits()) list.push(LETTERS[Math.floor(pair / 26)]! + LETTERS[pair % 26]!);
	}
	return list.sort().reverse();
}

/** Reads a base-64 string six bits a character, most significant bit first; 0 past the end. */
function bitReader(text: string): () => number {
	let position = 0;
	let digit = 0;
	return () => {
		const bit = position % 6;
		if (bit === 0) digit = Math.max(0, TLD_BASE64.indexOf(text[position / 6] ?? 'A'));
		position++;
		return (digit >> (5 - bit)) & 1;
	};
}

/**
 * Front-coded entries whose symbols are in a canonical Huffman code:
 * symbol 0–25 a letter, 26 + k a new entry sharing k letters with the one
 * before, the highest symbol the end. `lengths` holds each symbol's code
 * length as a base-36 digit (0: the symbol is unused).
 */
function huffmanFrontCoded(lengths: string, text: string): string[] {
	// Canonical code: codes of one length are consecutive, in symbol order; shorter lengths come first.
	const countOfLength: number[] = [];
	const symbolsInCodeOrder: number[] = [];
	for (let length = 1; length < 36; length++) {
		countOfLength[length] = 0;
		for (let symbol = 0; symbol < lengths.length; symbol++) {
			if (parseInt(lengths[symbol]!, 36) === length) {
				symbolsInCodeOrder.push(symbol);
				countOfLength[length]!++;
			}
		}
	}
	const end = lengths.length - 1;
	const bits = bitReader(text);
	const list: string[] = [];
	let entry = '';
	for (;;) {
		// Read one symbol: at each length, is the code read so far one of that length's codes?
		let code = 0;
		let first = 0;
		let index = 0;
		let length = 1;
		for (; length < 36; length++) {
			code |= bits();
			const count = countOfLength[length]!;
			if (code - first < count) break;
			index += count;
			first = (first + count) << 1;
			code <<= 1;
		}
		if (length === 36) throw new Error('corrupt domain table');
		const symbol = symbolsInCodeOrder[index + code - first]!;
		if (symbol >= 26) {
			if (entry !== '') list.push(entry);
			if (symbol === end) return list;
			entry = entry.slice(0, symbol - 26);
		} else {
			entry += LETTERS[symbol];
		}
	}
}

/** Entries front-coded as text: a capital letter (A = 0, B = 1, ...) says how many characters an entry shares with the one before. */
export function frontCoded(coded: string): string[] {
	const list: string[] = [];
	let previous = '';
	for (let i = 0; i < coded.length; ) {
		const shared = coded.charCodeAt(i) - 65;
		let end = i + 1;
		while (end < coded.length && (coded.charCodeAt(end) < 65 || coded.charCodeAt(end) > 90)) end++;
		previous = previous.slice(0, shared) + coded.slice(i + 1, end);
		list.push(previous);
		i = end;
	}
	return list;
}
