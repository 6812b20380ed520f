/**
 * How wide a grapheme cluster is drawn, from the advance widths generated
 * out of the font files (font-widths.ts): Roboto Regular, then the fallback
 * fonts' symbols; colour emoji, CJK and anything else at the em widths the
 * fold settings state.
 */
import type { FoldDevice } from '../profiles/fold-defaults';
import { FALLBACK_WIDTHS, MATH_STYLES, ROBOTO_KERNING, ROBOTO_WIDTHS, UNITS_PER_EM, WIDTH_ALPHABET } from './font-widths';

const LOW = 0x3000;
const NONE = 0xffff;

interface Tables {
	/** Advance in font units by code point below U+3000; NONE where no font has it. */
	low: Uint16Array;
	high: Map<number, number>;
	/** Kerning in font units by `left * 128 + right` (ASCII). */
	kerning: Int16Array;
}

let tables: Tables | null = null;

function setWidth(into: Tables, cp: number, units: number): void {
	if (cp < LOW) {
		if (into.low[cp] === NONE) into.low[cp] = units;
	} else if (!into.high.has(cp)) into.high.set(cp, units);
}

/** Decodes runs of tokens (see WIDTH_ALPHABET); code points "as wide as their decomposition base" go to `derived`. */
function decodeRuns(runs: ReadonlyArray<readonly [number, string]>, into: Tables, derived: number[]): void {
	const digit = (s: string, i: number): number => WIDTH_ALPHABET.indexOf(s.charAt(i));
	for (const [first, tokens] of runs) {
		let cp = first;
		let last = -1;
		for (let i = 0; i < tokens.length; ) {
			const c = tokens.charAt(i);
			let count = 1;
			let units = last;
			if (c === '*') {
				count = digit(tokens, i + 1) + 1;
				i += 2;
			} else if (c === '.') {
				units = -1;
				i += 1;
			} else if (c === '~') {
				units = (digit(tokens, i + 1) << 12) | (digit(tokens, i + 2) << 6) | digit(tokens, i + 3);
				i += 4;
			} else {
				units = (digit(tokens, i) << 6) | digit(tokens, i + 1);
				i += 2;
			}
			for (let n = 0; n < count; n++, cp++) {
				if (units < 0) derived.push(cp);
				else setWidth(into, cp, units);
			}
			last = units;
		}
	}
}

/** The tables, decoded on first use (a few thousand entries). */
function fontTables(): Tables {
	if (tables) return tables;
	const built: Tables = { low: new Uint16Array(LOW).fill(NONE), high: new Map(), kerning: new Int16Array(128 * 128) };
	const derived: number[] = [];
	decodeRuns(ROBOTO_WIDTHS, built, derived);
	decodeRuns(FALLBACK_WIDTHS, built, derived);
	tables = built;
	for (const cp of derived) {
		const base = String.fromCodePoint(cp).normalize('NFD').codePointAt(0) ?? cp;
		const units = base === cp ? -1 : advanceUnits(base);
		if (units >= 0) setWidth(built, cp, units);
	}
	for (let i = 0; i + 3 < ROBOTO_KERNING.length; i += 4) {
		const value = ((WIDTH_ALPHABET.indexOf(ROBOTO_KERNING.charAt(i + 2)) << 6) | WIDTH_ALPHABET.indexOf(ROBOTO_KERNING.charAt(i + 3))) - 2048;
		built.kerning[ROBOTO_KERNING.charCodeAt(i) * 128 + ROBOTO_KERNING.charCodeAt(i + 1)] = value;
	}
	return built;
}

/** Advance of one code point in font units, or -1 when no table has it. */
function advanceUnits(cp: number): number {
	const t = fontTables();
	if (cp < LOW) {
		const units = t.low[cp] as number;
		return units === NONE ? -1 : units;
	}
	return t.high.get(cp) ?? -1;
}

