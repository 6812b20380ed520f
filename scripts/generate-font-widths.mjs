#!/usr/bin/env node
/**
 * `node scripts/generate-font-widths.mjs`: writes src/core/metrics/font-widths.ts,
 * the advance widths the fold model lays text out with (PRODUCT.md §3), read
 * from the font files themselves, never typed by hand:
 *   - Roboto Regular (Debian's fonts-roboto; Apache-2.0): the characters it
 *     has in the blocks posts are written in (ROBOTO_BLOCKS), and its larger
 *     kerning pairs between printable ASCII characters;
 *   - for symbols Roboto lacks (arrows, check marks, geometric shapes, Unicode
 *     bold and italic letters…), the font a browser falls back to for them on a
 *     Debian system: DejaVu Sans, then DejaVu Serif, then DejaVu Math TeX Gyre
 *     (fonts-dejavu-core, fonts-dejavu-extra; free licence).
 * Widths are font units, 2048 to the em (Roboto's; a fallback font with another
 * em is scaled to it): the model scales them to the font size. `--check` only compares the file with what it would
 * write, and exits 1 when they differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}src/core/metrics/font-widths.ts`;
const FONTS = {
	roboto: ['/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf', '/usr/share/fonts/truetype/roboto/hinted/Roboto-Regular.ttf'],
	fallback: [
		['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
		['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'],
		['/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf'],
	],
};
// main.js carries the table, so it holds the blocks posts are written in; anything else gets the fallback width.
// Roboto: Latin-1 and Latin Extended-A, Romanian's comma letters, Greek, Cyrillic (Russian, Ukrainian), Vietnamese,
// general punctuation, the euro, № and ™.
const ROBOTO_BLOCKS = [[0x20, 0x17f], [0x218, 0x21b], [0x384, 0x3ce], [0x400, 0x45f], [0x490, 0x491], [0x1ea0, 0x1ef9], [0x2010, 0x2044], [0x20ac, 0x20ac], [0x2116, 0x2122]];
// The fallback fonts, for symbols Roboto lacks that posts use as bullets and markers.
const FALLBACK_BLOCKS = [
	[0x2190, 0x21ff], // arrows
	[0x2460, 0x24ff], // enclosed alphanumerics (①)
	[0x25a0, 0x27bf], // geometric shapes, miscellaneous symbols, dingbats (▪ ★ ✓ ➜)
	[0x27f0, 0x27ff], [0x2b00, 0x2b2f], // more arrows
];
// The "Unicode bold" and italic of posts (mathematical alphanumerics): per style, how much wider its letters
// (or digits) are than Roboto's, over the whole alphabet; a letter is its plain letter's width times that.
// [first code point, 52 letters or 10 digits]
const MATH_STYLES = [
	[0x1d400, 52], [0x1d434, 52], [0x1d468, 52], [0x1d4d0, 52], [0x1d5d4, 52], [0x1d608, 52], [0x1d63c, 52], [0x1d670, 52],
	[0x1d7ce, 10], [0x1d7ec, 10], [0x1d7f6, 10],
];
const inBlocks = (blocks, cp) => blocks.some(([from, to]) => cp >= from && cp <= to);
// Characters shown as colour emoji are measured at the emoji advance, not here (see fold-defaults.ts).
const EMOJI = /\p{Emoji_Presentation}/u;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function loadFont(candidates) {
	const path = candidates.find((p) => existsSync(p));
	if (!path) throw new Error(`font not found at ${candidates.join(' or ')}: install Debian's fonts-roboto and fonts-dejavu-core / fonts-dejavu-extra`);
	const bytes = readFileSync(path);
	return { path, font: opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}

/** A number 0..4095 as two characters of ALPHABET; a larger one (a very wide glyph) as '~' and three. */
function pair(n) {
	if (!Number.isInteger(n) || n < 0 || n >= 64 ** 3) throw new Error(`width ${n} out of range`);
	if (n >= 4096) return `~${ALPHABET[n >> 12]}${ALPHABET[(n >> 6) & 63]}${ALPHABET[n & 63]}`;
	return ALPHABET[n >> 6] + ALPHABET[n & 63];
}

/** The first character of a code point's canonical decomposition (é → e), or null when it has none. */
function decompositionBase(cp) {
	const base = String.fromCodePoint(cp).normalize('NFD').codePointAt(0);
	return base !== cp ? base : null;
}

/**
 * Code point → advance, as runs of consecutive code points: [[first, tokens], …].
 * A token is a width (two characters, or '~' and three), or '.' for "as wide as
 * the character it decomposes to" (é as e: the table need not repeat it); '*'
 * and one character repeat the token before it 1 to 64 more times.
 */
function runs(widths, all) {
	const cps = [...widths.keys()].sort((a, b) => a - b);
	const out = [];
	let previous = null;
	let repeats = 0;
	const flush = (run) => {
		if (repeats > 0) run[1] += `*${ALPHABET[repeats - 1]}`;
		repeats = 0;
	};
	for (const cp of cps) {
		const base = decompositionBase(cp);
		const token = base !== null && all.get(base) === widths.get(cp) ? '.' : pair(widths.get(cp));
		let last = out.at(-1);
		if (!last || last[0] + last[2] !== cp) {
			if (last) flush(last);
			last = [cp, '', 0];
			out.push(last);
			previous = null;
		}
		if (token === previous && repeats < 64) repeats++;
		else {
			flush(last);
			last[1] += token;
			previous = token;
		}
		last[2]++;
	}
	if (out.length > 0) flush(out.at(-1));
	return out;
}

