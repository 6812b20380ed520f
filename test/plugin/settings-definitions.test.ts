import type { SettingControl, SettingDefinitionGroup, SettingDefinitionItem } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import type PostwrightPlugin from '../../src/main';
import { DEFAULT_SETTINGS } from '../../src/plugin/settings';
import { PostwrightSettingTab } from '../../src/plugin/settings-tab';
import { loadPlugin } from './harness';
import { Setting, type DropdownComponent, type TextAreaComponent, type TextComponent, type ToggleComponent } from './obsidian-stub';

/**
 * The two ways the settings tab is drawn: display() for Obsidian before 1.13,
 * getSettingDefinitions() plus get/setControlValue for 1.13+. Both must offer
 * the same settings and store the same values.
 */

interface DeclaredSetting {
	heading: string;
	name: string;
	desc: string;
	control: SettingControl;
}

function declared(items: SettingDefinitionItem[]): DeclaredSetting[] {
	return items.flatMap((item) => {
		const group = item as SettingDefinitionGroup;
		expect(group.type).toBe('group');
		return (group.items ?? []).map((setting) => {
			if (!('control' in setting) || !setting.control) throw new Error(`${setting.name} has no control`);
			return { heading: group.heading ?? '', name: setting.name, desc: String(setting.desc), control: setting.control };
		});
	});
}

/** What display() drew: each setting row with the heading above it. */
function drawn(): { heading: string; name: string; desc: string; control: string }[] {
	let heading = '';
	const rows = [];
	for (const setting of Setting.all__) {
		if (setting.heading) heading = setting.nameEl.textContent ?? '';
		else rows.push({ heading, name: setting.nameEl.textContent ?? '', desc: setting.descEl.textContent ?? '', control: setting.components[0]!.constructor.name });
	}
	return rows;
}

async function tabFor(saved: unknown = null): Promise<{ plugin: PostwrightPlugin; tab: PostwrightSettingTab }> {
	const { app, plugin } = await loadPlugin({}, saved);
	return { plugin, tab: new PostwrightSettingTab(app as never, plugin) };
}

function savedData(plugin: PostwrightPlugin): unknown {
	return (plugin as unknown as { savedData__: unknown }).savedData__;
}

/** Declarative key of the setting named `name`. */
function keyOf(tab: PostwrightSettingTab, name: string): string {
	const found = declared(tab.getSettingDefinitions()).find((s) => s.name === name);
	if (!found) throw new Error(`no declared setting ${name}`);
	return found.control.key;
}

function validatorOf(tab: PostwrightSettingTab, name: string): (value: unknown) => unknown {
	const found = declared(tab.getSettingDefinitions()).find((s) => s.name === name);
	const validate = found?.control.validate as ((value: unknown) => unknown) | undefined;
	if (!validate) throw new Error(`${name} has no validate`);
	return validate;
}

function row(name: string): Setting {
	const found = Setting.all__.find((s) => !s.heading && s.nameEl.textContent === name);
	if (!found) throw new Error(`no setting ${name}`);
	return found;
}

const CONTROL_OF_COMPONENT: Record<string, readonly string[]> = {
	TextComponent: ['text', 'folder', 'file'],
	TextAreaComponent: ['textarea'],
	ToggleComponent: ['toggle'],
	DropdownComponent: ['dropdown'],
};

