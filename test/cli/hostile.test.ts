import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fix';
import { PathResolver } from '../../src/core/links/path-resolver';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { findingProblems } from '../fixtures/hostile/invariants';
import { HOSTILE_DIR, HOSTILE_NOTES, hostileVault, runCli, type JsonReport } from './hostile-vault';

/**
 * The hostile corpus (test/fixtures/hostile): every note gets findings or a
 * clean pass, never an exception, and the findings point inside the note.
 * Size and backtracking are handled by construction (see
 * test/fixtures/hostile/generated.ts); timings live in `npm run bench`.
 */

const resolver = new PathResolver(['control/control_concept.md', 'control/control_post.md', ...HOSTILE_NOTES]);
const analyse = (name: string, text: string) =>
	analyze(text, { path: name, parseYaml: parseYamlWithGrayMatter, today: '2026-03-01', resolver });

/**
 * What each note must get: the rule ids that must be among its findings, `null`
 * for "not a post" (no finding), or `'unchecked'` for a note shaped like a post
 * whose node_type names no profile: it is no post, and node-type-unknown says so.
 */
const EXPECTED: Record<string, string[] | null | 'unchecked'> = {
	'billion_laughs.md': ['field-type', 'related-concepts-link'],
	'bom.md': [],
	'bom_crlf.md': [],
	'combining_marks.md': ['full-post-hook'],
	'control_characters.md': ['full-post-hook'],
	'crlf_endings.md': ['related-concepts-link'],
	'deep_block_nesting.md': ['frontmatter-yaml'],
	'deep_flow_nesting.md': ['frontmatter-yaml'],
	'duplicate_keys.md': ['frontmatter-yaml'],
	'emoji_cjk_hooks.md': [],
	'empty.md': null,
	'empty_fields.md': ['field-required'],
	'empty_sections.md': ['section-missing', 'legos-incomplete'],
	'fence_coffee.md': ['frontmatter-yaml'],
	'fence_javascript.md': ['frontmatter-yaml'],
	'fence_js.md': ['frontmatter-yaml'],
	'fence_json.md': ['frontmatter-yaml'],
	'frontmatter_empty_block.md': 'unchecked',
	'frontmatter_list.md': ['frontmatter-yaml'],
	'frontmatter_scalar.md': 'unchecked',
	'invisible_characters.md': ['field-type', 'field-enum', 'name-matches-file'],
	'lone_cr_endings.md': [],
	'lone_surrogate.md': [],
	'malformed_wikilinks.md': ['related-concepts-link', 'related-concepts-unresolved'],
	'mixed_endings.md': [],
	'near_miss_types.md': ['field-enum', 'field-type', 'related-concepts-link'],
	'node_type_list.md': 'unchecked',
	'only_bom.md': null,
	'only_opening_fence.md': null,
	'only_whitespace.md': null,
	'prototype_keys.md': [],
	'rtl_hooks.md': [],
	'section_lookalikes.md': ['section-missing', 'hook-recommended', 'full-post-hook'],
	'semicolon_fence.md': ['frontmatter-missing'],
	'tab_indentation.md': ['frontmatter-yaml'],
	'unclosed_frontmatter.md': ['section-missing'],
	'unclosed_no_decoration.md': ['frontmatter-missing'],
	'unknown_profile.md': 'unchecked',
	'unquoted_wikilink_scalar.md': ['related-concepts-link'],
	'unquoted_wikilinks.md': ['related-concepts-link', 'related-concepts-unresolved'],
	'wrong_types.md': ['field-type', 'field-enum', 'related-concepts-link'],
	'yaml_exotic_tags.md': ['frontmatter-yaml'],
	'yaml_js_regexp.md': ['frontmatter-yaml'],
	'yaml_js_tags.md': ['frontmatter-yaml'],
	'yaml_js_undefined.md': ['frontmatter-yaml'],
};

