import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOSTILE_DIR, runCli, type JsonReport } from './hostile-vault';

/**
 * The CLI on paths that are not what they seem: each gets one clear line on
 * stderr and exit 2 (an I/O problem), and every other note is still checked.
 */

// Root reads a chmod 000 file anyway, so the unreadable case cannot be staged there.
const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const HAS_MKFIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;

let vault = '';
beforeEach(() => {
	vault = mkdtempSync(path.join(tmpdir(), 'postwright-paths-'));
	mkdirSync(path.join(vault, 'posts'));
	cpSync(path.join(HOSTILE_DIR, 'control', 'control_post.md'), path.join(vault, 'posts', 'control_post.md'));
	cpSync(path.join(HOSTILE_DIR, 'control', 'control_concept.md'), path.join(vault, 'control_concept.md'));
});
afterEach(() => {
	chmodSync(vault, 0o755);
	rmSync(vault, { recursive: true, force: true });
});

async function check(...paths: string[]): Promise<{ code: number; report: JsonReport; stderrLines: string[] }> {
	const { code, stdout, stderr } = await runCli(['check', ...paths, '--format', 'json'], vault);
	return { code, report: JSON.parse(stdout) as JsonReport, stderrLines: stderr.split('\n').filter(Boolean) };
}

/** The good post is still checked: its own findings are all there. */
function expectControlChecked(report: JsonReport): void {
	const control = report.files.find((f) => f.path.endsWith('control_post.md'));
	expect(control?.findings.map((f) => f.ruleId)).toContain('slop-em-dash');
}

describe('bad paths', () => {
	it('a missing path: one line naming it, exit 2, the rest checked', async () => {
		const { code, report, stderrLines } = await check('nope.md', 'posts', 'gone');
		expect(code).toBe(2);
		expect(stderrLines).toEqual(['postwright: nope.md: no such file or folder', 'postwright: gone: no such file or folder']);
		expectControlChecked(report);
	});

	it.skipIf(RUNNING_AS_ROOT)('an unreadable file: one line, exit 2, the rest checked (skipped as root, who can read it anyway)', async () => {
		const locked = path.join(vault, 'posts', 'locked.md');
		writeFileSync(locked, '---\nnode_type: linkedin-post\n---\n');
		chmodSync(locked, 0o000);
		const { code, report, stderrLines } = await check('.');
		chmodSync(locked, 0o644);
		expect(code).toBe(2);
		expect(stderrLines).toEqual(['postwright: posts/locked.md: cannot read (EACCES)']);
		expectControlChecked(report);
	});

	it.skipIf(RUNNING_AS_ROOT)('an unreadable folder: one line, exit 2, the rest checked (skipped as root)', async () => {
		const locked = path.join(vault, 'locked');
		mkdirSync(locked);
		chmodSync(locked, 0o000);
		const { code, report, stderrLines } = await check('.');
		chmodSync(locked, 0o755);
		expect(code).toBe(2);
		expect(stderrLines).toEqual(['postwright: locked: cannot read folder (EACCES)']);
		expectControlChecked(report);
	});

	it('a symlink loop back to an ancestor: one line, exit 2, each note checked once', async () => {
		symlinkSync(vault, path.join(vault, 'posts', 'loop'), 'dir');
		const { code, report, stderrLines } = await check('.');
		expect(code).toBe(2);
		expect(stderrLines).toEqual(['postwright: posts/loop: skipped, a symlink loop back to .']);
		expect(report.files.map((f) => f.path)).toEqual(['posts/control_post.md']);
		expectControlChecked(report);
	});

	it('a link that points at itself, and a broken link: one line each, exit 2', async () => {
		symlinkSync('self.md', path.join(vault, 'self.md'));
		symlinkSync('nowhere.md', path.join(vault, 'dangling.md'));
		const { code, report, stderrLines } = await check('.');
		expect(code).toBe(2);
		expect(stderrLines).toEqual([
			'postwright: dangling.md: broken or looping symlink (ENOENT)',
			'postwright: self.md: broken or looping symlink (ELOOP)',
		]);
		expectControlChecked(report);
	});

	it('the same folder given twice, or reached through a link to a sibling, is checked once and is no problem', async () => {
		symlinkSync(path.join(vault, 'posts'), path.join(vault, 'alias'), 'dir');
		const { code, report, stderrLines } = await check('.', 'posts');
		expect(stderrLines).toEqual([]);
		expect(code).toBe(1);
		// Once, under whichever name the walk met first (`alias/` sorts before `posts/`).
		expect(report.files).toHaveLength(1);
		expect(report.files[0]?.path).toMatch(/^(alias|posts)\/control_post\.md$/);
	});

	it.skipIf(!HAS_MKFIFO)('a named pipe called x.md is never opened (reading it would wait forever)', async () => {
		expect(spawnSync('mkfifo', [path.join(vault, 'pipe.md')]).status).toBe(0);
		const walked = await check('.');
		expect(walked.stderrLines).toEqual([]);
		expect(walked.report.summary.files).toBe(2);
		const named = await check('pipe.md', 'posts');
		expect(named.code).toBe(2);
		expect(named.stderrLines).toEqual(['postwright: pipe.md: not a file or folder']);
		expectControlChecked(named.report);
	});

	it('a folder named x.md is a folder: the notes inside it are checked, even when it is named explicitly', async () => {
		mkdirSync(path.join(vault, 'x.md'));
		writeFileSync(path.join(vault, 'x.md', 'inside.md'), readFileSync(path.join(vault, 'posts', 'control_post.md'), 'utf8').replace('name: control_post', 'name: inside'));
		for (const input of ['.', 'x.md']) {
			const { code, report, stderrLines } = await check(input, '--vault', '.');
			expect(stderrLines, input).toEqual([]);
			expect(code, input).toBe(1);
			expect(report.files.map((f) => f.path), input).toContain('x.md/inside.md');
		}
	});
});