describe('declarative settings (Obsidian 1.13+)', () => {
	it('declare every setting display() draws, under the same heading, with the same text and a matching control', async () => {
		const { tab } = await tabFor();
		tab.display();
		const imperative = drawn();
		const declarative = declared(tab.getSettingDefinitions());
		expect(declarative.map(({ heading, name, desc }) => ({ heading, name, desc }))).toEqual(imperative.map(({ heading, name, desc }) => ({ heading, name, desc })));
		declarative.forEach((setting, i) => expect(CONTROL_OF_COMPONENT[imperative[i]!.control], setting.name).toContain(setting.control.type));
		// Every rule has its severity dropdown, and no two controls share a key.
		for (const rule of RULES) expect(declarative.find((s) => s.name === rule.id)?.control.type, rule.id).toBe('dropdown');
		const keys = declarative.map((s) => s.control.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(declarative.map((s) => s.name)).toEqual(expect.arrayContaining(['Posts folder', 'File name pattern', 'Template note', 'Bump last_updated on change', 'Word range', 'Fold column width on mobile', 'Fold column width on desktop', 'Slop phrases', 'Flag the contrastive formula']));
	});

	it('store what display() stores, sanitised, and the saved data loads back the same', async () => {
		const inputs: [string, string | boolean][] = [
			['Posts folder', '/Social//../Drafts/'],
			['File name pattern', '   '],
			['Template note', ' Templates/post.md '],
			['Word range', '120 to 250'],
			['Fold column width on mobile', ' 330 '],
			['Slop phrases', 'synergy\n\n  move the needle  \n'],
			['Flag the contrastive formula', true],
			['Bump last_updated on change', true],
			['slop-em-dash', 'error'],
			['hook-fold', 'off'],
		];
		const declarative = await tabFor();
		for (const [name, value] of inputs) await declarative.tab.setControlValue(keyOf(declarative.tab, name), value);

		const imperative = await tabFor();
		imperative.tab.display();
		for (const [name, value] of inputs) {
			const component = row(name).components[0] as TextComponent | TextAreaComponent | ToggleComponent | DropdownComponent;
			await (component.change__ as (v: string | boolean) => Promise<void>)(value);
		}

		const expected = {
			...DEFAULT_SETTINGS,
			postsFolder: 'Social/Drafts',
			fileNamePattern: '{{name}}',
			templatePath: 'Templates/post.md',
			bumpLastUpdated: true,
			check: {
				...DEFAULT_SETTINGS.check,
				severities: { 'slop-em-dash': 'error', 'hook-fold': 'off' },
				slopPhrases: ['synergy', 'move the needle'],
				contrastive: true,
				overrides: { 'linkedin-post': { wordRange: [120, 250], fold: { mobile: { width: 330 } } } },
			},
		};
		expect(declarative.plugin.settings).toEqual(expected);
		expect(imperative.plugin.settings).toEqual(expected);
		const { plugin: reloaded } = await loadPlugin({}, savedData(declarative.plugin));
		expect(reloaded.settings).toEqual(expected);
	});

	it('show the current values, the limits merged over the profile defaults', async () => {
		const { tab } = await tabFor({ postsFolder: 'Writing', check: { contrastive: true, slopPhrases: ['delve', 'tapestry'], severities: { 'hook-fold': 'off' }, overrides: { 'linkedin-post': { wordRange: [50, 90] } } } });
		const value = (name: string): unknown => tab.getControlValue(keyOf(tab, name));
		expect(value('Posts folder')).toBe('Writing');
		expect(value('Flag the contrastive formula')).toBe(true);
		expect(value('Slop phrases')).toBe('delve\ntapestry');
		expect(value('Word range')).toBe('50-90');
		expect(value('hook-fold')).toBe('off');
		const defaultSeverity = RULES.find((r) => r.id === 'slop-em-dash')!.severity;
		expect(value('slop-em-dash')).toBe(defaultSeverity);
		expect(Number(value('Fold column width on mobile'))).toBeGreaterThan(0);
		expect(tab.getControlValue('no-such-key')).toBeUndefined();
	});

	it('reject what display() rejects, with a message, and store nothing', async () => {
		const rejected: [string, unknown][] = [
			['Word range', '300-100'],
			['Word range', 'lots'],
			['Fold column width on desktop', 'not a number'],
			['Fold column width on mobile', '0'],
			['Fold column width on mobile', '-5'],
			['slop-em-dash', 'loud'],
			['Posts folder', 42],
			['Flag the contrastive formula', 'yes'],
		];
		const { plugin, tab } = await tabFor();
		for (const [name, value] of rejected) {
			const message = validatorOf(tab, name)(value);
			expect(typeof message === 'string' && message.length > 0, `${name} ← ${String(value)}`).toBe(true);
			await tab.setControlValue(keyOf(tab, name), value);
		}
		await tab.setControlValue('no-such-key', 'anything');
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(savedData(plugin)).toBeNull();

		const imperative = await tabFor();
		imperative.tab.display();
		for (const [name, value] of rejected.filter(([, v]) => typeof v === 'string')) {
			const component = row(name).components[0] as TextComponent | DropdownComponent;
			await component.change__(value as string);
		}
		expect(imperative.plugin.settings).toEqual(DEFAULT_SETTINGS);
	});

	it('accept good values in the validator', async () => {
		const { tab } = await tabFor();
		expect(validatorOf(tab, 'Word range')('100–300')).toBeUndefined();
		expect(validatorOf(tab, 'Fold column width on mobile')('328')).toBeUndefined();
		expect(validatorOf(tab, 'hook-fold')('info')).toBeUndefined();
		expect(validatorOf(tab, 'Bump last_updated on change')(false)).toBeUndefined();
	});
});
