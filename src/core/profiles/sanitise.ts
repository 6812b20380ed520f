import { LINKEDIN_POST } from './linkedin-post';
import {
	DEFAULT_GATES, DEFAULT_SECTIONS, FIELD_ROLES, FIELD_TYPES, SECTION_KINDS,
	type FieldRole, type FieldSpec, type FieldType, type Profile, type SectionKind, type SectionSpec, type StatusGate,
} from './profile';
import { LINKEDIN_FOLD, resolveFold, sanitiseFoldOverride } from './fold-defaults';
import { PLATFORMS } from './platforms';

/**
 * A user's profile (from the plugin's settings or `.postwright.json`) checked
 * part by part. What is absent takes its default, so the §2 example works as
 * written; what is present but wrong is named in `problems` and left out, never
 * silently: the CLI stops with the problems, the plugin shows them in settings.
 */
export interface ProfilesResult {
	profiles: Profile[];
	problems: string[];
}

const ID = /^[\w-]+$/;

export function sanitiseProfiles(raw: unknown): ProfilesResult {
	const result: ProfilesResult = { profiles: [], problems: [] };
	if (raw === undefined || raw === null) return result;
	if (!Array.isArray(raw)) {
		result.problems.push('`profiles` must be a list of profiles');
		return result;
	}
	const seen = new Set<string>();
	raw.forEach((value: unknown, index) => {
		const where = isRecord(value) && typeof value.id === 'string' ? `profile "${value.id}"` : `profile ${index + 1}`;
		const problems: string[] = [];
		const profile = sanitiseProfile(value, problems);
		result.problems.push(...problems.map((problem) => `${where}: ${problem}`));
		if (!profile) return;
		if (seen.has(profile.id)) {
			result.problems.push(`${where}: a second profile with this id; only the first is used`);
			return;
		}
		seen.add(profile.id);
		result.profiles.push(profile);
	});
	return result;
}

function sanitiseProfile(value: unknown, problems: string[]): Profile | null {
	if (!isRecord(value)) {
		problems.push('expected an object with an "id" and "fields"');
		return null;
	}
	if (typeof value.id !== 'string' || !ID.test(value.id)) {
		problems.push('"id" must be letters, digits, "-" or "_", like "newsletter-post"');
		return null;
	}
	if (!Array.isArray(value.fields)) {
		problems.push('"fields" must be a list of fields');
		return null;
	}
	const platform = typeof value.platform === 'string' ? value.platform : LINKEDIN_POST.platform;
	if (!PLATFORMS[platform]) problems.push(`"platform" "${platform}" is unknown (known: ${Object.keys(PLATFORMS).join(', ')}); LinkedIn's limits apply`);
	const fields = sanitiseFields(value.fields, problems);
	const wordRange = optional(value, 'wordRange', LINKEDIN_POST.wordRange, isRange, 'two whole numbers, the smaller first, like [100, 300]', problems);
	const postLimit = optional<number | undefined>(value, 'postLimit', undefined, (v): v is number => isCount(v) && v > 0, 'a whole number above 0', problems);
	return {
		id: value.id,
		label: typeof value.label === 'string' && value.label.trim() !== '' ? value.label : value.id,
		platform,
		fields,
		sections: optional(value, 'sections', DEFAULT_SECTIONS, isSections, `a list of { "kind", "required" } with kinds from ${SECTION_KINDS.join(', ')}`, problems),
		legos: optional(value, 'legos', [], isStrings, 'a list of row labels', problems),
		notesItems: optional(value, 'notesItems', [], isStrings, 'a list of item labels', problems),
		judgementItems: optional(value, 'judgementItems', [], isStrings, 'a list of item labels', problems),
		minHooks: optional(value, 'minHooks', LINKEDIN_POST.minHooks, isCount, 'a whole number', problems),
		wordRange: [wordRange[0], wordRange[1]],
		wordsPerMinute: optional(value, 'wordsPerMinute', LINKEDIN_POST.wordsPerMinute, (v): v is number => isCount(v) && v > 0, 'a whole number above 0', problems),
		hashtagLimit: optional(value, 'hashtagLimit', LINKEDIN_POST.hashtagLimit, isCount, 'a whole number', problems),
		...(postLimit === undefined ? {} : { postLimit }),
		// A profile's own fold: LinkedIn's, with what the profile corrects (any platform may have one this way).
		...(isRecord(value.fold) ? { fold: resolveFold(LINKEDIN_FOLD, platform, sanitiseFoldOverride(value.fold)) } : {}),
		gates: optional(value, 'gates', DEFAULT_GATES, isGates, 'a list of { "statuses": [...], "rules": [...], "fields"?: [...] }', problems),
	};
}

function sanitiseFields(raw: readonly unknown[], problems: string[]): FieldSpec[] {
	const fields: FieldSpec[] = [];
	const roles = new Set<FieldRole>();
	raw.forEach((value: unknown, index) => {
		const where = isRecord(value) && typeof value.key === 'string' ? `field "${value.key}"` : `field ${index + 1}`;
		if (!isRecord(value) || typeof value.key !== 'string' || value.key.trim() === '') {
			problems.push(`${where}: expected an object with a "key" and a "type"`);
			return;
		}
		if (!FIELD_TYPES.includes(value.type as FieldType)) {
			problems.push(`${where}: "type" must be one of ${FIELD_TYPES.join(', ')}`);
			return;
		}
		const field: FieldSpec = { key: value.key, type: value.type as FieldType, required: false };
		if (value.required !== undefined) {
			if (typeof value.required === 'boolean' || isStrings(value.required)) field.required = value.required;
			else problems.push(`${where}: "required" must be true, false or a list of statuses`);
		}
		if (value.values !== undefined) {
			if (isStrings(value.values)) field.values = value.values;
			else problems.push(`${where}: "values" must be a list of strings`);
		}
		if (field.type === 'enum' && !field.values) problems.push(`${where}: an enum needs "values"; any value passes until it has them`);
		if (typeof value.placeholder === 'string') field.placeholder = value.placeholder;
		if (value.role !== undefined) {
			const role = value.role as FieldRole;
			if (!FIELD_ROLES.includes(role)) problems.push(`${where}: "role" must be one of ${FIELD_ROLES.join(', ')}`);
			else if (roles.has(role)) problems.push(`${where}: another field already plays the role "${role}"`);
			else {
				roles.add(role);
				field.role = role;
			}
		}
		fields.push(field);
	});
	return fields;
}

/** The value at `key` when valid, the default when absent; a problem when present and invalid. */
function optional<T>(record: Record<string, unknown>, key: string, fallback: T, valid: (value: unknown) => value is T, expected: string, problems: string[]): T {
	const value = record[key];
	if (value === undefined) return fallback;
	if (valid(value)) return value;
	problems.push(`"${key}" must be ${expected}; the default is used`);
	return fallback;
}

function isSections(value: unknown): value is SectionSpec[] {
	return Array.isArray(value) && value.every((s) => isRecord(s) && SECTION_KINDS.includes(s.kind as SectionKind) && typeof s.required === 'boolean');
}

function isGates(value: unknown): value is StatusGate[] {
	return Array.isArray(value) && value.every((g) => isRecord(g) && isStrings(g.statuses) && isStrings(g.rules) && (g.fields === undefined || isStrings(g.fields)));
}

function isRange(value: unknown): value is readonly [number, number] {
	return Array.isArray(value) && value.length === 2 && value.every(isCount) && (value[0] as number) <= (value[1] as number);
}

function isStrings(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e7;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