function glyphIndex(font, cp) {
	return font.tables.cmap.glyphIndexMap[cp] ?? 0;
}

const roboto = loadFont(FONTS.roboto);
const fallbacks = FONTS.fallback.map(loadFont);
if (roboto.font.unitsPerEm !== 2048) throw new Error(`${roboto.path}: ${roboto.font.unitsPerEm} units to the em, expected 2048`);
/** A fallback font's advance in Roboto's 2048 units to the em (DejaVu Math TeX Gyre has 1000). */
const advance = ({ font }, cp) => Math.round((font.glyphs.get(glyphIndex(font, cp)).advanceWidth * 2048) / font.unitsPerEm);

const robotoWidths = new Map();
for (const key of Object.keys(roboto.font.tables.cmap.glyphIndexMap)) {
	const cp = Number(key);
	if (!inBlocks(ROBOTO_BLOCKS, cp) || EMOJI.test(String.fromCodePoint(cp))) continue;
	robotoWidths.set(cp, roboto.font.glyphs.get(glyphIndex(roboto.font, cp)).advanceWidth);
}

const fallbackWidths = new Map();
for (const [from, to] of FALLBACK_BLOCKS) {
	for (let cp = from; cp <= to; cp++) {
		if (robotoWidths.has(cp) || EMOJI.test(String.fromCodePoint(cp))) continue;
		const source = fallbacks.find(({ font }) => glyphIndex(font, cp) !== 0);
		if (source) fallbackWidths.set(cp, advance(source, cp));
	}
}

const allWidths = new Map([...fallbackWidths, ...robotoWidths]);

// Style factors, in thousandths, of the mathematical alphanumerics.
const mathStyles = MATH_STYLES.map(([first, count]) => {
	let styled = 0;
	let plain = 0;
	for (let i = 0; i < count; i++) {
		const source = fallbacks.find(({ font }) => glyphIndex(font, first + i) !== 0);
		if (!source) continue;
		const base = count === 10 ? 0x30 + i : i < 26 ? 0x41 + i : 0x61 + i - 26;
		styled += advance(source, first + i);
		plain += robotoWidths.get(base);
	}
	return [first, count, plain > 0 ? Math.round((styled / plain) * 1000) : 1000];
});

// Kerning (GPOS) between printable ASCII characters: left, right, then the adjustment + 2048 as a pair.
// Only pairs of 80 units or more (0.55 px at 14 px; AV, To, "A, r.…): the 350 smaller ones move a line by
// well under a pixel and would cost main.js 1.4 KB.
const KERNING_MIN = 80;
let kerning = '';
let kerningPairs = 0;
for (let a = 0x21; a < 0x7f; a++) {
	for (let b = 0x21; b < 0x7f; b++) {
		const value = roboto.font.getKerningValue(roboto.font.glyphs.get(glyphIndex(roboto.font, a)), roboto.font.glyphs.get(glyphIndex(roboto.font, b)));
		if (Math.abs(value) >= KERNING_MIN) {
			kerning += String.fromCharCode(a) + String.fromCharCode(b) + pair(value + 2048);
			kerningPairs++;
		}
	}
}

const fmtRuns = (list) => list.map(([cp, widths]) => `\t[0x${cp.toString(16)}, ${JSON.stringify(widths)}],`).join('\n');
const text = `// Generated by scripts/generate-font-widths.mjs from the font files; do not edit by hand.
// Roboto Regular: ${robotoWidths.size} characters, ${kerningPairs} ASCII kerning pairs of ${KERNING_MIN} units or more. Fallback (DejaVu): ${fallbackWidths.size} characters.

/** Font units to the em of every font below. */
export const UNITS_PER_EM = 2048;

/** Two characters of this alphabet encode one width from 0 to 4095 (\`~\` and three, a larger one); \`.\` is the width of the character's decomposition base; \`*\` and one repeat the token before 1 to 64 more times. */
export const WIDTH_ALPHABET = ${JSON.stringify(ALPHABET)};

/** Roboto Regular's advance widths: [first code point, tokens for consecutive code points]. */
export const ROBOTO_WIDTHS: ReadonlyArray<readonly [number, string]> = [
${fmtRuns(runs(robotoWidths, allWidths))}
];

/** Roboto Regular's kerning: per pair, the left and right character and the adjustment plus 2048. */
export const ROBOTO_KERNING = ${JSON.stringify(kerning)};

/** Mathematical alphanumerics (Unicode bold, italic…): [first code point, letters (52) or digits (10), width against Roboto's plain letter in thousandths]. */
export const MATH_STYLES: ReadonlyArray<readonly [number, number, number]> = ${JSON.stringify(mathStyles)};

/** Symbols Roboto lacks, from the fallback fonts (DejaVu Sans, Serif, Math TeX Gyre, first that has it). */
export const FALLBACK_WIDTHS: ReadonlyArray<readonly [number, string]> = [
${fmtRuns(runs(fallbackWidths, allWidths))}
];
`;

if (process.argv.includes('--check')) {
	const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
	if (current !== text) {
		process.stderr.write(`${OUT} is not what the fonts give; run node scripts/generate-font-widths.mjs\n`);
		process.exit(1);
	}
	process.stdout.write('font-widths.ts matches the fonts\n');
} else {
	writeFileSync(OUT, text);
	process.stdout.write(`wrote ${OUT}: ${robotoWidths.size} Roboto widths, ${kerningPairs} kerning pairs, ${fallbackWidths.size} fallback widths (${text.length} bytes)\n`);
}
