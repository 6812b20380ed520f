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
 * disagree. Where the two YAML libraries themselves read a value differently,
 * the difference is listed below and asserted to still exist, so the list
 * cannot go stale.
 */

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

	it.each(HOSTILE_NOTES)('on hostile note %s', (name) => {
		expectAgreement(readFileSync(path.join(HOSTILE_DIR, name), 'utf8'), name);
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

describe('nesting: the CLI refuses what Obsidian refuses, at the same depth', () => {
	// js-yaml 4 (Obsidian) stops at 100 nested nodes; js-yaml 3 has no limit and
	// would run out of stack at a depth that depends on the thread.
	const block = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' end';
	const flow = (levels: number): string => `k: ${'['.repeat(levels)}x${']'.repeat(levels)}`;
	const verdict = (parse: YamlParser, yaml: string): string => {
		try {
			parse(yaml);
			return 'reads';
		} catch (error) {
			return /nesting exceeded maxDepth \(100\)/.test(String(error)) ? 'too deep' : `fails: ${String(error)}`;
		}
	};
	it.each([
		['block', block],
		['flow', flow],
	] as const)('%s nesting', (_kind, make) => {
		const boundary: string[] = [];
		for (const levels of [50, 98, 99, 100, 101, 5000]) {
			const yaml = make(levels);
			const obsidian = verdict(parseYamlLikeObsidian, yaml);
			expect(verdict(parseYamlWithGrayMatter, yaml), `${levels} levels`).toBe(obsidian);
			boundary.push(obsidian);
		}
		// Both sides of the limit are exercised.
		expect(boundary).toContain('reads');
		expect(boundary).toContain('too deep');
	});
});
