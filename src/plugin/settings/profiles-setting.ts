import { sanitiseProfiles } from '../../core/profiles/sanitise';
import type { TextDescriptor } from './descriptors';

/**
 * Custom profiles as JSON, the same shape as `.postwright.json` takes (PRODUCT.md
 * §2): either the list of profiles or `{ "profiles": [...] }`, so a config can
 * be pasted as it is. A value that is not JSON, or a profile with a problem, is
 * rejected with the reason and nothing is stored.
 */
export const PROFILES_SETTING: TextDescriptor = {
	key: 'check.profiles',
	kind: 'textarea',
	name: 'Custom profiles',
	desc: 'Post types beyond the built-in linkedin-post, as JSON: a list of profiles, or { "profiles": [...] } as in .postwright.json. A note uses one by naming its id in node_type. Leave empty for none.',
	placeholder: '{ "profiles": [ { "id": "newsletter-post", "fields": [] } ] }',
	read: (settings) => (settings.check.profiles.length === 0 ? '' : JSON.stringify(settings.check.profiles, null, 2)),
	validate: (value) => {
		const parsed = parseProfilesJson(value);
		return 'error' in parsed ? parsed.error : undefined;
	},
	write: (settings, value) => {
		const parsed = parseProfilesJson(value);
		if ('profiles' in parsed) settings.check = { ...settings.check, profiles: parsed.profiles };
	},
};

type Parsed = { profiles: ReturnType<typeof sanitiseProfiles>['profiles'] } | { error: string };

export function parseProfilesJson(value: string): Parsed {
	if (value.trim() === '') return { profiles: [] };
	let json: unknown;
	try {
		json = JSON.parse(value);
	} catch (error) {
		return { error: `Not valid JSON: ${String((error as Error).message).split('\n')[0]}. Nothing was saved.` };
	}
	const list = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>).profiles : json;
	if (list === undefined) return { error: 'Expected a list of profiles, or an object with a "profiles" list. Nothing was saved.' };
	const { profiles, problems } = sanitiseProfiles(list);
	if (problems.length > 0) return { error: `${problems.join('; ')}. Nothing was saved.` };
	return { profiles };
}
