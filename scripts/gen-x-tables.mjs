#!/usr/bin/env node
/*
 * Writes src/core/metrics/x-tables.ts: the data X's counter needs, generated,
 * never typed by hand.
 * - The top-level domains twitter-text links, from its conformance file
 *   test/fixtures/twitter-text/tld_lib.yml (Apache-2.0), written compactly
 *   to keep main.js small (decoded by src/core/metrics/x-tld-codes.ts):
 *   - the country codes of two ASCII letters as a bitmap of all 676 pairs;
 *   - the other ASCII domains (a to z only) front-coded (sorted; each entry
 *     is a symbol "shares k leading letters with the entry before" and then
 *     its remaining letters), those symbols in a canonical Huffman code;
 *   - the domains in other scripts front-coded as text: one capital letter
 *     (A = 0, B = 1, ...: how many leading characters it shares with the
 *     entry before) and the rest of the entry. A capital never occurs in
 *     them and doubles as the separator.
 * - The emoji sequences twitter-text 3.1.0 weighs 2 as a whole: the pattern
 *   of twemoji-parser 11.0.2 (MIT), the version twitter-text 3.1.0 depends on.
 *   Nearly all of it is `\uXXXX` escapes (six bytes each), written in one or
 *   two characters instead (see encodePattern): a third of the size.
 * Usage: node scripts/gen-x-tables.mjs [--check]  (--check: exit 1 when stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const OUT = `${root}src/core/metrics/x-tables.ts`;

export function frontCode(list) {
	let previous = '';
	let out = '';
	for (const entry of [...list].sort()) {
		let shared = 0;
		while (shared < 25 && shared < previous.length && shared < entry.length && previous[shared] === entry[shared]) shared++;
		out += String.fromCharCode(65 + shared) + entry.slice(shared);
		previous = entry;
	}
	return out;
}

/** The digits of the bit strings: six bits each, most significant first. */
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function bitsToText(bits) {
	let out = '';
	for (let i = 0; i < bits.length; i += 6) out += BASE64[parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)];
	return out;
}

const ASCII_TLD = /^[a-z]+$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Two-letter ASCII domains as a bitmap over aa, ab, ... zz. */
export function pairBitmap(list) {
	const bits = new Array(26 * 26).fill('0');
	for (const tld of list) {
		if (!/^[a-z]{2}$/.test(tld)) throw new Error(`not a two-letter domain: ${tld}`);
		bits[LETTERS.indexOf(tld[0]) * 26 + LETTERS.indexOf(tld[1])] = '1';
	}
	return bitsToText(bits.join(''));
}

/**
 * Symbols of front-coded ASCII domains: 0-25 the letters a-z, 26 + k "a new
 * entry sharing k leading letters with the one before", then one END symbol.
 */
function frontCodedSymbols(list) {
	const symbols = [];
	let previous = '';
	for (const entry of [...list].sort()) {
		let shared = 0;
		while (shared < previous.length && shared < entry.length && previous[shared] === entry[shared]) shared++;
		symbols.push(26 + shared);
		for (const c of entry.slice(shared)) symbols.push(LETTERS.indexOf(c));
		previous = entry;
	}
	const end = Math.max(...symbols) + 1;
	symbols.push(end);
	return { symbols, end };
}

/** Huffman code lengths (ties broken by symbol, so the output is stable). */
function huffmanLengths(symbols, alphabetSize) {
	const counts = new Array(alphabetSize).fill(0);
	for (const s of symbols) counts[s]++;
	let nodes = counts.flatMap((weight, symbol) => (weight > 0 ? [{ weight, order: symbol, symbols: [symbol] }] : []));
	const lengths = new Array(alphabetSize).fill(0);
	while (nodes.length > 1) {
		nodes.sort((a, b) => a.weight - b.weight || a.order - b.order);
		const [a, b] = nodes.splice(0, 2);
		for (const symbol of [...a.symbols, ...b.symbols]) lengths[symbol]++;
		nodes.push({ weight: a.weight + b.weight, order: Math.min(a.order, b.order), symbols: [...a.symbols, ...b.symbols] });
	}
	if (Math.max(...lengths) > 35) throw new Error('a Huffman code longer than one base-36 digit can state');
	return lengths;
}

/** Canonical codes from lengths: shorter codes first, equal lengths in symbol order (as the decoder rebuilds them). */
function canonicalCodes(lengths) {
	const codes = [];
	let code = 0;
	for (let length = 1; length <= Math.max(...lengths); length++) {
		for (let symbol = 0; symbol < lengths.length; symbol++) {
			if (lengths[symbol] === length) codes[symbol] = (code++).toString(2).padStart(length, '0');
		}
		code <<= 1;
	}
	return codes;
}

/** The ASCII domains of `list`, front-coded and Huffman-coded: code lengths (base 36, one digit a symbol) and bits. */
export function huffmanTlds(list) {
	const { symbols, end } = frontCodedSymbols(list);
	const lengths = huffmanLengths(symbols, end + 1);
	const codes = canonicalCodes(lengths);
	return { lengths: lengths.map((l) => l.toString(36)).join(''), bits: bitsToText(symbols.map((s) => codes[s]).join('')) };
}

