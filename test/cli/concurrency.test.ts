import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedHostileFiles } from '../fixtures/hostile/generated';
import { HOSTILE_DIR } from './hostile-vault';
import { FIXTURES, runBinary, tempVault, type BinaryRun } from './binary';

/**
 * `check --concurrency`: worker threads must change nothing but the time. The
 * built binary checks the same vaults on several threads and on one, and
 * every byte it prints, and its exit code, must agree. Node's own debug log
 * (NODE_DEBUG=worker) says how many workers really started, so a check that
 * quietly stayed in one thread cannot pass for a parallel one.
 */

function workersStarted(run: BinaryRun): number {
	return run.stderr.split('\n').filter((line) => /^WORKER .*: instantiating Worker\./.test(line)).length;
}

function withoutWorkerLog(run: BinaryRun): BinaryRun {
	// Node's debug log spans several lines per worker; our own messages all start with `postwright:`.
	return { ...run, stderr: run.stderr.split('\n').filter((line) => line.startsWith('postwright:')).join('\n') };
}

function check(vault: string, args: readonly string[]): BinaryRun {
	return withoutWorkerLog(runBinary(['check', '.', ...args], vault));
}

/** The fixture posts and their linked notes, the hostile corpus and binary junk: every kind of outcome. */
function mixedVault(): string {
	const vault = tempVault();
	cpSync(HOSTILE_DIR, path.join(vault, 'hostile'), { recursive: true, filter: (source) => !source.endsWith('.ts') });
	// Not the big stress notes: their speed is hostile.test.ts's business, and they would make each run here seconds long.
	const stress = new Set(['huge_10mb.md', 'regex_stress.md', 'one_long_line.md']);
	for (const [name, content] of Object.entries(generatedHostileFiles())) if (!stress.has(name)) writeFileSync(path.join(vault, 'hostile', name), content);
	return vault;
}

describe('check --concurrency', () => {
	it('reports the same, byte for byte, on worker threads as in one thread', () => {
		const vault = mixedVault();
		for (const format of ['text', 'json']) {
			const serial = check(vault, ['--format', format, '--concurrency', 'off']);
			const parallel = runBinary(['check', '.', '--format', format, '--concurrency', '3'], vault, { NODE_DEBUG: 'worker' });
			expect(workersStarted(parallel)).toBe(2);
			expect(withoutWorkerLog(parallel)).toEqual(serial);
			// Not an empty agreement: the vault has posts with findings, skipped files and problems.
			expect(serial.code).toBe(1);
			if (format === 'json') {
				const report = JSON.parse(serial.stdout) as { files: unknown[]; skipped: unknown[]; summary: { errors: number } };
				expect(report.files.length).toBeGreaterThan(20);
				expect(report.skipped.length).toBeGreaterThan(0);
				expect(report.summary.errors).toBeGreaterThan(0);
			}
		}
	}, 120_000);

	it('fixes the same files the same way on worker threads', () => {
		const serialVault = mixedVault();
		const parallelVault = mixedVault();
		const serial = check(serialVault, ['--fix', '--concurrency', 'off']);
		const parallel = check(parallelVault, ['--fix', '--concurrency', '2']);
		expect(parallel).toEqual(serial);
		expect(serial.stdout).toMatch(/^Fixed [1-9]\d* problems? in [1-9]\d* files?\./m);
		for (const folder of ['posts', 'hostile']) {
			for (const name of readdirSync(path.join(serialVault, folder)).filter((n) => n.endsWith('.md'))) {
				expect(readFileSync(path.join(parallelVault, folder, name), 'utf8'), name).toBe(readFileSync(path.join(serialVault, folder, name), 'utf8'));
			}
		}
	}, 120_000);

	it('keeps 420 notes in order across four threads, batch by batch', () => {
		const post = readFileSync(path.join(FIXTURES, 'posts', 'clean_launch_post.md'), 'utf8');
		const files: Record<string, string> = {};
		// Each copy differs (its name, a link), as the notes of a real vault do.
		for (let i = 0; i < 420; i++) files[`many/post_${i}.md`] = post.replace('name: clean_launch_post', `name: post_${i}`).replace(/\]\]/, i % 7 === 0 ? 'x]]' : ']]');
		const vault = tempVault(files);
		const parallel = runBinary(['check', 'many', '--concurrency', '4'], vault, { NODE_DEBUG: 'worker' });
		const serial = withoutWorkerLog(runBinary(['check', 'many', '--concurrency', 'off'], vault));
		expect(workersStarted(parallel)).toBe(3);
		expect(withoutWorkerLog(parallel)).toEqual(serial);
		// The copies with a broken link are reported: the agreement is about a real report.
		expect(serial.stdout).toContain('related-concepts-unresolved');
		// `auto` starts no worker for a vault this size, on any machine.
		expect(workersStarted(runBinary(['check', 'many'], vault, { NODE_DEBUG: 'worker' }))).toBe(0);
	}, 60_000);

	it('stays in one thread for a small vault', () => {
		const vault = tempVault();
		expect(workersStarted(runBinary(['check', '.'], vault, { NODE_DEBUG: 'worker' }))).toBe(0);
	});

	it.each(['0', '65', 'two', '1.5', ''])('refuses --concurrency %j with a usage error', (value) => {
		const run = runBinary(['check', '.', '--concurrency', value], tempVault());
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^postwright: --concurrency needs a number of threads from 1 to 64, auto or off/);
		expect(run.stdout).toBe('');
	});
});
