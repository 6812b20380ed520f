import { DEFAULT_PLATFORM, PLATFORMS, type DeviceName, type FoldDevice, type Platform } from './platforms';

/**
 * A profile is the schema of one post type, as data: its frontmatter fields,
 * its Idea Legos rows, its NOTES items and its limits. `node_type` selects it.
 */

export type FieldType =
	/** Any non-empty string. */
	| 'string'
	/** A snake_case slug: lowercase letters, digits and underscores. */
	| 'slug'
	/** One of `values`. */
	| 'enum'
	/** A calendar date, `YYYY-MM-DD`. */
	| 'date'
	/** A list of tags: strings without `#` or spaces. */
	| 'tags'
	/** A list of strings. */
	| 'string-list'
	/** A list of quoted wikilinks, each resolving to a note. */
	| 'wikilink-list'
	/** An `https://` URL. */
	| 'url'
	/** A URL, a vault path or a wikilink, resolving when it is one of the last two. */
	| 'resource';

export interface FieldSpec {
	key: string;
	type: FieldType;
	/** `true`: always; a list of statuses: only when `status` is one of them; `false`: optional. */
	required: boolean | readonly string[];
	/** For `enum` fields. */
	values?: readonly string[];
	/** Value written when the template adds the field. */
	placeholder?: string;
}

export interface Profile {
	id: string;
	label: string;
	/** Key of `PLATFORMS`. */
	platform: string;
	fields: readonly FieldSpec[];
	/** Rows of the Idea Legos table, in order. */
	legos: readonly string[];
	/** Bold-labelled bullet items of NOTES, in order. */
	notesItems: readonly string[];
	/** Task items of NOTES the author ticks (judgement calls no rule can make). */
	judgementItems: readonly string[];
	minHooks: number;
	wordRange: readonly [number, number];
	wordsPerMinute: number;
}

/** What a user may change about a profile in settings or `.postwright.json`. */
export interface ProfileOverride {
	wordRange?: readonly [number, number];
	postLimit?: number;
	fold?: Partial<Record<DeviceName, Partial<FoldDevice>>>;
}

/** A profile with its platform's limits merged in, ready for the rules. */
export interface EffectiveProfile extends Profile {
	limits: Platform;
}

export function effectiveProfile(profile: Profile, override: ProfileOverride = {}): EffectiveProfile {
	const base = PLATFORMS[profile.platform] ?? DEFAULT_PLATFORM;
	let fold = base.fold;
	if (fold && override.fold) {
		fold = {
			mobile: { ...fold.mobile, ...override.fold.mobile },
			desktop: { ...fold.desktop, ...override.fold.desktop },
		};
	}
	return {
		...profile,
		wordRange: override.wordRange ?? profile.wordRange,
		limits: { ...base, postLimit: override.postLimit ?? base.postLimit, fold },
	};
}
