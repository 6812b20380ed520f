/**
 * Grapheme cluster counting without Intl.Segmenter, which is far too slow for
 * a count taken on every keystroke. It follows the UAX #29 extended grapheme
 * rules closely enough to agree with Segmenter on real posts: CR LF, controls,
 * combining marks, ZWJ emoji sequences, skin tones, flags, tag sequences,
 * Hangul jamo, Indic conjuncts and prepended marks (Arabic number signs).
 */

// Sticky regexes test one code point in place, so the loop never allocates a substring.
const MARK = /\p{M}/uy;
const SPACING_MARK = /\p{Mc}/uy;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;

// Grapheme break classes, as small integers so the loop compares numbers only.
const OTHER = 0;
const CR = 1;
const LF = 2;
const CONTROL = 3;
const EXTEND = 4;
const ZWJ = 5;
const RI = 6;
const L = 7;
const V = 8;
const T = 9;
const LV = 10;
const LVT = 11;
const PICT = 12;
const CONSONANT = 13;
const LINKER = 14;
const PREPEND = 15;

/** Format characters beyond the BMP (hieroglyph and music formatting, unused tags): Control too. */
function isAstralControl(cp: number): boolean {
	return (
		(cp >= 0x13430 && cp <= 0x1343f) || (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) ||
		(cp >= 0xe0000 && cp <= 0xe001f) || (cp >= 0xe0080 && cp <= 0xe00ff) || (cp >= 0xe01f0 && cp <= 0xe0fff)
	);
}