describe('the committed hostile corpus', () => {
	it('has an expectation for every note and a note for every expectation', () => {
		expect(HOSTILE_NOTES).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(HOSTILE_NOTES)('%s: findings or a clean pass, all inside the note', (name) => {
		const text = readFileSync(path.join(HOSTILE_DIR, name), 'utf8');
		const analysis = analyse(name, text);
		const expected = EXPECTED[name];
		if (expected === null) {
			expect(analysis.profile).toBeNull();
			expect(analysis.findings).toEqual([]);
			return;
		}
		if (expected === 'unchecked') {
			expect(analysis.profile).toBeNull();
			expect(analysis.findings.map((f) => f.ruleId)).toEqual(['node-type-unknown']);
			expect(findingProblems(text, analysis.findings)).toEqual([]);
			return;
		}
		expect(analysis.profile?.id).toBe('linkedin-post');
		const ids = new Set(analysis.findings.map((f) => f.ruleId));
		for (const id of expected ?? []) expect(ids, `${name} should get ${id}`).toContain(id);
		expect(findingProblems(text, analysis.findings)).toEqual([]);
		// Plain data all the way down: the report and the sidebar serialise it.
		expect(() => JSON.stringify(analysis.findings)).not.toThrow();
		expect(analysis.metrics?.words).toBeGreaterThanOrEqual(0);
	});

	it('reads every line-ending style as the same post', () => {
		const words = ['bom.md', 'bom_crlf.md', 'crlf_endings.md', 'lone_cr_endings.md', 'mixed_endings.md'].map((name) => {
			const analysis = analyse(name, readFileSync(path.join(HOSTILE_DIR, name), 'utf8'));
			return [analysis.metrics?.words, analysis.metrics?.hooks.map((h) => h.name).join(), analysis.post.frontmatter.state];
		});
		for (const entry of words) expect(entry).toEqual(words[0]);
		expect(words[0]).toEqual([108, 'A,B', 'ok']);
	});

	it('keeps an impossible date as written instead of rolling it over', () => {
		const analysis = analyse('near_miss_types.md', readFileSync(path.join(HOSTILE_DIR, 'near_miss_types.md'), 'utf8'));
		expect(analysis.post.frontmatter.data?.last_updated).toBe('2026-13-45');
		expect(analysis.post.frontmatter.data?.published_date).toBe('2026-02-30');
		const messages = analysis.findings.filter((f) => f.ruleId === 'field-type').map((f) => f.message);
		expect(messages).toContain('`last_updated` is `2026-13-45`; expected a date written YYYY-MM-DD.');
		expect(analysis.findings.filter((f) => f.ruleId === 'last-updated-future')).toEqual([]);
	});

	it('quotes unquoted wikilinks with its fix, and the fixed note parses', () => {
		for (const name of ['unquoted_wikilinks.md', 'unquoted_wikilink_scalar.md', 'crlf_endings.md']) {
			const text = readFileSync(path.join(HOSTILE_DIR, name), 'utf8');
			const findings = analyse(name, text).findings.filter((f) => f.ruleId === 'related-concepts-link');
			expect(findings.length, name).toBeGreaterThan(0);
			const edits = findings.flatMap((f) => (f.fix?.kind === 'edit' ? f.fix.edits : []));
			expect(edits.length, name).toBe(findings.length);
			const fixed = applyEdits(text, edits);
			const after = analyse(name, fixed);
			expect(after.post.frontmatter.state).toBe('ok');
			expect(after.findings.filter((f) => f.ruleId === 'related-concepts-link')).toEqual([]);
			expect((after.post.frontmatter.data?.related_concepts as unknown[])[0]).toBe('[[control_concept]]');
		}
	});

	it('never lets a `__proto__` key reach an object prototype', () => {
		const analysis = analyse('prototype_keys.md', readFileSync(path.join(HOSTILE_DIR, 'prototype_keys.md'), 'utf8'));
		expect(analysis.post.frontmatter.state).toBe('ok');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
	});
});

describe('the CLI over a folder of hostile notes and a good post', () => {
	let vault = '';
	let report: JsonReport;
	let code = -1;
	let stderr = '';

	beforeAll(async () => {
		vault = hostileVault();
		const result = await runCli(['check', '.', '--format', 'json'], vault);
		code = result.code;
		stderr = result.stderr;
		report = JSON.parse(result.stdout) as JsonReport;
	}, 60_000);
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it('finishes with exit 1 (errors found), not 2: no note is an I/O problem', () => {
		expect({ code, stderr, problems: report.problems }).toEqual({ code: 1, stderr: '', problems: [] });
	});

	it('still reports the good post exactly as when it is checked alone', async () => {
		const alone = await runCli(['check', 'control', '--format', 'json', '--vault', '.'], vault);
		const control = (r: JsonReport) => r.files.find((f) => f.path.endsWith('control_post.md'));
		const expected = control(JSON.parse(alone.stdout) as JsonReport);
		expect(expected?.findings.map((f) => f.ruleId)).toEqual(['related-concepts-unresolved', 'full-post-hook', 'slop-em-dash', 'notes-stale', 'notes-stale']);
		expect(control(report)).toEqual(expected);
	});

	it('skips binary and non-UTF-8 files with a reason, and checks the rest', () => {
		expect(report.skipped.map((s) => s.path).sort()).toEqual(['binary_png.md', 'invalid_utf8.md']);
		expect(report.skipped.every((s) => /^skipped, /.test(s.reason))).toBe(true);
		const checked = report.files.map((f) => f.path);
		for (const name of ['huge_10mb.md', 'regex_stress.md', 'one_long_line.md', 'frontmatter_stress.md', 'latin1_tail.md']) expect(checked).toContain(name);
		const posts = Object.values(EXPECTED).filter((e) => Array.isArray(e)).length;
		// The committed posts, the good post, and the generated ones that are posts.
		expect(report.summary.posts).toBe(posts + 1 + 5);
		expect(report.summary.files).toBe(HOSTILE_NOTES.length + 2 + 7);
	});

	it('measures the 10 MB note instead of giving up on it', () => {
		const huge = report.files.find((f) => f.path === 'huge_10mb.md');
		expect(huge?.metrics?.words).toBeGreaterThan(1_500_000);
		expect(huge?.findings.some((f) => f.ruleId === 'slop-em-dash')).toBe(true);
	});
});
