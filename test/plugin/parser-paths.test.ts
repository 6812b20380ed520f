import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { analyze } from '../../src/core/analyze';
import { PathResolver } from '../../src/core/links/path-resolver';
import { parsePost } from '../../src/core/parse/post';
import { getFrontMatterInfo, parseYaml } from './obsidian-stub';

/** Every .md note of the fixture folders and the example vault, with the folder it belongs to. */
const ROOTS = ['../fixtures', '../../examples/vault'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

function notes(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? notes(path) : name.endsWith('.md') ? [path] : [];
	});
}

const cases = ROOTS.flatMap((root) => {
	const files = notes(root);
	const resolver = new PathResolver(files.map((f) => relative(root, f).split('\\').join('/')));
	return files.map((file) => ({ name: relative(join(root, '..'), file), path: relative(root, file).split('\\').join('/'), text: readFileSync(file, 'utf8'), resolver }));
});

/**
 * Where the two paths legitimately differ, with why. Each entry is asserted to
 * still differ, so the list cannot silently go stale.
 */
const SPLIT_DIFFERENCES: Record<string, string> = {
	// The core skips a byte-order mark and treats a lone CR as a line break; the stand-in's getFrontMatterInfo
	// follows Obsidian's documentation, which says nothing of either.
	'fixtures/hostile/bom.md': 'byte-order mark',
	'fixtures/hostile/bom_crlf.md': 'byte-order mark',
	'fixtures/hostile/lone_cr_endings.md': 'lone CR line endings',
};
/** None today: the CLI refuses nesting past 100 levels as js-yaml 4 does (src/cli/yaml.ts). */
const PARSER_DIFFERENCES: Record<string, string> = {};

describe('the plugin path and the CLI path agree', () => {
	it('finds notes to compare', () => {
		expect(cases.length).toBeGreaterThanOrEqual(15);
	});

	it.each(cases)('$name: the core splits the frontmatter where getFrontMatterInfo does', ({ name, text }) => {
		if (SPLIT_DIFFERENCES[name]) {
			expect(getFrontMatterInfo(text).exists).toBe(false);
			expect(parsePost(text, parseYaml).frontmatter.state).not.toBe('absent');
			return;
		}
		const fm = parsePost(text, parseYaml).frontmatter;
		const info = getFrontMatterInfo(text);
		const read = fm.state === 'ok' || fm.state === 'invalid';
		expect(info.exists).toBe(read);
		if (read) {
			expect(text.slice(fm.yamlFrom, fm.yamlTo).replace(/\r\n?/g, '\n')).toBe(info.frontmatter.replace(/\r\n?/g, '\n'));
			expect(fm.to + (text.slice(fm.to).match(/^\r?\n/)?.[0].length ?? 0)).toBe(info.contentStart);
		}
	});

	it.each(cases)('$name: Obsidian-style parseYaml and gray-matter give the same findings', ({ name, path, text, resolver }) => {
		const options = { path, today: '2026-03-01', resolver };
		const plugin = analyze(text, { ...options, parseYaml });
		const cli = analyze(text, { ...options, parseYaml: parseYamlWithGrayMatter });
		// Both must call broken YAML broken; the wording and the exact position are each parser's own.
		const comparable = (findings: typeof plugin.findings): unknown[] => findings.map((f) => (f.ruleId === 'frontmatter-yaml' ? { ruleId: f.ruleId, severity: f.severity } : f));
		if (PARSER_DIFFERENCES[name]) {
			expect(comparable(plugin.findings)).not.toEqual(comparable(cli.findings));
			return;
		}
		expect(plugin.profile?.id).toBe(cli.profile?.id);
		expect(comparable(plugin.findings)).toEqual(comparable(cli.findings));
		expect(plugin.metrics).toEqual(cli.metrics);
	});
});
