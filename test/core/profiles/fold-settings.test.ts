/**
 * The fold is profile data a user corrects (PRODUCT.md §3): through the
 * settings' overrides, and in a custom profile of `.postwright.json`.
 */
import { describe, expect, it } from 'vitest';
import { sanitiseConfig } from '../../../src/core/config-sanitise';
import { LINKEDIN_FOLD } from '../../../src/core/profiles/fold-defaults';
import { effectiveProfile } from '../../../src/core/profiles/profile';
import { profileRegistry } from '../../../src/core/profiles';

describe('fold settings', () => {
	it('correct LinkedIn\'s fold through an override, keeping what they leave out, and drop what makes no sense', () => {
		const config = sanitiseConfig({ overrides: { 'linkedin-post': { fold: { mobile: { width: 343, label: '…see more', maxLines: 2.7, fontSize: -3 }, desktop: 'wide' } } } });
		const base = profileRegistry().get('linkedin-post')!;
		const fold = effectiveProfile(base, config.overrides['linkedin-post']).fold!;
		expect(fold.mobile).toEqual({ ...LINKEDIN_FOLD.mobile, width: 343, label: '…see more', maxLines: 2 });
		expect(fold.desktop).toEqual(LINKEDIN_FOLD.desktop);
	});

	it('give a custom profile a fold of its own, on any platform', () => {
		const config = sanitiseConfig({ profiles: [{ id: 'x-thread', label: 'X thread', platform: 'x', fields: [{ key: 'name', type: 'slug', required: true, role: 'name' }], fold: { mobile: { width: 300 } } }] });
		const profile = effectiveProfile(profileRegistry(config.profiles).get('x-thread')!);
		expect(profile.fold?.mobile.width).toBe(300);
		expect(profile.fold?.desktop).toEqual(LINKEDIN_FOLD.desktop);
		// Without one, X shows posts whole: no fold.
		const plain = sanitiseConfig({ profiles: [{ id: 'x-plain', label: 'X', platform: 'x', fields: [{ key: 'name', type: 'slug', required: true, role: 'name' }] }] });
		expect(effectiveProfile(profileRegistry(plain.profiles).get('x-plain')!).fold).toBeUndefined();
	});
});
