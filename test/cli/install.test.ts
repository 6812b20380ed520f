import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lines, tempDir, tempVault } from './binary';

/**
 * Installing the checker without a registry, as README's "Install anywhere"
 * says: the package as npm packs it (what a git dependency or an install from
 * a clone gets: `prepare` builds dist/cli.cjs, `files` ships it), installed
 * globally into a temporary prefix, run from a vault elsewhere. And `npm
 * install` on a fresh clone leaves package-lock.json as committed.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npm = (args: string[], cwd: string): string => execFileSync(NPM, [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe.skipIf(process.platform === 'win32')('install anywhere', () => {
	it('the packed package installs with no registry and no dependencies, and checks a vault from its own folder', () => {
		const work = tempDir('postwright-install-');
		// dist/cli.cjs is built by `npm test`; `prepare` would rebuild it under the other tests' feet.
		const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', work], ROOT).trim().split('\n').at(-1)!;
		const listed = spawnSync('tar', ['-tzf', path.join(work, tarball)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
		expect(listed).toEqual(['package/LICENSE', 'package/README.md', 'package/bin/postwright.cjs', 'package/dist/cli.cjs', 'package/dist/read-worker.cjs', 'package/package.json']);
		const prefix = path.join(work, 'prefix');
		// --offline: the package has no runtime dependency to fetch (gray-matter and the segmenter are bundled).
		npm(['install', '--global', '--offline', '--prefix', prefix, path.join(work, tarball)], work);
		const bin = path.join(prefix, 'bin', 'postwright');
		expect(existsSync(bin)).toBe(true);

		const vault = tempVault();
		const result = spawnSync(bin, ['check', 'posts/link_problems.md'], { cwd: path.join(vault), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(1);
		// The same report as the checker in this tree, and the vault root found from .obsidian/: notes/ resolves.
		expect(lines(result.stdout)).toEqual(lines(spawnSync(process.execPath, [path.join(ROOT, 'bin', 'postwright.cjs'), 'check', 'posts/link_problems.md'], { cwd: vault, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout));
		expect(lines(result.stdout)).toContain('posts/link_problems.md:15:5 error   related-concepts-link `[[launch_checklist]]` is unquoted, so YAML reads it as a nested list; expected a quoted string "[[launch_checklist]]".');
		expect(result.stdout).not.toContain('resolves to no note in the vault; expected the name of an existing note.\nposts/link_problems.md:16');
	}, 60_000);

	it('npm install on a fresh clone leaves package-lock.json unchanged', () => {
		const clone = tempDir('postwright-lock-');
		for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(ROOT, file), path.join(clone, file));
		npm(['install', '--package-lock-only', '--ignore-scripts', '--offline'], clone);
		expect(readFileSync(path.join(clone, 'package-lock.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
	}, 60_000);

	it('package.json: prepare builds the CLI, so a git dependency or a clone has a working binary', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string>; dependencies?: Record<string, string> };
		expect(pkg.scripts.prepare).toBe('node esbuild.config.mjs production --cli-only');
		expect(pkg.bin).toEqual({ postwright: 'bin/postwright.cjs' });
		expect(pkg.dependencies ?? {}).toEqual({});
	});
});
