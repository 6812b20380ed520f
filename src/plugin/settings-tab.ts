import { PluginSettingTab, type App, type SettingDefinitionItem } from 'obsidian';
import type { PostwrightHost } from './host';
import { checkSection } from './settings/check-section';
import { applySetting, findDescriptor, type SettingsSection } from './settings/descriptors';
import { controlValue, settingDefinitions } from './settings/definitions';
import { exportSection } from './settings/export-section';
import { newPostSection } from './settings/new-post-section';
import { renderSections } from './settings/render-imperative';
import { rulesSection } from './settings/rules-section';

/**
 * The settings tab. Every setting is described once (src/plugin/settings/);
 * Obsidian 1.13+ renders the descriptions declaratively and indexes them for
 * settings search, older versions (down to minAppVersion) call display().
 */
export class PostwrightSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly host: PostwrightHost) {
		// PluginSettingTab wants the Plugin; the host is that plugin.
		super(app, host as unknown as ConstructorParameters<typeof PluginSettingTab>[1]);
	}

	/** Built from the current settings: the limits shown depend on the default profile. */
	sections(): SettingsSection[] {
		return [newPostSection(), exportSection(), checkSection(this.host.settings), rulesSection()];
	}

	/** Obsidian before 1.13 only: 1.13+ renders getSettingDefinitions() instead. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		renderSections(containerEl, this.host, this.sections());
	}

	/** Obsidian 1.13+ only; never called by older versions. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return settingDefinitions(this.sections());
	}

	override getControlValue(key: string): unknown {
		return controlValue(this.sections(), this.host.settings, key);
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const descriptor = findDescriptor(this.sections(), key);
		if (descriptor) await applySetting(descriptor, value, this.host.settings, () => this.host.saveSettings());
	}
}
