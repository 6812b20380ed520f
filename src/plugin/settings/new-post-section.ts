import { Setting } from 'obsidian';
import type { PostwrightHost } from '../host';
import { cleanFolder } from '../settings';

export function renderNewPostSection(containerEl: HTMLElement, host: PostwrightHost): void {
	const { settings } = host;
	new Setting(containerEl).setName('New posts').setHeading();
	new Setting(containerEl)
		.setName('Posts folder')
		.setDesc('Where new posts are created. Leave empty for the vault root.')
		.addText((text) => text.setPlaceholder('Posts').setValue(settings.postsFolder).onChange(async (value) => {
			settings.postsFolder = cleanFolder(value);
			await host.saveSettings();
		}));
	new Setting(containerEl)
		.setName('File name pattern')
		.setDesc('{{name}} is the snake_case slug of the title, {{date}} today. An existing file is never replaced: _2, _3… is added.')
		.addText((text) => text.setPlaceholder('{{name}}').setValue(settings.fileNamePattern).onChange(async (value) => {
			settings.fileNamePattern = value.trim() || '{{name}}';
			await host.saveSettings();
		}));
	new Setting(containerEl)
		.setName('Template note')
		.setDesc('A note in the vault to copy for new posts, with {{title}}, {{name}} and {{date}} filled in. Leave empty for the built-in template.')
		.addText((text) => text.setPlaceholder('Templates/post').setValue(settings.templatePath).onChange(async (value) => {
			settings.templatePath = value.trim();
			await host.saveSettings();
		}));
	new Setting(containerEl)
		.setName('Bump last_updated on change')
		.setDesc('Set last_updated to today whenever a post is saved.')
		.addToggle((toggle) => toggle.setValue(settings.bumpLastUpdated).onChange(async (value) => {
			settings.bumpLastUpdated = value;
			await host.saveSettings();
		}));
}
