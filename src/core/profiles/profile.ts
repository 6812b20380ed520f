import type { RuleTag } from '../types';
import { resolveFold, type FoldOverride, type FoldSettings } from './fold-defaults';
import { DEFAULT_PLATFORM, PLATFORMS, type Platform } from './platforms';

/**
 * A profile is the schema of one post type, as data (PRODUCT.md §2): its
 * frontmatter fields with their types and roles, its body sections, its Idea
 * Legos rows, its NOTES items, its limits and which rules run at which status.
 * `node_type` selects it. Rules read only this: never a fixed key.
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

export const FIELD_TYPES: readonly FieldType[] = ['string', 'slug', 'enum', 'date', 'tags', 'string-list', 'wikilink-list', 'url', 'resource'];

/**
 * What a field means to the rules, whatever its key: `name` should equal the
 * file's base name, `status` selects the status gate and the status
 * requirements, `last-updated` must not be in the future, `published-date` and
 * `link` are what a published post needs.
 */
export type FieldRole = 'name' | 'status' | 'last-updated' | 'published-date' | 'link';

export const FIELD_ROLES: readonly FieldRole[] = ['name', 'status', 'last-updated', 'published-date', 'link'];

export interface FieldSpec {
	key: string;
	type: FieldType;
	/** `true`: always; a list of statuses: only when the status is one of them; `false`: optional. */
	required: boolean | readonly string[];
	/** For `enum` fields. */
	values?: readonly string[];
	/** Value written when the template adds the field. */
	placeholder?: string;
	role?: FieldRole;
}

/** The body sections a post can have; the parser recognises each by its heading (§1.2). */
export type SectionKind = 'title' | 'angle' | 'legos' | 'hooks' | 'full-post' | 'notes';

export const SECTION_KINDS: readonly SectionKind[] = ['title', 'angle', 'legos', 'hooks', 'full-post', 'notes'];

export interface SectionSpec {
	kind: SectionKind;
	required: boolean;
}

/**
 * Which rules run while the status is one of `statuses`; every rule not named
 * is left out. Without a gate for the status, every rule runs.
 */
export interface StatusGate {
	statuses: readonly string[];
	/** Rule ids or rule tags (`frontmatter`, `links`…). */
	rules: readonly string[];
	/**
	 * The fields `field-required`, `field-type` and `field-enum` check, by key or
	 * role; absent: every field. The `links` rules check every `wikilink-list`
	 * field whenever they run.
	 */
	fields?: readonly string[];
}

export interface Profile {
	id: string;
	label: string;
	/** Key of `PLATFORMS`. */
	platform: string;
	fields: readonly FieldSpec[];
	/** Body sections, in the order they must appear. */
	sections: readonly SectionSpec[];
	/** Rows of the Idea Legos table, in order. */
	legos: readonly string[];
	/** Bold-labelled bullet items of NOTES, in order. */
	notesItems: readonly string[];
	/** Task items of NOTES the author ticks (judgement calls no rule can make). */
	judgementItems: readonly string[];
	minHooks: number;
	wordRange: readonly [number, number];
	wordsPerMinute: number;
	/** Hashtags in the FULL POST beyond which the `hashtags` rule reports. */
	hashtagLimit: number;
	/** The post's length limit, when it differs from its platform's. */
	postLimit?: number;
	gates: readonly StatusGate[];
	/** The feed's "…more" fold; absent: the platform's (fold-defaults.ts), if it has one. */
	fold?: FoldSettings;
}

/** Sections of a post as §1.2 lays them out, all required. */
export const DEFAULT_SECTIONS: readonly SectionSpec[] = SECTION_KINDS.map((kind) => ({ kind, required: true }));

/**
 * §2: at `idea` only the frontmatter's validity (it parses; `name`, `node_type`
 * and `status` present and well-formed) and the links in it are checked.
 */
