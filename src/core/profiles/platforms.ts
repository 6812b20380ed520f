/**
 * Length and fold limits of each platform, as data. A profile points at one of
 * these; users may override any number in their settings.
 */

/** How a platform counts a post's length. */
export type LengthMode =
	/** Unicode grapheme clusters (what a reader sees as one character). */
	| 'graphemes'
	/** X, exactly as twitter-text 3.1.0 (config v3): CJK and emoji weigh 2, every link 23, most other text 1. */
	| 'x-weighted'
	/** Mastodon: graphemes, every link with a scheme counts 23, `@user@server` counts as `@user`. */
	| 'mastodon';

/** The "see more" fold on one device. */
export interface FoldDevice {
	/** Characters on one visual line. */
	charsPerLine: number;
	/** Visual lines shown before "…see more". */
	maxLines: number;
	/** Characters shown at most before the fold, line breaks included. */
	charBudget: number;
	/** Characters the last visible line gives up to the "…see more" label. */
	seeMoreReserve: number;
	/** When the last visible line would be blank, the feed shows one line fewer (LinkedIn desktop). */
	blankLastLineHides: boolean;
}

export type DeviceName = 'mobile' | 'desktop';

export interface Platform {
	id: string;
	label: string;
	postLimit: number;
	lengthMode: LengthMode;
	/** Absent where the platform shows a post whole. */
	fold?: Record<DeviceName, FoldDevice>;
}

const LINKEDIN: Platform = {
	id: 'linkedin',
	label: 'LinkedIn',
	postLimit: 3000,
	lengthMode: 'graphemes',
	fold: {
		desktop: { charsPerLine: 70, maxLines: 3, charBudget: 210, seeMoreReserve: 10, blankLastLineHides: true },
		mobile: { charsPerLine: 47, maxLines: 3, charBudget: 140, seeMoreReserve: 10, blankLastLineHides: false },
	},
};

/** A profile naming a platform that is not here falls back to LinkedIn's limits. */
export const DEFAULT_PLATFORM = LINKEDIN;

export const PLATFORMS: Readonly<Record<string, Platform>> = {
	linkedin: LINKEDIN,
	x: { id: 'x', label: 'X', postLimit: 280, lengthMode: 'x-weighted' },
	threads: { id: 'threads', label: 'Threads', postLimit: 500, lengthMode: 'graphemes' },
	bluesky: { id: 'bluesky', label: 'Bluesky', postLimit: 300, lengthMode: 'graphemes' },
	mastodon: { id: 'mastodon', label: 'Mastodon', postLimit: 500, lengthMode: 'mastodon' },
};
