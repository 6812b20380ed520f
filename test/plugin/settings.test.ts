import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../src/plugin/settings';
import { PostwrightSettingTab } from '../../src/plugin/settings-tab';
import { loadPlugin } from './harness';
import { Setting, type DropdownComponent, type TextAreaComponent, type TextComponent, type ToggleComponent } from './obsidian-stub';

function setting(name: string): Setting {
	const found = Setting.all__.find((s) => s.nameEl.textContent === name);
	if (!found) throw new Error(`no setting ${name}`);
	return found;
}

describe('settings', () => {
	it('load with defaults when nothing or something corrupt was saved', async () => {
		for (const saved of [null, 'garbage', 42, [], { postsFolder: 7, fileNamePattern: '', bumpLastUpdated: 'yes', check: { severities: { 'slop-em-dash': 'loud' }, slopPhrases: 'delve' } }]) {
			const { plugin } = await loadPlugin({}, saved);
			expect(plugin.settings, JSON.stringify(saved)).toEqual(DEFAULT_SETTINGS);
		}
	});

	it('keep every valid value and drop only the bad ones', () => {
		const settings = sanitiseSettings({ postsFolder: '/Writing//../LinkedIn/', bumpLastUpdated: true, unknown: 1, check: { severities: { 'slop-em-dash': 'off', 'hook-fold': 'nope' }, contrastive: true } });
		expect(settings.postsFolder).toBe('Writing/LinkedIn');
		expect(settings.bumpLastUpdated).toBe(true);
		expect(settings.check.severities).toEqual({ 'slop-em-dash': 'off' });
		expect(settings.check.contrastive).toBe(true);
		expect(settings.fileNamePattern).toBe('{{name}}');
	});

	it('survive a save and load round trip through the settings tab', async () => {
		const { app, plugin } = await loadPlugin();
		const tab = new PostwrightSettingTab(app as never, plugin);
		tab.display();
		await (setting('Posts folder').components[0] as TextComponent).change__('Social/Drafts');
		await (setting('File name pattern').components[0] as TextComponent).change__('{{date}}-{{name}}');
		await (setting('Word range').components[0] as TextComponent).change__('120 - 250');
		await (setting('Fold column width on mobile').components[0] as TextComponent).change__('330');
		await (setting('Fold column width on desktop').components[0] as TextComponent).change__('not a number');
		await (setting('Slop phrases').components[0] as TextAreaComponent).change__('synergy\n\n  move the needle  \n');
		await (setting('Flag the contrastive formula').components[0] as ToggleComponent).change__(true);
		await (setting('Bump last_updated on change').components[0] as ToggleComponent).change__(true);
		await (setting('slop-em-dash').components[0] as DropdownComponent).change__('error');
		await (setting('hook-fold').components[0] as DropdownComponent).change__('off');
		const expected = {
			...DEFAULT_SETTINGS,
			postsFolder: 'Social/Drafts',
			fileNamePattern: '{{date}}-{{name}}',
			bumpLastUpdated: true,
			check: {
				...DEFAULT_SETTINGS.check,
				severities: { 'slop-em-dash': 'error', 'hook-fold': 'off' },
				slopPhrases: ['synergy', 'move the needle'],
				contrastive: true,
				overrides: { 'linkedin-post': { wordRange: [120, 250], fold: { mobile: { width: 330 } } } },
			},
		};
		expect(plugin.settings).toEqual(expected);
		const saved = (plugin as unknown as { savedData__: unknown }).savedData__;
		const { plugin: reloaded } = await loadPlugin({}, saved);
		expect(reloaded.settings).toEqual(expected);
	});

	it('a rule set back to its default severity drops the override', async () => {
		const { app, plugin } = await loadPlugin({}, { check: { severities: { 'slop-em-dash': 'error' } } });
		new PostwrightSettingTab(app as never, plugin).display();
		await (setting('slop-em-dash').components[0] as DropdownComponent).change__('warning');
		expect(plugin.settings.check.severities).toEqual({});
	});
});
