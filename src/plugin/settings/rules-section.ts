import { RULES } from '../../core/rules';
import type { SeveritySetting } from '../../core/types';
import type { DropdownDescriptor, SettingsSection } from './descriptors';

const CHOICES: Record<SeveritySetting, string> = { off: 'Off', info: 'Info', warning: 'Warning', error: 'Error' };

/** Prefix of a rule's severity key: `severity.<rule id>`. */
export const SEVERITY_KEY_PREFIX = 'severity.';

/** A severity per rule id; choosing the rule's own default removes the override. */
export function rulesSection(): SettingsSection {
	return {
		heading: 'Rules',
		settings: RULES.map((rule): DropdownDescriptor => ({
			key: `${SEVERITY_KEY_PREFIX}${rule.id}`,
			kind: 'dropdown',
			name: rule.id,
			desc: rule.description,
			options: CHOICES,
			read: (settings) => settings.check.severities[rule.id] ?? rule.severity,
			write: (settings, value) => {
				const severities = { ...settings.check.severities };
				if (value === rule.severity) delete severities[rule.id];
				else severities[rule.id] = value as SeveritySetting;
				settings.check = { ...settings.check, severities };
			},
		})),
	};
}
