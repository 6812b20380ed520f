import { LINKEDIN_POST } from './linkedin-post';
import type { Profile } from './profile';

export * from './platforms';
export * from './profile';
export { LINKEDIN_POST, POST_STATUSES } from './linkedin-post';

export const BUILT_IN_PROFILES: readonly Profile[] = [LINKEDIN_POST];

/** Profiles by id; user profiles (from settings or a config file) shadow built-in ones of the same id. */
export function profileRegistry(extra: readonly Profile[] = NO_EXTRA): ReadonlyMap<string, Profile> {
	const known = registries.get(extra);
	if (known) return known;
	const registry = new Map<string, Profile>();
	for (const profile of [...BUILT_IN_PROFILES, ...extra]) registry.set(profile.id, profile);
	registries.set(extra, registry);
	return registry;
}

// Built once per list of user profiles: every note of a check asks again with the same list, and
// settings replace the list rather than change it in place. Callers only read the map.
const NO_EXTRA: readonly Profile[] = [];
const registries = new WeakMap<readonly Profile[], ReadonlyMap<string, Profile>>();
