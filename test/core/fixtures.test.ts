import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { PathResolver } from '../../src/core/links/path-resolver';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { RULES } from '../../src/core/rules';
import { stripMarkers } from '../helpers';

/**
 * The fixture posts carry their expected findings as `<!-- expect: rule-id -->`
 * on the offending line. Markers are cut out (lines stay where they are), the
 * note is checked, and the findings' lines and rule ids must match exactly.
 */
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

function listMd(dir: string, prefix = ''): string[] {
	return readdirSync(dir + prefix, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return entry.name === 'hostile' ? [] : listMd(dir, `${prefix}${entry.name}/`);
		return entry.name.endsWith('.md') && entry.name !== 'README.md' ? [`${prefix}${entry.name}`] : [];
	});
}

const vaultFiles = listMd(root);
const resolver = new PathResolver(vaultFiles);
const posts = vaultFiles.filter((file) => file.startsWith('posts/'));

describe('fixture posts', () => {
	it('are there to check', () => {
		expect(posts.length).toBeGreaterThanOrEqual(8);
	});
	it.each(posts)('%s reports exactly its marked findings', (file) => {
		const { text, expected } = stripMarkers(readFileSync(root + file, 'utf8'));
		const analysis = analyze(text, { path: file, parseYaml: parseYamlWithGrayMatter, today: '2026-03-01', resolver });
		// A note node-type-unknown reports on is, by definition, not checked as a post.
		expect(analysis.profile?.id ?? 'no profile').toBe(expected.some((entry) => entry.endsWith(' node-type-unknown')) ? 'no profile' : 'linkedin-post');
		const actual = analysis.findings.map((f) => `${f.line} ${f.ruleId}`).sort();
		expect(actual).toEqual(expected);
	});
});

describe('fixture coverage', () => {
	it('marks every rule of the catalogue in at least one fixture', () => {
		const marked = new Set(posts.flatMap((file) => stripMarkers(readFileSync(root + file, 'utf8')).expected.map((entry) => entry.split(' ')[1])));
		const unmarked = RULES.map((rule) => rule.id).filter((id) => !marked.has(id));
		expect(unmarked).toEqual([]);
	});
});
