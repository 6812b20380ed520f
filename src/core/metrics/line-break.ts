/**
 * Where a browser may end a line inside text (the part of UAX #14 that post
 * text meets, as Chromium applies it; each case was checked by laying the
 * text out in Chromium at zero width, where every opportunity is taken):
 * after spaces, after hyphens and dashes, after "?" and "…", before and after
 * an em dash, and on either side of CJK characters and most emoji; never
 * before closing punctuation or after opening punctuation, never around a
 * no-break space or a quotation mark. `/` is no opportunity: URLs break only
 * at their hyphens, or where overflow-wrap must.
 */

export const enum BreakClass {
	Other,
	Space,
	/** Hyphens, en dash, "?": a break may follow. */
	After,
	/** "…": a break may follow, none may precede. */
	Ellipsis,
	/** Em dash: a break on either side. */
	EmDash,
	/** CJK and emoji: a break on either side. */
	Ideograph,
	/** Closing punctuation: no break before it. */
	Close,
	/** Opening punctuation: no break after it. */
	Open,
	/** Quotation marks, no-break space, word joiner: no break on either side. */
	Glue,
	/** Zero-width space: a break may follow. */
	ZeroWidthSpace,
	LineFeed,
}

const ASCII: BreakClass[] = [];
for (let c = 0; c < 0x80; c++) ASCII.push(BreakClass.Other);
ASCII[0x20] = BreakClass.Space;
ASCII[0x09] = BreakClass.Space;
ASCII[0x0a] = BreakClass.LineFeed;
ASCII[0x2d] = BreakClass.After;
ASCII[0x3f] = BreakClass.After;
for (const c of ')]},.:;!/%') ASCII[c.charCodeAt(0)] = BreakClass.Close;
for (const c of '([{') ASCII[c.charCodeAt(0)] = BreakClass.Open;
for (const c of '"\'') ASCII[c.charCodeAt(0)] = BreakClass.Glue;

const CJK_CLOSE = new Set([0x3001, 0x3002, 0x3009, 0x300b, 0x300d, 0x300f, 0x3011, 0x3015, 0x3017, 0x3019, 0x301b, 0xff01, 0xff09, 0xff0c, 0xff0e, 0xff1a, 0xff1b, 0xff1f, 0xff3d, 0xff5d]);
const CJK_OPEN = new Set([0x3008, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014, 0x3016, 0x3018, 0x301a, 0xff08, 0xff3b, 0xff5b]);

// Symbols of U+2600–27BF that UAX #14 classes ID (break on either side), as Chromium applies it.
const SYMBOL_IDEOGRAPHS = [
	0x2600, 0x2603, 0x2614, 0x2615, 0x2618, 0x2618, 0x261a, 0x261f, 0x2639, 0x263b, 0x2668, 0x2668, 0x267f, 0x267f,
	0x26bd, 0x26c8, 0x26cd, 0x26cd, 0x26cf, 0x26d1, 0x26d3, 0x26d4, 0x26d8, 0x26d9, 0x26dc, 0x26dc, 0x26df, 0x26e1,
	0x26ea, 0x26ea, 0x26f1, 0x26f5, 0x26f7, 0x26f8, 0x26fa, 0x26fa, 0x26fd, 0x2704, 0x270a, 0x270d, 0x2764, 0x2764,
];

function isSymbolIdeograph(cp: number): boolean {
	for (let i = 0; i < SYMBOL_IDEOGRAPHS.length; i += 2) {
		if (cp < (SYMBOL_IDEOGRAPHS[i] as number)) return false;
		if (cp <= (SYMBOL_IDEOGRAPHS[i + 1] as number)) return true;
	}
	return false;
}

/** The class of a cluster, from its first code point. */
export function breakClass(cp: number): BreakClass {
	if (cp < 0x80) return ASCII[cp] as BreakClass;
	if (cp < 0x2000) return cp === 0xa0 || cp === 0xab || cp === 0xbb ? BreakClass.Glue : BreakClass.Other;
	if (cp <= 0x206f) {
		if (cp === 0x2010 || cp === 0x2012 || cp === 0x2013) return BreakClass.After;
		if (cp === 0x2014) return BreakClass.EmDash;
		if (cp === 0x2026) return BreakClass.Ellipsis;
		if (cp === 0x200b) return BreakClass.ZeroWidthSpace;
		if (cp === 0x2011 || cp === 0x202f || cp === 0x2060 || (cp >= 0x2018 && cp <= 0x201f) || cp === 0x2039 || cp === 0x203a) return BreakClass.Glue;
		if (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007) return BreakClass.Space;
		return BreakClass.Other;
	}
	if (cp >= 0x2600 && cp <= 0x27bf) return isSymbolIdeograph(cp) ? BreakClass.Ideograph : BreakClass.Other;
	if (cp >= 0x2e80) {
		if (CJK_CLOSE.has(cp)) return BreakClass.Close;
		if (CJK_OPEN.has(cp)) return BreakClass.Open;
		if (cp === 0xfeff) return BreakClass.Glue;
		if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
			(cp >= 0xff01 && cp <= 0xff60) || (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)) return BreakClass.Ideograph;
	}
	if (cp >= 0x1100 && cp <= 0x115f) return BreakClass.Ideograph;
	return BreakClass.Other;
}

/** Whether a line may end between a cluster of class `before` and one of class `after`. */
export function canBreakBetween(before: BreakClass, after: BreakClass): boolean {
	if (after === BreakClass.Space || after === BreakClass.LineFeed || after === BreakClass.ZeroWidthSpace || after === BreakClass.Close) return false;
	// After spaces anything else may start the next line, a hyphen or a quotation mark included.
	if (before === BreakClass.Space) return true;
	if (after === BreakClass.Glue || after === BreakClass.After || after === BreakClass.Ellipsis) return false;
	switch (before) {
		case BreakClass.After:
		case BreakClass.Ellipsis:
		case BreakClass.ZeroWidthSpace:
			return true;
		case BreakClass.Open:
		case BreakClass.Glue:
			return false;
		case BreakClass.EmDash:
			return after !== BreakClass.EmDash;
		default:
			return after === BreakClass.EmDash || after === BreakClass.Ideograph || before === BreakClass.Ideograph;
	}
}