function isControl(cp: number): boolean {
	return (
		cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad || cp === 0x61c || cp === 0x180e ||
		cp === 0x200b || cp === 0x200e || cp === 0x200f || cp === 0x2028 || cp === 0x2029 ||
		(cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp === 0xfeff ||
		(cp >= 0xfff0 && cp <= 0xfffb) || (cp >= 0xd800 && cp <= 0xdfff) ||
		(cp >= 0x10000 && isAstralControl(cp))
	);
}

// Spacing-mark (Mc) characters that UAX #29 nevertheless classes as Extend, Unicode 17.
const EXTENDING_SPACING = new Set([
	0x9be, 0x9d7, 0xb3e, 0xb57, 0xbbe, 0xbd7, 0xcc0, 0xcc2, 0xcc7, 0xcc8, 0xcca, 0xccb,
	0xcd5, 0xcd6, 0xd3e, 0xd57, 0xdcf, 0xddf, 0x1715, 0x1734, 0x1b35, 0x1b3b, 0x1b3d, 0x1b43,
	0x1b44, 0x1baa, 0x1bf2, 0x1bf3, 0x302e, 0x302f, 0xa953, 0xa9c0, 0x111c0, 0x11235, 0x1133e, 0x1134d,
	0x11357, 0x113b8, 0x113c2, 0x113c5, 0x113c7, 0x113c8, 0x113c9, 0x113cf, 0x114b0, 0x114bd, 0x115af, 0x116b6,
	0x11930, 0x1193d, 0x11f41, 0x16ff0, 0x16ff1, 0x1d165, 0x1d166, 0x1d16d, 0x1d16e, 0x1d16f, 0x1d170, 0x1d171,
	0x1d172,
]);

/** Whether the mark at `i` is a SpacingMark: it stays in the cluster but ends emoji and conjunct chains. */
function isSpacingMark(text: string, i: number, cp: number): boolean {
	if (cp === 0xe33 || cp === 0xeb3) return true;
	if (EXTENDING_SPACING.has(cp)) return false;
	SPACING_MARK.lastIndex = i;
	return SPACING_MARK.test(text);
}

/** Spacing vowels that UAX #29 leaves out of SpacingMark: they start a cluster of their own. */
function isUnjoinedSpacingMark(cp: number): boolean {
	if (cp >= 0x102b && cp <= 0x109c) {
		return (
			cp <= 0x102c || cp === 0x1038 || (cp >= 0x1062 && cp <= 0x1064) || (cp >= 0x1067 && cp <= 0x106d) ||
			cp === 0x1083 || (cp >= 0x1087 && cp <= 0x108c) || cp === 0x108f || cp >= 0x109a
		);
	}
	return cp === 0x1a61 || cp === 0x1a63 || cp === 0x1a64 || cp === 0xaa7b || cp === 0xaa7d || cp === 0x11720 || cp === 0x11721;
}

/** Marks written before the character they belong to (Arabic number signs, Malayalam dot reph, …). */
function isPrepend(cp: number): boolean {
	if (cp < 0x11000) {
		return (cp >= 0x600 && cp <= 0x605) || cp === 0x6dd || cp === 0x70f || cp === 0x890 || cp === 0x891 || cp === 0x8e2 || cp === 0xd4e;
	}
	return (
		cp === 0x110bd || cp === 0x110cd || cp === 0x111c2 || cp === 0x111c3 || cp === 0x113d1 || cp === 0x1193f ||
		cp === 0x11941 || (cp >= 0x11a84 && cp <= 0x11a89) || cp === 0x11d46 || cp === 0x11f02
	);
}

// Indic conjuncts (UAX #29 GB9c): a virama-like linker joins two consonants into one cluster.
// InCB=Consonant as start/end pairs and InCB=Linker, Unicode 17 (what current ICU applies).
const CONJUNCT_CONSONANTS = [
	0x915, 0x939, 0x958, 0x95f, 0x978, 0x97f, 0x995, 0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2,
	0x9b6, 0x9b9, 0x9dc, 0x9dd, 0x9df, 0x9df, 0x9f0, 0x9f1, 0xa95, 0xaa8, 0xaaa, 0xab0,
	0xab2, 0xab3, 0xab5, 0xab9, 0xaf9, 0xaf9, 0xb15, 0xb28, 0xb2a, 0xb30, 0xb32, 0xb33,
	0xb35, 0xb39, 0xb5c, 0xb5d, 0xb5f, 0xb5f, 0xb71, 0xb71, 0xc15, 0xc28, 0xc2a, 0xc39,
	0xc58, 0xc5a, 0xd15, 0xd3a, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a, 0x105d,
	0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070, 0x1075, 0x1081, 0x108e, 0x108e, 0x1780, 0x17b3,
	0x1a20, 0x1a54, 0x1b0b, 0x1b0c, 0x1b13, 0x1b33, 0x1b45, 0x1b4c, 0x1b83, 0x1ba0, 0x1bae, 0x1baf,
	0x1bbb, 0x1bbd, 0xa989, 0xa98b, 0xa98f, 0xa9b2, 0xa9e0, 0xa9e4, 0xa9e7, 0xa9ef, 0xa9fa, 0xa9fe,
	0xaa60, 0xaa6f, 0xaa71, 0xaa73, 0xaa7a, 0xaa7a, 0xaa7e, 0xaa7f, 0xaae0, 0xaaea, 0xabc0, 0xabda,
	0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x11103, 0x11126, 0x11144, 0x11144,
	0x11147, 0x11147, 0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390, 0x113b5, 0x11900, 0x11906,
	0x11909, 0x11909, 0x1190c, 0x11913, 0x11915, 0x11916, 0x11918, 0x1192f, 0x11a00, 0x11a00, 0x11a0b, 0x11a32,
	0x11a50, 0x11a50, 0x11a5c, 0x11a83, 0x11f04, 0x11f10, 0x11f12, 0x11f33,
];
const CONJUNCT_LINKERS = new Set([
	0x94d, 0x9cd, 0xacd, 0xb4d, 0xc4d, 0xd4d, 0x1039, 0x17d2, 0x1a60, 0x1b44,
	0x1bab, 0xa9c0, 0xaaf6, 0x10a3f, 0x11133, 0x113d0, 0x1193e, 0x11a47, 0x11a99, 0x11f42,
]);

function indicClass(cp: number): number {
	if (cp < 0x915 || cp > 0x11f42) return OTHER;
	if (CONJUNCT_LINKERS.has(cp)) return LINKER;
	// Binary search over the range pairs.
	let lo = 0;
	let hi = CONJUNCT_CONSONANTS.length / 2 - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (cp < (CONJUNCT_CONSONANTS[2 * mid] ?? 0)) hi = mid - 1;
		else if (cp > (CONJUNCT_CONSONANTS[2 * mid + 1] ?? 0)) lo = mid + 1;
		else return CONSONANT;
	}
	return OTHER;
}

function classify(text: string, i: number, cp: number): number {
	if (cp < 0x300) {
		if (cp === 0x0d) return CR;
		if (cp === 0x0a) return LF;
		if (isControl(cp)) return CONTROL;
		return cp === 0xa9 || cp === 0xae ? PICT : OTHER;
	}
	// Han and Hangul syllables are the bulk of non-Latin text: answer them without a regex.
	if (cp >= 0x4e00 && cp <= 0x9fff) return OTHER;
	if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? LV : LVT;
	if (cp === 0x200d) return ZWJ;
	// ZWNJ, halfwidth sound marks and Thai/Lao SARA AM are extenders outside \p{M}.
	if (cp === 0x200c || cp === 0xff9e || cp === 0xff9f || cp === 0xe33 || cp === 0xeb3) return EXTEND;
	if (isPrepend(cp)) return PREPEND;
	if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return RI;
	// Skin tones, tags and variation selectors extend whatever precedes them.
	if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) return EXTEND;
	if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return EXTEND;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return L;
	if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return V;
	if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return T;
	if (isControl(cp)) return CONTROL;
	const indic = indicClass(cp);
	if (indic !== OTHER) return indic;
	if (isUnjoinedSpacingMark(cp)) return OTHER;
	MARK.lastIndex = i;
	if (MARK.test(text)) return EXTEND;
	PICTOGRAPHIC.lastIndex = i;
	return PICTOGRAPHIC.test(text) ? PICT : OTHER;
}