/** Digits of the emoji pattern's code units; none of them occurs in the pattern's own syntax. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$%&+,./;<=>@';

/**
 * The emoji pattern's `\uXXXX` escapes, shorter: the few code units that are
 * neither low surrogates nor in U+2000–U+2BFF (high surrogates, U+FE0F...) get
 * one character of SINGLES each (their table is EMOJI_UNITS); the others two
 * characters of ALPHABET, a number from 0 to 4095 (0–1023: U+DC00 on,
 * 1024–4095: U+2000 on). Characters the pattern has raw (©, ®) are escaped first.
 */
export const SINGLES = "12345678^_{}~'`";

export function encodePattern(raw) {
	const source = raw.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	const rest = source.replace(/\\u[0-9a-f]{4}/gi, '');
	if (/\\/.test(rest) || [...rest].some((c) => ALPHABET.includes(c) || SINGLES.includes(c))) throw new Error('the emoji pattern has syntax the encoding cannot carry');
	const units = [];
	const pattern = source.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => {
		const unit = parseInt(hex, 16);
		if (unit >= 0xdc00 && unit <= 0xdfff) return pair(unit - 0xdc00);
		if (unit >= 0x2000 && unit <= 0x2bff) return pair(1024 + unit - 0x2000);
		if (!units.includes(unit)) units.push(unit);
		const index = units.indexOf(unit);
		if (index >= SINGLES.length) throw new Error('the emoji pattern has more odd code units than SINGLES can name');
		return SINGLES[index];
	});
	return { pattern, units };
}

function pair(n) {
	return ALPHABET[n >> 6] + ALPHABET[n & 63];
}

export function generate() {
	const tlds = yaml.load(readFileSync(`${root}test/fixtures/twitter-text/tld_lib.yml`, 'utf8'));
	const generic = huffmanTlds(tlds.generic.filter((tld) => ASCII_TLD.test(tld)));
	const twemojiVersion = require('twemoji-parser/package.json').version;
	const emoji = require('twemoji-parser/dist/lib/regex.js').default;
	const encoded = encodePattern(emoji.source);
	return `/*! X counter data: twitter-text TLDs (c) 2011 Twitter, Inc., Apache-2.0; twemoji-parser ${twemojiVersion} emoji (c) 2018 Twitter, Inc., MIT */

/**
 * Generated by scripts/gen-x-tables.mjs; do not edit (a test fails when it is stale).
 *
 * Top-level domains: twitter-text's conformance/tld_lib.yml, Copyright 2011
 * Twitter, Inc., Apache License 2.0 (test/fixtures/twitter-text/), decoded by
 * x-tld-codes.ts. Bit strings are base 64 (TLD_BASE64), most significant bit
 * first. COUNTRY_PAIRS: one bit for each two-letter code aa, ab, ... zz.
 * GENERIC_ASCII_BITS: the a-to-z generic domains, sorted and front-coded as
 * symbols (0-25 a letter; 26 + k a new entry sharing k leading letters with
 * the one before; the last symbol ends the list) in a canonical Huffman code
 * whose length for each symbol is a base-36 digit of GENERIC_ASCII_LENGTHS.
 * GENERIC_OTHER and COUNTRY_OTHER, the domains in other scripts, are
 * front-coded as text: a capital letter says how many leading characters an
 * entry shares with the one before (A = none), then the rest follows.
 *
 * Emoji: the pattern of twemoji-parser ${twemojiVersion}, Copyright 2018 Twitter, Inc.,
 * MIT licence; twitter-text 3.1.0 weighs each match 2, whatever its length.
 * A character of EMOJI_SINGLES stands for the code unit at its index in
 * EMOJI_UNITS; two characters of EMOJI_ALPHABET for a number n (0–4095): the
 * code unit U+DC00 + n below 1024, else U+2000 + n − 1024. Every other
 * character is the pattern's own syntax.
 */

export const TLD_BASE64 = ${JSON.stringify(BASE64)};

export const COUNTRY_PAIRS = ${JSON.stringify(pairBitmap(tlds.country.filter((tld) => ASCII_TLD.test(tld))))};

export const COUNTRY_OTHER = ${JSON.stringify(frontCode(tlds.country.filter((tld) => !ASCII_TLD.test(tld))))};

export const GENERIC_ASCII_LENGTHS = ${JSON.stringify(generic.lengths)};

export const GENERIC_ASCII_BITS = ${JSON.stringify(generic.bits)};

export const GENERIC_OTHER = ${JSON.stringify(frontCode(tlds.generic.filter((tld) => !ASCII_TLD.test(tld))))};

export const EMOJI_ALPHABET = ${JSON.stringify(ALPHABET)};

export const EMOJI_SINGLES = ${JSON.stringify(SINGLES)};

export const EMOJI_UNITS = [${encoded.units.map((u) => `0x${u.toString(16)}`).join(', ')}];

export const EMOJI_PATTERN = ${JSON.stringify(encoded.pattern)};
`;
}

const text = generate();
if (process.argv.includes('--check')) {
	const current = readFileSync(OUT, 'utf8');
	if (current !== text) {
		console.error('x-tables.ts is stale: run node scripts/gen-x-tables.mjs');
		process.exit(1);
	}
} else {
	writeFileSync(OUT, text);
	console.log(`wrote ${OUT} (${Buffer.byteLength(text)} bytes)`);
}
