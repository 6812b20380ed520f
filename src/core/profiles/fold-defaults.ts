/**
 * The "…more" fold of a feed, as profile data (PRODUCT.md §3): how wide the
 * text column is, the font size and line height, how many visual lines show,
 * the label that ends the last one, and the widths for what the font table
 * lacks. A user corrects any of it for their own screen in settings or in
 * `.postwright.json` (`overrides.<profile>.fold.mobile.width`, …).
 */
import type { DeviceName } from './platforms';

/** The fold on one device. */
export interface FoldDevice {
	/** Width of the post's text column, in CSS pixels. */
	width: number;
	/** Font size in pixels; the text is Roboto Regular, its advance widths scaled to this size. */
	fontSize: number;
	/** Line height in pixels (the preview draws with it; wrapping does not depend on it). */
	lineHeight: number;
	/** Visual lines shown before the label. */
	maxLines: number;
	/** The label that ends the last visible line, measured in the same font. */
	label: string;
	/** When the last visible line would be blank, the feed shows one line fewer (LinkedIn desktop). */
	blankLastLineHides: boolean;
	/** Advance of a colour emoji, in em (Noto Color Emoji: 2550/2048). */
	emojiWidth: number;
	/** Advance of a CJK ideograph, kana, Hangul syllable or fullwidth form, in em. */
	wideWidth: number;
	/** Advance, in em, of any other character the width table does not have. */
	fallbackWidth: number;
}

export type FoldSettings = Record<DeviceName, FoldDevice>;

// Measured in the fonts themselves; see scripts/generate-font-widths.mjs for the table.
const FONT = {
	fontSize: 14,
	lineHeight: 20,
	maxLines: 3,
	label: '…more',
	emojiWidth: 2550 / 2048,
	wideWidth: 1,
	// Roboto's average lowercase advance, for scripts with no table (Arabic, Hebrew, Indic, Thai…).
	fallbackWidth: 0.55,
};

/**
 * LinkedIn: 14 px text with 20 px lines, in a column of 523 px on desktop (a
 * 555 px card less 16 px padding each side) and 328 px on a 360 px phone;
 * 3 lines, the third ended by "…more"; desktop shows 2 when the third is blank.
 */
export const LINKEDIN_FOLD: FoldSettings = {
	desktop: { ...FONT, width: 523, blankLastLineHides: true },
	mobile: { ...FONT, width: 328, blankLastLineHides: false },
};

/** The fold of each platform that has one; a profile's own `fold` wins. */
export const PLATFORM_FOLDS: Readonly<Record<string, FoldSettings>> = { linkedin: LINKEDIN_FOLD };

export type FoldOverride = Partial<Record<DeviceName, Partial<FoldDevice>>>;

/** The fold a profile measures with: its own, else its platform's, with the user's corrections; undefined when there is none. */
export function resolveFold(own: FoldSettings | undefined, platform: string, override?: FoldOverride): FoldSettings | undefined {
	const base = own ?? PLATFORM_FOLDS[platform];
	if (!base) return undefined;
	if (!override) return base;
	return { mobile: { ...base.mobile, ...override.mobile }, desktop: { ...base.desktop, ...override.desktop } };
}

const NUMBERS = ['width', 'fontSize', 'lineHeight', 'maxLines', 'emojiWidth', 'wideWidth', 'fallbackWidth'] as const;

/** The parts of a user's fold correction that make sense; anything else is left out. */
export function sanitiseFoldOverride(raw: unknown): FoldOverride {
	const out: FoldOverride = {};
	if (typeof raw !== 'object' || raw === null) return out;
	for (const device of ['mobile', 'desktop'] as const) {
		const given = (raw as Record<string, unknown>)[device];
		if (typeof given !== 'object' || given === null) continue;
		const d = given as Record<string, unknown>;
		const clean: Partial<FoldDevice> = {};
		for (const key of NUMBERS) {
			const n = d[key];
			if (typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 10_000) clean[key] = key === 'maxLines' ? Math.max(1, Math.floor(n)) : n;
		}
		if (typeof d.label === 'string' && d.label.length <= 40) clean.label = d.label;
		if (typeof d.blankLastLineHides === 'boolean') clean.blankLastLineHides = d.blankLastLineHides;
		out[device] = clean;
	}
	return out;
}
