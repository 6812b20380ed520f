/**
 * Post length as each platform counts it against its limit (PRODUCT §2):
 * UTF-16 code units for LinkedIn (the conservative reading), graphemes for
 * Threads and Bluesky; X as twitter-text 3.1.0 does
 * (x-length.ts); Mastodon as its server does (mastodon-length.ts).
 * No regex lookbehind in any of them: iOS before 16.4 rejects a main.js holding one.
 */
import type { LengthMode } from '../profiles/platforms';
import { countGraphemes } from './graphemes';
import { mastodonLength } from './mastodon-length';
import { xWeightedLength } from './x-length';

/** Length of `text` as the platform with this length mode counts it against its limit. */
export function measureLength(text: string, mode: LengthMode): number {
	switch (mode) {
		case 'utf16':
			return text.length;
		case 'graphemes':
			return countGraphemes(text);
		case 'x-weighted':
			return xWeightedLength(text);
		case 'mastodon':
			return mastodonLength(text);
	}
}
