// Run by `npm version <patch|minor|major>` (the "version" script): copies the
// new package.json version into manifest.json, and records in versions.json
// which minimum Obsidian version that release needs, as the community
// directory reads it. Both files are then staged into npm's version commit.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
	console.error(`version-bump: "${version}" is not x.y.z; Obsidian expects plain semantic versions.`);
	process.exit(1);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, '\t')}\n`);

const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', `${JSON.stringify(versions, null, '\t')}\n`);

console.log(`manifest.json and versions.json now at ${version} (minAppVersion ${manifest.minAppVersion}).`);