export const DEFAULT_GATES: readonly StatusGate[] = [{
	statuses: ['idea'],
	// node-type-unknown speaks only about notes no profile took; naming it keeps it out of the "left out" list.
	rules: ['frontmatter-missing', 'frontmatter-yaml', 'field-required', 'field-type', 'field-enum', 'node-type-unknown', 'links'],
	fields: ['name', 'node_type', 'status'],
}];

/** What a user may change about a profile in settings or `.postwright.json`. */
export interface ProfileOverride {
	wordRange?: readonly [number, number];
	postLimit?: number;
	fold?: FoldOverride;
}

/** A profile with its platform's limits merged in, ready for the rules. */
export interface EffectiveProfile extends Profile {
	limits: Platform;
}

// Merged once per profile and override object: every note of a check asks again with the same two.
// Settings replace an override rather than change it in place, so identity is a safe key.
const NO_OVERRIDE: ProfileOverride = {};
const merged = new WeakMap<Profile, WeakMap<ProfileOverride, EffectiveProfile>>();

export function effectiveProfile(profile: Profile, override: ProfileOverride = NO_OVERRIDE): EffectiveProfile {
	let byOverride = merged.get(profile);
	if (!byOverride) merged.set(profile, (byOverride = new WeakMap()));
	let effective = byOverride.get(override);
	if (!effective) byOverride.set(override, (effective = mergeProfile(profile, override)));
	return effective;
}

function mergeProfile(profile: Profile, override: ProfileOverride): EffectiveProfile {
	const base = PLATFORMS[profile.platform] ?? DEFAULT_PLATFORM;
	return {
		...profile,
		wordRange: override.wordRange ?? profile.wordRange,
		limits: { ...base, postLimit: override.postLimit ?? profile.postLimit ?? base.postLimit },
		fold: resolveFold(profile.fold, base.id, override.fold),
	};
}

/** The field that plays `role`, if the profile has one. */
export function fieldWithRole(profile: Profile, role: FieldRole): FieldSpec | undefined {
	return profile.fields.find((field) => field.role === role);
}

/**
 * Values by role turned into values by key, for the profile's own keys: what
 * the plugin writes (today into the last-updated field, `published` into the
 * status field) lands in the right field of any profile. Roles the profile
 * gives to no field are left out.
 */
export function fieldsByRole(profile: Profile, values: Partial<Record<FieldRole, string>>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [role, value] of Object.entries(values) as Array<[FieldRole, string | undefined]>) {
		const key = fieldWithRole(profile, role)?.key;
		if (key !== undefined && value !== undefined) out[key] = value;
	}
	return out;
}

/** The entries of every `wikilink-list` field, as written (the link rules check each). */
export function wikilinkEntries(profile: Profile, data: Readonly<Record<string, unknown>> | null | undefined): unknown[] {
	return profile.fields.filter((field) => field.type === 'wikilink-list').flatMap((field): unknown[] => {
		const value = data?.[field.key];
		return Array.isArray(value) ? (value as unknown[]) : [];
	});
}

export function isSectionRequired(profile: Profile, kind: SectionKind): boolean {
	return profile.sections.some((section) => section.kind === kind && section.required);
}

/** The gate in force for `status`, if any. */
export function gateFor(profile: Profile, status: string | null): StatusGate | null {
	if (status === null) return null;
	return profile.gates.find((gate) => gate.statuses.includes(status)) ?? null;
}

/** Does the gate let this rule run? */
export function gateAllows(gate: StatusGate | null, rule: { id: string; tag: RuleTag }): boolean {
	return !gate || gate.rules.includes(rule.id) || gate.rules.includes(rule.tag);
}

/** Does the gate let the frontmatter rules check this field? */
export function gateCoversField(gate: StatusGate | null, field: FieldSpec): boolean {
	if (!gate?.fields) return true;
	return gate.fields.includes(field.key) || (field.role !== undefined && gate.fields.includes(field.role));
}
