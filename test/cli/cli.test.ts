import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type JsonReport } from './hostile-vault';

/** The CLI contract of PRODUCT.md §6, on the example vault and the test fixtures. */

const VAULT = fileURLToPath(new URL('../../examples/vault/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TEXT_LINE = /^(\S+\.md):(\d+):(\d+) (error|warning|info) +([a-z]+(?:-[a-z]+)*) (\S.*)$/;

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'postwright-cli-'));
	temporary.push(dir);
	return dir;
}

describe('check --format json on the example vault', () => {
	it('has the documented shape: version, files with path/profile/metrics/findings, summary', async () => {
		const { code, stdout, stderr } = await runCli(['check', '.', '--format', 'json'], VAULT);
		const report = JSON.parse(stdout) as JsonReport;
		expect(stderr).toBe('');
		expect(code).toBe(1);
		expect(report.version).toBe(1);
		expect(Object.keys(report.summary).sort()).toEqual(['errors', 'files', 'infos', 'posts', 'warnings']);
		for (const file of report.files) {
			expect(Object.keys(file).sort()).toEqual(['findings', 'metrics', 'path', 'profile']);
			expect(file.profile).toBe('linkedin-post');
			expect(file.path).toMatch(/^posts\/[a-z_]+\.md$/);
			for (const finding of file.findings) {
				expect(typeof finding.ruleId).toBe('string');
				expect(['error', 'warning', 'info']).toContain(finding.severity);
				expect(finding.line).toBeGreaterThanOrEqual(1);
				expect(finding.column).toBeGreaterThanOrEqual(1);
			}
		}
		const clean = report.files.find((f) => f.path === 'posts/no_meeting_wednesdays.md');
		expect(clean?.findings).toEqual([]);
		expect(clean?.metrics).toMatchObject({ words: expect.any(Number), characters: expect.any(Number), readingSeconds: expect.any(Number) });
		expect(clean?.metrics?.hooks[0]).toMatchObject({ name: 'A', recommended: true, mobile: { fits: expect.any(Boolean) }, desktop: { visibleLines: expect.any(Number) } });
	});

	it('counts notes that are not posts in summary.files only', async () => {
		const report = JSON.parse((await runCli(['check', '.', '--format', 'json'], VAULT)).stdout) as JsonReport;
		const onDisk = ['concepts', 'inbox', 'posts'].flatMap((dir) => readdirSync(path.join(VAULT, dir)).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`));
		expect(report.summary.files).toBe(onDisk.length);
		expect(report.files.map((f) => f.path)).toEqual(onDisk.filter((file) => file.startsWith('posts/')));
		expect(report.summary.posts).toBe(report.files.length);
	});

	it('sums the findings by severity in the summary', async () => {
		const report = JSON.parse((await runCli(['check', '.', '--format', 'json'], VAULT)).stdout) as JsonReport;
		const all = report.files.flatMap((f) => f.findings);
		expect(report.summary).toMatchObject({
			errors: all.filter((f) => f.severity === 'error').length,
			warnings: all.filter((f) => f.severity === 'warning').length,
			infos: all.filter((f) => f.severity === 'info').length,
		});
		expect(report.summary.errors).toBeGreaterThan(0);
	});
});

describe('exit codes', () => {
	it('0 when no note has an error', async () => {
		expect((await runCli(['check', 'posts/no_meeting_wednesdays.md', '--vault', '.'], VAULT)).code).toBe(0);
	});
	it('1 when a note has an error', async () => {
		expect((await runCli(['check', 'posts/broken_yaml.md'], VAULT)).code).toBe(1);
	});
	it('2 for a usage problem, with one line on stderr and nothing on stdout', async () => {
		for (const argv of [['check', '--nope'], ['check', '--format', 'xml'], ['frobnicate'], ['check', '--profile', 'tiktok-post']]) {
			const { code, stdout, stderr } = await runCli(argv, VAULT);
			expect(code, argv.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^postwright: [^\n]+\n$/);
		}
	});
});

describe('check --format text', () => {
	it('prints every JSON finding as `file:line:column severity rule-id message`, then a summary line', async () => {
		const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], VAULT)).stdout) as JsonReport;
		const { stdout, code } = await runCli(['check', '.'], VAULT);
		expect(code).toBe(1);
		const lines = stdout.split('\n').filter((line) => TEXT_LINE.test(line));
		const expected = json.files.flatMap((file) => file.findings.map((f) => `${file.path}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`));
		expect(lines.map((line) => line.replace(/ (error|warning|info) +/, ' $1 '))).toEqual(expected);
		const { errors, warnings, infos, posts, files } = json.summary;
		expect(stdout.trimEnd().split('\n').at(-1)).toBe(`✖ ${errors + warnings + infos} problems (${errors} errors, ${warnings} warnings, ${infos} infos) in ${posts} posts of ${files} files`);
	});

	it('uses no colour when the output is not a terminal', async () => {
		const { stdout } = await runCli(['check', '.'], VAULT);
		expect(stdout).not.toContain('\u001b[');
	});

	it('reports on the fixtures folder too, grouped by file', async () => {
		const { stdout } = await runCli(['check', 'posts', '--vault', '.'], FIXTURES);
		const files = [...new Set(stdout.split('\n').map((line) => TEXT_LINE.exec(line)?.[1]).filter(Boolean))];
		expect(files.length).toBeGreaterThan(3);
		// Grouped: once a file's lines end, it does not come back.
		const order = stdout.split('\n').map((line) => TEXT_LINE.exec(line)?.[1]).filter(Boolean);
		expect(order.filter((file, i) => i > 0 && file !== order[i - 1]).length).toBe(files.length - 1);
	});
});

describe('--help and --profile', () => {
	it('--help prints the usage and exits 0', async () => {
		const { code, stdout } = await runCli(['--help'], VAULT);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage:/m);
		expect(stdout).toContain('postwright check [PATH...]');
		expect(stdout).toContain('postwright new "Title"');
	});

	it('--profile checks every note as that profile, whatever its node_type', async () => {
		const report = JSON.parse((await runCli(['check', 'concepts', '--format', 'json', '--profile', 'linkedin-post'], VAULT)).stdout) as JsonReport;
		expect(report.summary.posts).toBe(report.summary.files);
		expect(report.files.every((f) => f.profile === 'linkedin-post' && f.findings.some((x) => x.ruleId === 'frontmatter-missing' || x.ruleId === 'field-required'))).toBe(true);
	});
});

describe('new "Title" --dir DIR', () => {
	it('creates the post from the template, and never replaces an existing one', async () => {
		const dir = tempDir();
		const first = await runCli(['new', 'Sync Is Infrastructure!', '--dir', 'drafts'], dir, new Date(2026, 1, 22, 9));
		expect(first).toEqual({ code: 0, stdout: 'created drafts/sync_is_infrastructure.md\n', stderr: '' });
		const created = path.join(dir, 'drafts', 'sync_is_infrastructure.md');
		const text = readFileSync(created, 'utf8');
		expect(text).toMatch(/^---\n/);
		expect(text).toContain('name: sync_is_infrastructure\n');
		expect(text).toContain('node_type: linkedin-post\n');
		expect(text).toContain('status: draft\n');
		expect(text).toContain('last_updated: 2026-02-22\n');
		expect(text).toContain('# Sync Is Infrastructure!');

		writeFileSync(created, `${text}\nThe author's own words.\n`);
		const second = await runCli(['new', 'Sync Is Infrastructure!', '--dir', 'drafts'], dir);
		expect(second).toEqual({ code: 0, stdout: 'created drafts/sync_is_infrastructure_2.md\n', stderr: '' });
		expect(readFileSync(created, 'utf8')).toBe(`${text}\nThe author's own words.\n`);
		expect(readdirSync(path.join(dir, 'drafts')).sort()).toEqual(['sync_is_infrastructure.md', 'sync_is_infrastructure_2.md']);
	});

	it('makes a post the checker reads as a post, even from a title in another script', async () => {
		const dir = tempDir();
		expect((await runCli(['new', '每个笔记都会坏', '--dir', '.'], dir)).stdout).toBe('created 每个笔记都会坏.md\n');
		const report = JSON.parse((await runCli(['check', '.', '--format', 'json'], dir)).stdout) as JsonReport;
		expect(report.files.map((f) => f.path)).toEqual(['每个笔记都会坏.md']);
		const ids = report.files[0]?.findings.map((f) => f.ruleId) ?? [];
		expect(ids).not.toContain('field-type');
		expect(ids).not.toContain('name-matches-file');
	});

	it('needs a title: exit 2 and one line on stderr', async () => {
		const { code, stderr } = await runCli(['new'], tempDir());
		expect(code).toBe(2);
		expect(stderr).toMatch(/^postwright: new needs a title[^\n]*\n$/);
	});
});
