import { Setting } from 'obsidian';
import type { PostwrightHost } from '../host';
import { applySetting, type SettingDescriptor, type SettingsSection } from './descriptors';

/**
 * The sections drawn with the Setting builder, for Obsidian before 1.13 (where
 * getSettingDefinitions() is never called). A rejected value is not stored,
 * exactly as on 1.13+; the field keeps what the author typed so it can be fixed.
 */
export function renderSections(containerEl: HTMLElement, host: PostwrightHost, sections: readonly SettingsSection[]): void {
	for (const section of sections) {
		new Setting(containerEl).setName(section.heading).setHeading();
		for (const descriptor of section.settings) renderSetting(containerEl, host, descriptor);
	}
}

function renderSetting(containerEl: HTMLElement, host: PostwrightHost, descriptor: SettingDescriptor): void {
	const setting = new Setting(containerEl).setName(descriptor.name).setDesc(descriptor.desc);
	// Why a value was not stored, under the description, until an accepted value clears it.
	const rejection = setting.descEl.createDiv({ cls: 'postwright-setting-error' });
	const store = async (value: unknown): Promise<void> => {
		rejection.setText(await applySetting(descriptor, value, host.settings, () => host.saveSettings()) ?? '');
	};
	switch (descriptor.kind) {
		case 'toggle':
			setting.addToggle((toggle) => toggle.setValue(descriptor.read(host.settings)).onChange(store));
			break;
		case 'dropdown':
			setting.addDropdown((dropdown) => dropdown.addOptions(descriptor.options).setValue(descriptor.read(host.settings)).onChange(store));
			break;
		case 'textarea':
			setting.addTextArea((area) => area.setPlaceholder(descriptor.placeholder ?? '').setValue(descriptor.read(host.settings)).onChange(store));
			break;
		default:
			setting.addText((text) => text.setPlaceholder(descriptor.placeholder ?? '').setValue(descriptor.read(host.settings)).onChange(store));
	}
}
