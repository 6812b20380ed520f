import { PluginSettingTab, type App } from 'obsidian';
import type { PostwrightHost } from './host';
import { renderCheckSection } from './settings/check-section';
import { renderNewPostSection } from './settings/new-post-section';
import { renderRulesSection } from './settings/rules-section';

/** The settings tab: one small renderer per section. */
export class PostwrightSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly host: PostwrightHost) {
		// PluginSettingTab wants the Plugin; the host is that plugin.
		super(app, host as unknown as ConstructorParameters<typeof PluginSettingTab>[1]);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		renderNewPostSection(containerEl, this.host);
		renderCheckSection(containerEl, this.host);
		renderRulesSection(containerEl, this.host);
	}
}
