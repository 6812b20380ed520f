import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { examplePost } from '../../src/core/rules/example-post';
import type { Finding, YamlParser } from '../../src/core/types';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { exampleResolver } from '../helpers';
import { generatedHostileFiles } from '../fixtures/hostile/generated';
import { HOSTILE_DIR, HOSTILE_NOTES } from '../cli/hostile-vault';

/**
 * The CLI parses YAML with gray-matter's engine (js-yaml 3, src/cli/yaml.ts);
 * the plugin with Obsidian's `parseYaml`, which is js-yaml 4's `load`. A note
 * must get the same findings from both, or the sidebar and the CI would
 * disagree. Where the two YAML libraries themselves differ, the difference is
 * listed below and asserted to still exist, so the list cannot go stale.
 */

/** Hostile notes on which js-yaml 3 and js-yaml 4 give a different YAML verdict; nothing else may differ. */
const YAML_LIBRARY_DIFFERENCES: Record<string, string> = {
	'deep_block_nesting.md': 'js-yaml 4 stops at 100 levels, js-yaml 3 reads them',
};

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 200;
const parseYamlLikeObsidian: YamlParser = (source) => load(source);

function findingsWith(parseYaml: YamlParser, text: string, notePath = 'posts/example_post.md'): Finding[] {
	return analyze(text, { path: notePath, parseYaml, today: '2026-03-01', resolver: exampleResolver, profileId: undefined }).findings;
}

/** Where YAML does not parse, each library words its error and places it its own way; the verdict must agree. */
function comparable(findings: Finding[]): unknown[] {
	return findings.map((finding) => finding.ruleId === 'frontmatter-yaml' ? { ruleId: finding.ruleId, severity: finding.severity } : finding);
}

function expectAgreement(text: string, notePath?: string): void {
	expect(comparable(findingsWith(parseYamlWithGrayMatter, text, notePath))).toEqual(comparable(findingsWith(parseYamlLikeObsidian, text, notePath)));
}

/** Frontmatter values both parsers could read differently: dates, numbers, nulls, quoting, anchors, tags. */
const VALUES = [
	'2026-02-22', '2026-2-22', '2026-02-30', '2026-02-22T10:00:00Z', '2026-02-22 10:00:00 +05:00', '"2026-02-22"', "'2026-02-22'",
	'12', '0x1F', '1e3', '.inf', '-.nan', '~', 'null', 'Null', 'true', 'yes', 'no', 'on', 'off', 'y', '', '""',
	'[[async_work]]', '"[[async_work]]"', '[a, b]', '{ a: 1 }', '&x value', '*x', '!!str 12', '!!int "7"', '!!binary aGk=',
	'|\n  text', '>\n  folded', 'a: b', '"unterminated', 'linkedin-post', 'published', 'example_post', 'https://example.com',
	'http://example.com', '#comment', 'value # comment', '- item', '\t', '=', '<<: { a: 1 }',
];
const KEYS = ['name', 'description', 'domain', 'status', 'last_updated', 'published_date', 'tags', 'topics', 'related_concepts', 'link', 'image', 'extra'];

const generatedPost = fc
	.array(fc.record({ key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES), list: fc.boolean() }), { maxLength: 8 })
	.map((fields) => {
		const overrides: Record<string, string> = {};
		for (const { key, value, list } of fields) overrides[key] = list ? `${key}:\n  - ${value.replace(/\n/g, '\n    ')}` : `${key}: ${value}`;
		return examplePost({ fields: overrides });
	});

describe('gray-matter and parseYaml give the same findings', () => {
	it('on generated posts', () => {
		fc.assert(fc.property(generatedPost, (text) => expectAgreement(text)), { numRuns: RUNS });
	}, RUNS > 200 ? RUNS * 20 : 30_000);

	it.each(HOSTILE_NOTES.filter((name) => !YAML_LIBRARY_DIFFERENCES[name]))('on hostile note %s', (name) => {
		expectAgreement(readFileSync(path.join(HOSTILE_DIR, name), 'utf8'), name);
	});

	it.each(Object.entries(YAML_LIBRARY_DIFFERENCES))('differs, as listed, on %s (%s)', (name) => {
		const text = readFileSync(path.join(HOSTILE_DIR, name), 'utf8');
		const cli = findingsWith(parseYamlWithGrayMatter, text, name);
		const plugin = findingsWith(parseYamlLikeObsidian, text, name);
		expect(comparable(cli)).not.toEqual(comparable(plugin));
		expect(plugin.some((finding) => finding.ruleId === 'frontmatter-yaml')).toBe(true);
	});

	// The 10 MB note's frontmatter is ordinary; its size is the CLI test's business.
	it.each(Object.entries(generatedHostileFiles()).filter(([name, content]) => typeof content === 'string' && name !== 'huge_10mb.md'))('on generated hostile note %s', (name, content) => {
		expectAgreement(content as string, name);
	}, 60_000);
});

describe('values the two YAML libraries read differently (YAML 1.1 leftovers in js-yaml 3)', () => {
	it.each([
		['description: 12:30', 'description', '12:30', 750],
		['name: 0o17', 'name', 15, '0o17'],
		['domain: 1_000', 'domain', '1_000', 1000],
		['name: 0012', 'name', 12, 10],
	])('%s', (yaml, key, obsidian, cli) => {
		expect((parseYamlLikeObsidian(yaml) as Record<string, unknown>)[key]).toBe(obsidian);
		expect((parseYamlWithGrayMatter(yaml) as Record<string, unknown>)[key]).toBe(cli);
	});
});
