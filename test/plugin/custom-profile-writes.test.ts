import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitiseConfig } from '../../src/core/config-sanitise';
import { renderNewPost } from '../../src/plugin/commands/new-post';
import { bumpLastUpdated } from '../../src/plugin/last-updated';
import { markPublished } from '../../src/plugin/commands/mark-published';
import { loadPlugin, textOf } from './harness';

/** What the plugin writes goes to the field playing the role, whatever a custom profile calls it. */
const ROOT = join(import.meta.dirname, '../fixtures/newsletter/');
const CONFIG = JSON.parse(readFileSync(`${ROOT}.postwright.json`, 'utf8')) as unknown;
const ISSUE = readFileSync(`${ROOT}issues/estimates_issue.md`, 'utf8');
const newsletter = sanitiseConfig(CONFIG).profiles[0]!;

describe('writes for a custom profile', () => {
	it('bumps the last-updated field (`updated`), never adding a `last_updated`', async () => {
		const { app, plugin } = await loadPlugin({ 'issues/estimates_issue.md': ISSUE }, { bumpLastUpdated: true, check: CONFIG });
		const file = app.vault.getFileByPath('issues/estimates_issue.md')!;
		expect(await bumpLastUpdated(plugin, file as never)).toBe(true);
		const after = textOf(app, file);
		expect(after).toContain(`\nupdated: ${plugin.posts.today()}\n`);
		expect(after).not.toContain('last_updated');
		expect(after.slice(after.indexOf('# '))).toBe(ISSUE.slice(ISSUE.indexOf('# ')));
	});

	it('fills a template note\'s frontmatter with the profile\'s own keys', () => {
		const text = renderNewPost(newsletter, { title: 'Estimates', name: 'estimates', date: '2026-03-01' }, '---\nsources: []\n---\n# {{title}}\n');
		expect(text).toBe('---\nsources: []\nname: estimates\nstatus: draft\nupdated: 2026-03-01\nnode_type: newsletter-post\n---\n# Estimates\n');
	});
});

describe('mark as published for a custom profile', () => {
	it('writes the status and last-updated roles\' own keys, and nothing for roles the profile does not give', async () => {
		const { app, plugin } = await loadPlugin({ 'issues/estimates_issue.md': ISSUE }, { check: CONFIG });
		const file = app.vault.getFileByPath('issues/estimates_issue.md')!;
		await markPublished(plugin, file as never, { date: '2026-01-05', link: 'https://example.com/issue' });
		const after = textOf(app, file);
		expect(after).toMatch(/\nstatus: published\n/);
		expect(after).toContain(`\nupdated: ${plugin.posts.today()}\n`);
		// newsletter-post gives no field the published-date or link role: nothing invented.
		for (const key of ['last_updated', 'published_date', 'link:']) expect(after).not.toContain(key);
		expect(after.slice(after.indexOf('# '))).toBe(ISSUE.slice(ISSUE.indexOf('# ')));
	});
});