/**
 * End (exclusive UTF-16 index) of the grapheme cluster that starts at `start`.
 * Exported so other metrics can walk clusters without a second implementation.
 */
export function graphemeEnd(text: string, start: number): number {
	const len = text.length;
	if (start >= len) return len;
	const first = text.charCodeAt(start);
	// Nothing below U+0300 extends a cluster, so two such units in a row always break (except CR LF).
	if (first < 0x300 && first !== 0x0d) {
		if (start + 1 >= len || text.charCodeAt(start + 1) < 0x300) return start + 1;
	}
	let cp = text.codePointAt(start) ?? first;
	let prev = classify(text, start, cp);
	let i = start + (cp > 0xffff ? 2 : 1);
	if (prev === CR) return i < len && text.charCodeAt(i) === 0x0a ? i + 1 : i;
	if (prev === LF || prev === CONTROL) return i;
	// Emoji ZWJ state: 1 after a pictograph (plus extenders), 2 after that and a ZWJ.
	let pict = prev === PICT ? 1 : 0;
	// Indic conjunct state: 1 after a consonant (plus marks), 2 once a virama follows.
	let conj = prev === CONSONANT ? 1 : 0;
	// Regional indicators seen so far in this cluster.
	let regional = prev === RI ? 1 : 0;
	while (i < len) {
		cp = text.codePointAt(i) ?? 0;
		const cur = classify(text, i, cp);
		let join: boolean;
		if (cur === EXTEND || cur === ZWJ || cur === LINKER) join = true;
		else if (prev === PREPEND) join = cur !== CONTROL && cur !== CR && cur !== LF;
		else if (prev === L) join = cur === L || cur === V || cur === LV || cur === LVT;
		else if (prev === LV || prev === V) join = cur === V || cur === T;
		else if (prev === LVT || prev === T) join = cur === T;
		else if (cur === PICT) join = prev === ZWJ && pict === 2;
		else if (cur === RI) join = prev === RI && regional === 1; // flags pair up: never three in one cluster
		else if (cur === CONSONANT) join = conj === 2;
		else join = false;
		if (!join) break;
		// Emoji and conjunct chains survive nonspacing marks (a virama counts as one) but not a
		// spacing vowel sign: that is a SpacingMark, not an Extend, in UAX #29.
		const spacing = cur === EXTEND && (pict === 1 || conj > 0) && isSpacingMark(text, i, cp);
		if (cur === PICT) pict = 1;
		else if (cur === ZWJ) pict = pict === 1 ? 2 : 0;
		else if ((cur !== EXTEND && cur !== LINKER) || spacing) pict = 0;
		if (cur === RI) regional++;
		if (cur === CONSONANT) conj = 1;
		else if (cur === LINKER) conj = conj > 0 ? 2 : 0;
		else if ((cur !== EXTEND && cur !== ZWJ) || spacing || cp === 0x200c) conj = 0; // ZWNJ: "no conjunct"
		prev = cur;
		i += cp > 0xffff ? 2 : 1;
	}
	return i;
}

// A character that may join a cluster with its neighbour: CR (CR LF) or anything from the combining marks
// (U+0300) up. The range starts one below, at U+02FF, a plain modifier letter: stopping the fast run there
// too costs nothing, and a range opening on a combining mark would read as a misleading character class.
const MAY_JOIN = /[\r\u02ff-\uffff]/g;

/** Number of extended grapheme clusters: what a reader sees as characters. */
export function countGraphemes(text: string): number {
	let count = 0;
	const len = text.length;
	for (let i = 0; i < len; count++) {
		const c = text.charCodeAt(i);
		if (c < 0x300 && c !== 0x0d && (i + 1 >= len || text.charCodeAt(i + 1) < 0x300)) {
			// A run of characters below U+0300 other than CR is one cluster per character; the regex
			// engine finds where the run ends far faster than testing each character here. The
			// character before that end is left to the loop: a mark after it may join it.
			MAY_JOIN.lastIndex = i + 1;
			const stop = MAY_JOIN.exec(text)?.index ?? len;
			if (stop - 1 > i + 1) {
				count += stop - 2 - i;
				i = stop - 1;
			} else i++;
		} else i = graphemeEnd(text, i);
	}
	return count;
}
