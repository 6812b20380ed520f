import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { PathResolver } from '../../../src/core/links/path-resolver';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
// The Obsidian stand-in gives happy-dom's nodes Obsidian's createEl, which the views build with.
import '../obsidian-stub';

/**
 * Fixture posts as the sidebar sees them: read from test/fixtures/posts with
 * their `<!-- expect: … -->` markers cut out (lines kept), analysed against
 * the fixtures folder as the vault.
 */
// Paths, not URLs: under happy-dom `URL` is the DOM's, which fileURLToPath refuses.
const root = join(import.meta.dirname, '../../fixtures/');
const MARKER = / ?<!-- expect: [^>]*? -->/g;

const vaultFiles = ['posts', 'notes'].flatMap((dir) => readdirSync(root + dir).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`));
export const fixtureResolver = new PathResolver(vaultFiles);
export const TODAY = '2026-03-01';

export function postText(name: string): string {
	return readFileSync(`${root}posts/${name}.md`, 'utf8').replace(MARKER, '');
}

export function analyzePost(text: string, name = 'post'): Analysis {
	return analyze(text, { path: `posts/${name}.md`, parseYaml: parseYamlWithGrayMatter, today: TODAY, resolver: fixtureResolver });
}

export function fixtureAnalysis(name: string): { text: string; analysis: Analysis } {
	const text = postText(name);
	return { text, analysis: analyzePost(text, name) };
}
