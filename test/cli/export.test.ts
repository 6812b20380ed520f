import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportArgs } from '../../src/cli/export';
import { UsageError } from '../../src/cli/command';
import { runCli } from './hostile-vault';

/** `postwright export` (PRODUCT.md §6) on posts shaped like the reference post. */

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/postwright.cjs', import.meta.url));

describe('postwright export', () => {
	it('prints the FULL POST exactly as one would paste it', async () => {
		const { code, stdout, stderr } = await runCli(['export', 'export/infrastructure_bet.md'], FIXTURES);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('Most integration vendors sell you a feature.');
		// The text, then the newline a terminal needs.
		expect(lines.at(-2)).toBe('Still is.');
		expect(lines.at(-1)).toBe('');
		expect(stdout).not.toContain('---');
		expect(stdout).not.toMatch(/\n\n\n/);
		expect(stdout).toContain('They notice the day it stops — usually at the worst moment.');
	});

	it('the built command prints the same, for a user running npx postwright', async () => {
		if (!existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)))) return expect.fail('dist/cli.cjs missing: npm test builds it first');
		const built = execFileSync(process.execPath, [BIN, 'export', 'export/infrastructure_bet.md'], { cwd: FIXTURES, encoding: 'utf8' });
		const { stdout } = await runCli(['export', 'export/infrastructure_bet.md'], FIXTURES);
		expect(built).toBe(stdout);
	});

	it('exports a post with Markdown clean, every URL kept; json gives the platform\'s parts with their length', async () => {
		const { code, stdout } = await runCli(['export', 'export/markdown_heavy.md', '--format', 'json', '--bold', 'unicode'], FIXTURES);
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as { platform: string; hook: string; parts: Array<{ text: string; length: number }> };
		expect(report.platform).toBe('linkedin');
		expect(report.hook).toBe('A');
		expect(report.parts).toHaveLength(1);
		const text = report.parts[0]!.text;
		// Only the fenced code keeps its characters, verbatim.
		expect(text).toContain('keep_this_code_as_is **really**');
		expect(text.replace('keep_this_code_as_is **really**', '')).not.toMatch(/\*\*|\]\(|\[\[|^>|^#|`/m);
		for (const url of ['https://example.com/guide?a=1&b=(2)', 'https://example.com/faq', 'https://example.com/plain']) expect(text).toContain(url);
		expect(text.startsWith('\u{1D5D5}')).toBe(true);
		expect(report.parts[0]!.length).toBeGreaterThan(300);
	});

	it('prints another hook\'s version with --hook', async () => {
		const { code, stdout } = await runCli(['export', 'export/infrastructure_bet.md', '--hook', 'B'], FIXTURES);
		expect(code).toBe(0);
		expect(stdout.startsWith('I tried every integration tool before we started.\n\nThey all answered the wrong question.\n\nA feature ships')).toBe(true);
	});

	it('says what is wrong: usage problems exit 2, a note with nothing to export exits 1', async () => {
		expect(await runCli(['export'], FIXTURES)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('export needs the post') });
		expect(await runCli(['export', 'export/infrastructure_bet.md', '--bold', 'heavy'], FIXTURES)).toMatchObject({ code: 2, stderr: expect.stringContaining('--bold must be plain or unicode') });
		expect(await runCli(['export', 'export/nope.md'], FIXTURES)).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read (ENOENT)') });
		expect(await runCli(['export', 'export/infrastructure_bet.md', '--hook', 'Q'], FIXTURES)).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('no Hook Q') });
		expect(await runCli(['export', 'README.md'], FIXTURES)).toMatchObject({ code: 1, stderr: expect.stringContaining('no FULL POST section') });
		expect(await runCli(['export', 'x.md', '--platform', 'myspace'], FIXTURES)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown platform myspace') });
		expect(await runCli(['export', '--help'], FIXTURES)).toMatchObject({ code: 0, stdout: expect.stringContaining('--bold plain|unicode') });
		expect(await runCli(['export', 'a.md', '--colour'], FIXTURES)).toMatchObject({ code: 2, stderr: expect.stringContaining('colour') });
	});

	it('checks its options', () => {
		expect(exportArgs({ values: { bold: 'unicode', format: 'json', hook: 'b' }, positionals: ['a.md'] })).toEqual({ file: 'a.md', platform: 'linkedin', format: 'json', bold: 'unicode', hook: 'b', numbered: false });
		expect(() => exportArgs({ values: {}, positionals: ['a.md', 'b.md'] })).toThrow(new UsageError('export takes one post at a time'));
		expect(() => exportArgs({ values: { hook: 'AB' }, positionals: ['a.md'] })).toThrow(/--hook needs a hook's letter/);
	});
});
