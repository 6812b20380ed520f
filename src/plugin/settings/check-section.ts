import { Setting } from 'obsidian';
import { profileRegistry } from '../../core/profiles';
import { effectiveProfile, type ProfileOverride } from '../../core/profiles/profile';
import type { PostwrightHost } from '../host';

/** Word range and fold budgets (for the default profile), the slop list and the contrastive pattern. */
export function renderCheckSection(containerEl: HTMLElement, host: PostwrightHost): void {
	const profileId = host.settings.defaultProfile;
	const base = profileRegistry(host.settings.check.profiles).get(profileId);
	new Setting(containerEl).setName('Checks').setHeading();
	if (base) {
		const limits = effectiveProfile(base, host.settings.check.overrides[profileId]);
		const update = async (change: (override: ProfileOverride) => ProfileOverride): Promise<void> => {
			const check = host.settings.check;
			host.settings.check = { ...check, overrides: { ...check.overrides, [profileId]: change(check.overrides[profileId] ?? {}) } };
			await host.saveSettings();
		};
		new Setting(containerEl)
			.setName('Word range')
			.setDesc(`Target words in the full post, as "min-max". Default ${base.wordRange[0]}-${base.wordRange[1]}.`)
			.addText((text) => text.setValue(`${limits.wordRange[0]}-${limits.wordRange[1]}`).onChange(async (value) => {
				const range = parseRange(value);
				if (range) await update((o) => ({ ...o, wordRange: range }));
			}));
		const fold = limits.limits.fold;
		if (fold) {
			for (const device of ['mobile', 'desktop'] as const) {
				new Setting(containerEl)
					.setName(`Fold budget on ${device}`)
					.setDesc(`Characters shown before "…see more" on ${device}.`)
					.addText((text) => text.setValue(String(fold[device].charBudget)).onChange(async (value) => {
						const budget = parseCount(value);
						if (budget) await update((o) => ({ ...o, fold: { ...o.fold, [device]: { ...o.fold?.[device], charBudget: budget } } }));
					}));
			}
		}
	}
	new Setting(containerEl)
		.setName('Slop phrases')
		.setDesc('Stock phrases to flag in the hooks and the full post, one per line. Leave empty for the built-in list.')
		.addTextArea((area) => area.setPlaceholder('One phrase per line').setValue((host.settings.check.slopPhrases ?? []).join('\n')).onChange(async (value) => {
			const phrases = value.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
			host.settings.check = { ...host.settings.check, slopPhrases: phrases.length > 0 ? phrases : null };
			await host.saveSettings();
		}));
	new Setting(containerEl)
		.setName('Flag the contrastive formula')
		.setDesc('Flag sentences built as "it is not this, it is that".')
		.addToggle((toggle) => toggle.setValue(host.settings.check.contrastive).onChange(async (value) => {
			host.settings.check = { ...host.settings.check, contrastive: value };
			await host.saveSettings();
		}));
}

/** `100-300` (or `100–300`, `100 to 300`) → [100, 300]; null for anything else. */
export function parseRange(value: string): [number, number] | null {
	const match = /^\s*(\d{1,6})\s*(?:-|–|to)\s*(\d{1,6})\s*$/i.exec(value);
	if (!match) return null;
	const min = Number(match[1]);
	const max = Number(match[2]);
	return min <= max ? [min, max] : null;
}

export function parseCount(value: string): number | null {
	const n = /^\s*(\d{1,6})\s*$/.exec(value);
	return n && Number(n[1]) > 0 ? Number(n[1]) : null;
}
