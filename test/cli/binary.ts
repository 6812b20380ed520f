import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { stripMarkers } from '../helpers';

/**
 * The built checker (`bin/postwright.cjs` → `dist/cli.cjs`, built by `npm test`)
 * run as a user runs it, on temporary vaults holding `.obsidian/`.
 */

export const BIN = fileURLToPath(new URL('../../bin/postwright.cjs', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface BinaryRun {
	code: number;
	stdout: string;
	stderr: string;
}

export function runBinary(argv: readonly string[], cwd: string, env: Record<string, string> = {}): BinaryRun {
	const result = spawnSync(process.execPath, [BIN, ...argv], {
		cwd, encoding: 'utf8', maxBuffer: 1 << 28,
		// A fixed clock is not possible across a process boundary; fixtures use dates far from today.
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
	});
	if (result.error) throw result.error;
	return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'postwright-bin-'): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	temporary.push(dir);
	return dir;
}

/**
 * A temporary Obsidian vault: `.obsidian/`, the fixture posts under `posts/`
 * (their `<!-- expect -->` markers cut out, as the fixture test does), the
 * notes they link to under `notes/`, plus any extra files given.
 */
export function tempVault(files: Record<string, string> = {}, options: { fixtures?: boolean } = {}): string {
	const vault = tempDir('postwright-vault-');
	mkdirSync(path.join(vault, '.obsidian'));
	writeFileSync(path.join(vault, '.obsidian', 'app.json'), '{}\n');
	if (options.fixtures !== false) {
		mkdirSync(path.join(vault, 'posts'));
		for (const name of readdirSync(path.join(FIXTURES, 'posts'))) {
			writeFileSync(path.join(vault, 'posts', name), stripMarkers(readFileSync(path.join(FIXTURES, 'posts', name), 'utf8')).text);
		}
		cpSync(path.join(FIXTURES, 'notes'), path.join(vault, 'notes'), { recursive: true });
	}
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(vault, name)), { recursive: true });
		writeFileSync(path.join(vault, name), content);
	}
	return vault;
}

/** stderr as lines, without the trailing empty one. */
export function lines(text: string): string[] {
	return text.split('\n').filter((line) => line !== '');
}
