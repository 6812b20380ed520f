/**
 * Length limits of each platform, as data (the fold is in fold-defaults.ts). A profile points at one of
 * these; users may override any number in their settings.
 */

/** How a platform counts a post's length. */
export type LengthMode =
	/** UTF-16 code units: a Unicode-bold letter or most emoji cost 2 (LinkedIn, read conservatively). */
	| 'utf16'
	/** Unicode grapheme clusters (what a reader sees as one character). */
	| 'graphemes'
	/** X, exactly as twitter-text 3.1.0 (config v3): CJK and emoji weigh 2, every link 23, most other text 1. */
	| 'x-weighted'
	/** Mastodon: graphemes, every link with a scheme counts 23, `@user@server` counts as `@user`. */
	| 'mastodon';

export type DeviceName = 'mobile' | 'desktop';

export interface Platform {
	id: string;
	label: string;
	postLimit: number;
	lengthMode: LengthMode;
}

const LINKEDIN: Platform = {
	id: 'linkedin',
	label: 'LinkedIn',
	postLimit: 3000,
	lengthMode: 'utf16',
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
