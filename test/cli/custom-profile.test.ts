import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type JsonReport } from './hostile-vault';

/** `postwright check` in a folder whose `.postwright.json` holds PRODUCT.md §2's example profile, as written. */
const NEWSLETTER = fileURLToPath(new URL('../fixtures/newsletter/', import.meta.url));
const MARKER = / ?<!-- expect: [^>]*? -->/g;

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture folder without its test markers, as a user's vault would be. */
function vault(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'postwright-profile-'));
	temporary.push(dir);
	cpSync(NEWSLETTER, dir, { recursive: true });
	for (const name of ['broken_issue', 'estimates_issue', 'idea_issue', 'missing_sources']) {
		const file = path.join(dir, 'issues', `${name}.md`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(MARKER, ''));
	}
	return dir;
}

describe('check with a custom profile from .postwright.json', () => {
	it('checks its notes as newsletter-post, with findings at their own lines, tagged', async () => {
		const { code, stdout, stderr } = await runCli(['check', 'issues', '--format', 'json'], vault(), new Date(2026, 2, 1, 12));
		expect(stderr).toBe('');
		expect(code).toBe(1);
		const report = JSON.parse(stdout) as JsonReport;
		const byPath = new Map(report.files.map((file) => [file.path, file]));
		expect([...byPath.values()].every((file) => file.profile === 'newsletter-post')).toBe(true);
		expect(byPath.get('issues/estimates_issue.md')?.findings).toEqual([]);
		expect(byPath.get('issues/missing_sources.md')?.findings.map((f) => [f.line, f.ruleId, f.tag])).toEqual([[1, 'field-required', 'frontmatter']]);
		const broken = byPath.get('issues/broken_issue.md')!.findings;
		expect(broken.filter((f) => f.tag === 'links').map((f) => [f.line, f.ruleId])).toEqual([[8, 'related-concepts-unresolved'], [9, 'related-concepts-link']]);
		expect(broken.find((f) => f.ruleId === 'last-updated-future')?.line).toBe(5);
		// An idea: its link is checked, nothing else.
		expect(byPath.get('issues/idea_issue.md')?.findings.map((f) => f.ruleId)).toEqual(['related-concepts-unresolved']);
	});

	it('warns on a profile it cannot use, naming it, and goes on', async () => {
		const dir = vault();
		writeFileSync(path.join(dir, '.postwright.json'), JSON.stringify({ profiles: [{ id: 'newsletter-post', fields: [{ key: 'when', type: 'datetime' }] }] }));
		const { stderr } = await runCli(['check', 'issues'], dir);
		expect(stderr).toContain('profile "newsletter-post": field "when": "type" must be one of string, slug, enum, date');
	});

	it('keeps each finding on one line in text, and the message as written in JSON', async () => {
		const dir = vault();
		const file = path.join(dir, 'issues', 'estimates_issue.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: "dra\\nft"'));
		const text = (await runCli(['check', 'issues/estimates_issue.md'], dir)).stdout;
		const line = text.split('\n').find((l) => l.includes('field-enum'));
		expect(line).toContain('`dra\\nft`');
		const json = JSON.parse((await runCli(['check', 'issues/estimates_issue.md', '--format', 'json'], dir)).stdout) as JsonReport;
		expect(json.files[0]!.findings.find((f) => f.ruleId === 'field-enum')?.message).toContain('`dra\nft`');
	});
});
