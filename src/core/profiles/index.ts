import { LINKEDIN_POST } from './linkedin-post';
import type { Profile } from './profile';

export * from './platforms';
export * from './profile';
export { LINKEDIN_POST, POST_STATUSES } from './linkedin-post';

export const BUILT_IN_PROFILES: readonly Profile[] = [LINKEDIN_POST];

/** Profiles by id; user profiles (from settings or a config file) shadow built-in ones of the same id. */
export function profileRegistry(extra: readonly Profile[] = []): ReadonlyMap<string, Profile> {
	const registry = new Map<string, Profile>();
	for (const profile of [...BUILT_IN_PROFILES, ...extra]) registry.set(profile.id, profile);
	return registry;
}