/** A mathematical alphanumeric (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤…) as its plain letter's width times its style's factor; -1 for anything else. */
function mathUnits(cp: number): number {
	for (const [first, count, thousandths] of MATH_STYLES) {
		const i = cp - first;
		if (i < 0 || i >= count) continue;
		const base = count === 10 ? 0x30 + i : i < 26 ? 0x41 + i : 0x61 + i - 26;
		return (advanceUnits(base) * thousandths) / 1000;
	}
	return -1;
}

const asciiBySize = new Map<number, Float64Array>();

/** Widths in pixels of the ASCII characters at a font size (the hot path of layout), kept per size. */
export function asciiWidths(fontSize: number): Float64Array {
	let widths = asciiBySize.get(fontSize);
	if (!widths) {
		widths = new Float64Array(128);
		for (let cp = 0; cp < 128; cp++) widths[cp] = (Math.max(0, advanceUnits(cp)) * fontSize) / UNITS_PER_EM;
		asciiBySize.set(fontSize, widths);
	}
	return widths;
}

/** Kerning between two ASCII characters, in font units. */
export function kerningUnits(left: number, right: number): number {
	if (left > 0x7e || right > 0x7e) return 0;
	return fontTables().kerning[left * 128 + right] as number;
}

/** The kerning table itself, by `left * 128 + right` below U+007F, for a loop that reads it per character. */
export function asciiKerning(): Int16Array {
	return fontTables().kerning;
}

// Sticky, so it tests one code point in place.
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/uy;

/** A cluster drawn in colour: an emoji presentation character, or a sequence made an emoji by VS16, a ZWJ, a skin tone, a keycap or a flag pair. */
export function isEmojiCluster(text: string, from: number, to: number, first: number): boolean {
	if (first >= 0x1f1e6 && first <= 0x1f1ff) return true;
	if (first < 0x2000 && to - from === 1) return false;
	for (let i = from + 1; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 0xfe0f || c === 0x200d || c === 0x20e3) return true;
		// A skin tone: U+1F3FB..1F3FF, \uD83C\uDFFB..\uDFFF.
		if (c === 0xd83c && i + 1 < to && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) return true;
	}
	if (first < 0x2000) return false;
	EMOJI_PRESENTATION.lastIndex = from;
	return EMOJI_PRESENTATION.test(text);
}

/** CJK ideographs, kana, Hangul, CJK punctuation and fullwidth forms: one em in the CJK fonts. */
export function isWide(cp: number): boolean {
	return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
		(cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa960 && cp <= 0xa97f) ||
		(cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Zero-width characters that start a cluster of their own (ZWSP, joiners, direction marks, word joiner, BOM, soft hyphen). */
function isZeroWidth(cp: number): boolean {
	return cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff;
}

/**
 * Width in pixels of the cluster `text[from, to)` whose first code point is
 * `first`. A cluster is drawn as its first character: the marks and
 * selectors after it take no room of their own.
 */
export function clusterWidth(text: string, from: number, to: number, first: number, device: FoldDevice): number {
	const size = device.fontSize;
	// The common case: one BMP character below the emoji blocks, alone in its cluster.
	if (to - from === 1 && first < 0x2600) {
		const units = advanceUnits(first);
		if (units >= 0) return (units * size) / UNITS_PER_EM;
	}
	if (isEmojiCluster(text, from, to, first)) return device.emojiWidth * size;
	if (isWide(first)) return device.wideWidth * size;
	if (isZeroWidth(first)) return 0;
	const units = first >= 0x1d400 && first <= 0x1d7ff ? mathUnits(first) : advanceUnits(first);
	if (units >= 0) return (units * size) / UNITS_PER_EM;
	return device.fallbackWidth * size;
}

/** Width in pixels of a short string (the "…more" label), kerning included. */
export function measureText(text: string, device: FoldDevice): number {
	let width = 0;
	let previous = -1;
	for (let i = 0; i < text.length; ) {
		const first = text.codePointAt(i) ?? 0;
		const next = i + (first > 0xffff ? 2 : 1);
		width += clusterWidth(text, i, next, first, device);
		if (previous >= 0) width += (kerningUnits(previous, first) * device.fontSize) / UNITS_PER_EM;
		previous = first;
		i = next;
	}
	return width;
}
