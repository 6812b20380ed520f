import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingDefinitionGroup } from 'obsidian';
import { PostwrightSettingTab } from '../../src/plugin/settings-tab';
import { loadPlugin } from './harness';
import { Setting, type TextAreaComponent } from './obsidian-stub';

/** PRODUCT.md §2: users add profiles in settings too, and a custom profile gets every check. */
const ROOT = join(import.meta.dirname, '../fixtures/newsletter/');
const CONFIG = readFileSync(`${ROOT}.postwright.json`, 'utf8');
const ISSUE = readFileSync(`${ROOT}issues/estimates_issue.md`, 'utf8');
const SOURCES = { 'sources/field_survey.md': '# Field survey\n', 'sources/planning_poker.md': '# Planning poker\n' };

async function setup() {
	const files = { 'issues/estimates_issue.md': ISSUE, ...SOURCES };
	const { app, plugin } = await loadPlugin(files);
	const tab = new PostwrightSettingTab(app as never, plugin);
	const control = (tab.getSettingDefinitions() as SettingDefinitionGroup[]).flatMap((g) => g.items ?? []).find((item) => item.name === 'Custom profiles');
	if (!control || !('control' in control) || !control.control) throw new Error('no Custom profiles setting');
	const { key } = control.control;
	const validate = control.control.validate as (value: unknown) => string | undefined;
	const file = app.vault.getFileByPath('issues/estimates_issue.md') as never;
	const analyse = (text = ISSUE) => plugin.posts.analyzeText(text, file);
	return { app, plugin, tab, key, validate, analyse };
}

describe('the Custom profiles setting', () => {
	it('takes the §2 example exactly as .postwright.json holds it, and the plugin then checks notes with it', async () => {
		const { plugin, tab, key, validate, analyse } = await setup();
		expect(analyse().profile).toBeNull();
		expect(validate(CONFIG)).toBeUndefined();
		await tab.setControlValue(key, CONFIG);
		expect(plugin.settings.check.profiles.map((p) => p.id)).toEqual(['newsletter-post']);
		const analysis = analyse();
		expect(analysis.profile?.id).toBe('newsletter-post');
		expect(analysis.findings).toEqual([]);
		const broken = ISSUE.replace('"[[planning_poker]]"', '"[[planing_poker]]"').replace('updated: 2026-02-18', 'updated: 2099-01-01');
		const findings = analyse(broken).findings;
		expect(findings.map((f) => `${f.line} ${f.ruleId}`).sort()).toEqual(['5 last-updated-future', '8 related-concepts-unresolved']);
	});

	it('shows what it stored as JSON that it accepts again, and an empty value removes the profiles', async () => {
		const { plugin, tab, key, validate } = await setup();
		await tab.setControlValue(key, CONFIG);
		const shown = tab.getControlValue(key) as string;
		expect(validate(shown)).toBeUndefined();
		await tab.setControlValue(key, '');
		expect(plugin.settings.check.profiles).toEqual([]);
		await tab.setControlValue(key, shown);
		expect(plugin.settings.check.profiles.map((p) => p.id)).toEqual(['newsletter-post']);
	});

	it('rejects bad JSON and bad profiles with the reason, and stores nothing', async () => {
		const { plugin, tab, key, validate } = await setup();
		expect(validate('{ "profiles": [ { "id": "x", }')).toMatch(/^Not valid JSON: .+\. Nothing was saved\.$/);
		expect(validate('{ "profiles": [ { "id": "x", "fields": [ { "key": "when", "type": "datetime" } ] } ] }'))
			.toBe('profile "x": field "when": "type" must be one of string, slug, enum, date, tags, string-list, wikilink-list, url, resource. Nothing was saved.');
		expect(validate('{ "profile": [] }')).toMatch(/^Expected a list of profiles/);
		await tab.setControlValue(key, '{ "profiles": [ { "id": "x", }');
		expect(plugin.settings.check.profiles).toEqual([]);
	});

	it('says why under the field when display() is used (Obsidian before 1.13)', async () => {
		const { tab, plugin } = await setup();
		tab.display();
		const row = Setting.all__.find((s) => s.nameEl.textContent === 'Custom profiles')!;
		await (row.components[0] as TextAreaComponent).change__('[ { "id": "bad id!" } ]');
		const error = row.descEl.querySelector('.postwright-setting-error')!;
		expect(error.textContent).toMatch(/"id" must be letters, digits/);
		await (row.components[0] as TextAreaComponent).change__(CONFIG);
		expect(error.textContent).toBe('');
		expect(plugin.settings.check.profiles.map((p) => p.id)).toEqual(['newsletter-post']);
	});
});
