import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './hostile-vault';

/** Issue 12: a vault with a backlog of ideas passes `check --max-warnings 0`; the same notes as drafts do not. */

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const IDEAS: Record<string, string> = {
	'bare_idea.md': '---\nname: bare_idea\nnode_type: linkedin-post\nstatus: idea\n---\n\nSomething about standups.\n',
	'linked_idea.md': '---\nname: linked_idea\nnode_type: linkedin-post\nstatus: idea\nrelated_concepts:\n  - "[[meeting_notes]]"\n---\n\n# Meetings that could be a log\n',
	// A rough start: Markdown, seven hashtags and a dash in a FULL POST that is only a sketch yet.
	'rough_idea.md': '---\nname: rough_idea\nnode_type: linkedin-post\nstatus: idea\ntags:\n  - meetings\n---\n\n### HOOK A\n**Meetings** are a tax — [read this](https://example.com).\n\n### FULL POST (using Hook B)\n#a #b #c #d #e #f #g\n',
};

function vault(status: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'postwright-ideas-'));
	dirs.push(dir);
	mkdirSync(path.join(dir, 'Posts'));
	writeFileSync(path.join(dir, 'meeting_notes.md'), 'A linked note.\n');
	for (const [name, text] of Object.entries(IDEAS)) writeFileSync(path.join(dir, 'Posts', name), text.replace('status: idea', `status: ${status}`));
	return dir;
}

describe('an idea backlog in CI', () => {
	it('passes check --max-warnings 0', async () => {
		const { code, stdout, stderr } = await runCli(['check', '.', '--max-warnings', '0', '--format', 'json'], vault('idea'));
		expect(stderr).toBe('');
		const report = JSON.parse(stdout) as { summary: { posts: number; errors: number; warnings: number; infos: number } };
		expect(report.summary).toMatchObject({ posts: 3, errors: 0, warnings: 0, infos: 0 });
		expect(code).toBe(0);
	});

	it('still fails on a broken link or frontmatter in an idea', async () => {
		const dir = vault('idea');
		writeFileSync(path.join(dir, 'Posts', 'broken_idea.md'), '---\nname: Broken Idea\nnode_type: linkedin-post\nstatus: idea\nrelated_concepts:\n  - "[[no_such_note]]"\n---\n');
		const { code, stdout } = await runCli(['check', '.', '--max-warnings', '0'], dir);
		expect(code).toBe(1);
		expect(stdout).toContain('field-type');
		expect(stdout).toContain('related-concepts-unresolved');
	});

	it('fails once the same notes are drafts, with the new rules among the findings', async () => {
		const { code, stdout } = await runCli(['check', '.', '--max-warnings', '0'], vault('draft'));
		expect(code).toBe(1);
		for (const id of ['section-missing', 'markdown-in-post', 'hashtags', 'full-post-hook']) expect(stdout).toContain(id);
	});
});
