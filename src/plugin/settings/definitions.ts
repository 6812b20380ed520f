import type { SettingControl, SettingDefinitionItem, TFile } from 'obsidian';
import type { PostwrightSettings } from '../settings';
import { findDescriptor, rejectionOf, type SettingDescriptor, type SettingsSection } from './descriptors';

/**
 * The sections as Obsidian 1.13's declarative settings: one group per section,
 * one control per setting. Values go through the tab's getControlValue and
 * setControlValue, which look the descriptor up by key.
 */
export function settingDefinitions(sections: readonly SettingsSection[]): SettingDefinitionItem[] {
	return sections.map((section) => ({
		type: 'group' as const,
		heading: section.heading,
		items: section.settings.map((descriptor) => ({ name: descriptor.name, desc: descriptor.desc, control: controlFor(descriptor) })),
	}));
}

function controlFor(descriptor: SettingDescriptor): SettingControl {
	const validate = (value: unknown): string | undefined => rejectionOf(descriptor, value);
	const { key } = descriptor;
	switch (descriptor.kind) {
		case 'toggle':
			return { type: 'toggle', key, validate };
		case 'dropdown':
			return { type: 'dropdown', key, options: descriptor.options, validate };
		case 'folder':
			return { type: 'folder', key, placeholder: descriptor.placeholder, includeRoot: true, validate };
		case 'file':
			return { type: 'file', key, placeholder: descriptor.placeholder, filter: (file: TFile) => file.extension === 'md', validate };
		default:
			return { type: descriptor.kind, key, placeholder: descriptor.placeholder, validate };
	}
}

/** The value a control shows for `key`; undefined for a key no setting has. */
export function controlValue(sections: readonly SettingsSection[], settings: PostwrightSettings, key: string): string | boolean | undefined {
	return findDescriptor(sections, key)?.read(settings);
}
