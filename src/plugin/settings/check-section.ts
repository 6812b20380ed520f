import { profileRegistry } from '../../core/profiles';
import { effectiveProfile, type ProfileOverride } from '../../core/profiles/profile';
import type { PostwrightSettings } from '../settings';
import type { SettingDescriptor, SettingsSection } from './descriptors';
import { PROFILES_SETTING } from './profiles-setting';

const DEVICES = ['mobile', 'desktop'] as const;

/**
 * Word range and fold column widths (for the default profile), the slop list and the
 * contrastive pattern. Built from the current settings: the limits shown are
 * the default profile's, and a profile without a fold has no fold widths.
 */
export function checkSection(current: PostwrightSettings): SettingsSection {
	const profileId = current.defaultProfile;
	const base = profileRegistry(current.check.profiles).get(profileId);
	const limits: SettingDescriptor[] = [];
	if (base) {
		const effective = (settings: PostwrightSettings) => effectiveProfile(base, settings.check.overrides[profileId]);
		const override = (settings: PostwrightSettings, change: (override: ProfileOverride) => ProfileOverride): void => {
			const check = settings.check;
			settings.check = { ...check, overrides: { ...check.overrides, [profileId]: change(check.overrides[profileId] ?? {}) } };
		};
		limits.push({
			key: 'check.wordRange',
			kind: 'text',
			name: 'Word range',
			desc: `Target words in the full post, as "min-max". Default ${base.wordRange[0]}-${base.wordRange[1]}.`,
			read: (settings) => effective(settings).wordRange.join('-'),
			validate: (value) => (parseRange(value) ? undefined : 'Write two whole numbers as "min-max", the smaller first.'),
			write: (settings, value) => {
				const range = parseRange(value);
				if (range) override(settings, (o) => ({ ...o, wordRange: range }));
			},
		});
		const fold = effectiveProfile(base, current.check.overrides[profileId]).fold;
		if (fold) {
			for (const device of DEVICES) {
				limits.push({
					key: `check.fold.${device}`,
					kind: 'text',
					name: `Fold column width on ${device}`,
					desc: `Width in pixels of the feed's text column on ${device}, where the hook wraps before "${fold[device].label}". Default ${effectiveProfile(base).fold?.[device].width ?? fold[device].width}.`,
					read: (settings) => String(effective(settings).fold?.[device].width ?? ''),
					validate: (value) => (parseCount(value) ? undefined : 'Write a whole number of pixels above zero.'),
					write: (settings, value) => {
						const width = parseCount(value);
						if (width) override(settings, (o) => ({ ...o, fold: { ...o.fold, [device]: { ...o.fold?.[device], width } } }));
					},
				});
			}
		}
	}
	return {
		heading: 'Checks',
		settings: [
			...limits,
			{
				key: 'check.slopPhrases',
				kind: 'textarea',
				name: 'Slop phrases',
				desc: 'Stock phrases to flag in the hooks and the full post, one per line. Leave empty for the built-in list.',
				placeholder: 'One phrase per line',
				read: (settings) => (settings.check.slopPhrases ?? []).join('\n'),
				write: (settings, value) => {
					const phrases = value.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
					settings.check = { ...settings.check, slopPhrases: phrases.length > 0 ? phrases : null };
				},
			},
			{
				key: 'check.contrastive',
				kind: 'toggle',
				name: 'Flag the contrastive formula',
				desc: 'Flag sentences built as "it is not this, it is that".',
				read: (settings) => settings.check.contrastive,
				write: (settings, value) => { settings.check = { ...settings.check, contrastive: value }; },
			},
			PROFILES_SETTING,
		],
	};
}

/** `100-300` (or `100–300`, `100 to 300`) → [100, 300]; null for anything else. */
export function parseRange(value: string): [number, number] | null {
	const match = /^\s*(\d{1,6})\s*(?:-|–|to)\s*(\d{1,6})\s*$/i.exec(value);
	if (!match) return null;
	const min = Number(match[1]);
	const max = Number(match[2]);
	return min <= max ? [min, max] : null;
}

/** A positive whole number of at most six digits; null for anything else. */
export function parseCount(value: string): number | null {
	const n = /^\s*(\d{1,6})\s*$/.exec(value);
	return n && Number(n[1]) > 0 ? Number(n[1]) : null;
}
