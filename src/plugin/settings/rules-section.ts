import { Setting } from 'obsidian';
import { RULES } from '../../core/rules';
import type { SeveritySetting } from '../../core/types';
import type { PostwrightHost } from '../host';

const CHOICES: Record<SeveritySetting, string> = { off: 'Off', info: 'Info', warning: 'Warning', error: 'Error' };

/** A severity per rule id; choosing the rule's own default removes the override. */
export function renderRulesSection(containerEl: HTMLElement, host: PostwrightHost): void {
	new Setting(containerEl).setName('Rules').setHeading();
	for (const rule of RULES) {
		new Setting(containerEl)
			.setName(rule.id)
			.setDesc(rule.description)
			.addDropdown((dropdown) => dropdown
				.addOptions(CHOICES)
				.setValue(host.settings.check.severities[rule.id] ?? rule.severity)
				.onChange(async (value) => {
					const severities = { ...host.settings.check.severities };
					if (value === rule.severity) delete severities[rule.id];
					else if (value in CHOICES) severities[rule.id] = value as SeveritySetting;
					host.settings.check = { ...host.settings.check, severities };
					await host.saveSettings();
				}));
	}
}
