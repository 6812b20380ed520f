import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** What the community directory checks before it lists a plugin, and the bump that keeps the files in step. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (name: string, dir = root) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
const manifest = readJson('manifest.json');
const pkg = readJson('package.json');
const versions = readJson('versions.json');

describe('manifest.json', () => {
	it('has an id without "obsidian" and a name to match', () => {
		expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
		expect(String(manifest.id)).not.toMatch(/obsidian/i);
		expect(manifest.name).toBe('Postwright');
	});
	it('describes the plugin in at most 250 characters, ending with a period', () => {
		const description = String(manifest.description);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description.endsWith('.')).toBe(true);
		expect(description).not.toMatch(/obsidian/i);
	});
	it('runs on mobile too', () => {
		expect(manifest.isDesktopOnly).toBe(false);
	});
	it('has the package version, and versions.json maps it to the minimum app version', () => {
		expect(manifest.version).toBe(pkg.version);
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
		expect(String(manifest.minAppVersion)).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe('npm version', () => {
	const dir = mkdtempSync(join(tmpdir(), 'postwright-bump-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('carries the new version into manifest.json and versions.json, keeping the old entries', () => {
		for (const name of ['manifest.json', 'versions.json', 'package.json']) copyFileSync(join(root, name), join(dir, name));
		execFileSync(process.execPath, [join(root, 'scripts/version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '9.8.7' }, stdio: 'pipe' });
		const bumped = readJson('manifest.json', dir);
		const bumpedVersions = readJson('versions.json', dir);
		expect(bumped.version).toBe('9.8.7');
		expect(bumped.minAppVersion).toBe(manifest.minAppVersion);
		expect(bumpedVersions['9.8.7']).toBe(manifest.minAppVersion);
		for (const [version, app] of Object.entries(versions)) expect(bumpedVersions[version]).toBe(app);
	});
	it('refuses a version Obsidian cannot read', () => {
		expect(() => execFileSync(process.execPath, [join(root, 'scripts/version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '1.0.0-beta.1' }, stdio: 'pipe' })).toThrow(/not x\.y\.z/);
	});
});
