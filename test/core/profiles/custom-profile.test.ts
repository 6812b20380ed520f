import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { loadConfig } from '../../../src/cli/config-file';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
import { configProblems, sanitiseConfig } from '../../../src/core/config-sanitise';
import type { CheckConfig } from '../../../src/core/config';
import { PathResolver } from '../../../src/core/links/path-resolver';
import { RULES } from '../../../src/core/rules';
import { EXAMPLE_PATH, EXAMPLE_TODAY } from '../../../src/core/rules/example-post';
import { exampleResolver, stripMarkers } from '../../helpers';

/**
 * PRODUCT.md §2's example profile, read from a real `.postwright.json` written
 * exactly as the spec prints it, gets every check `linkedin-post` gets.
 */
const ROOT = fileURLToPath(new URL('../../fixtures/newsletter/', import.meta.url));
const TODAY = '2026-03-01';

function files(dir: string): string[] {
	return readdirSync(ROOT + dir).map((name) => `${dir}/${name}`);
}
const resolver = new PathResolver([...files('issues'), ...files('sources')]);

function loaded(): CheckConfig {
	const { config, warnings } = loadConfig(ROOT, ROOT, null);
	expect(warnings).toEqual([]);
	return config;
}

function checkIssue(file: string, config: CheckConfig): { analysis: Analysis; expected: string[] } {
	const { text, expected } = stripMarkers(readFileSync(ROOT + file, 'utf8'));
	return { analysis: analyze(text, { path: file, parseYaml: parseYamlWithGrayMatter, today: TODAY, resolver, config }), expected };
}

describe('the §2 example profile from .postwright.json', () => {
	it('loads with no problem and takes defaults for what it leaves out', () => {
		const config = loaded();
		expect(configProblems(JSON.parse(readFileSync(`${ROOT}.postwright.json`, 'utf8')))).toEqual([]);
		const [profile] = config.profiles;
		expect(profile).toMatchObject({ id: 'newsletter-post', minHooks: 1, wordRange: [50, 600], wordsPerMinute: 238, hashtagLimit: 5 });
		expect(profile!.fields.map((f) => f.role ?? '-')).toEqual(['name', '-', 'status', 'last-updated', '-']);
		expect(profile!.gates[0]!.statuses).toEqual(['idea']);
	});

	it.each(files('issues'))('%s reports exactly its marked findings', (file) => {
		const { analysis, expected } = checkIssue(file, loaded());
		expect(analysis.profile?.id).toBe('newsletter-post');
		expect(analysis.findings.map((f) => `${f.line} ${f.ruleId}`).sort()).toEqual(expected);
	});

	it('names the custom keys in its messages', () => {
		const broken = checkIssue('issues/broken_issue.md', loaded()).analysis.findings;
		expect(broken.find((f) => f.ruleId === 'last-updated-future')?.message).toMatch(/^`updated` is 2026-09-30, after today/);
		expect(broken.find((f) => f.ruleId === 'related-concepts-unresolved')).toMatchObject({ message: expect.stringContaining('`[[planing_poker]]` in `sources`'), suggestions: ['planning_poker'] });
		const missing = checkIssue('issues/missing_sources.md', loaded()).analysis.findings;
		expect(missing.map((f) => f.message)).toEqual(['`sources` is missing; expected a list of quoted wikilinks, like - "[[note]]".']);
	});

	it('gates an idea: only its frontmatter and links are checked, and the analysis says what was left out', () => {
		const { analysis } = checkIssue('issues/idea_issue.md', loaded());
		expect(analysis.statusGate?.status).toBe('idea');
		expect(analysis.statusGate?.rulesLeftOut).toEqual(expect.arrayContaining(['section-missing', 'last-updated-future', 'post-length', 'legos-incomplete']));
		expect(analysis.statusGate?.rulesLeftOut).not.toContain('related-concepts-unresolved');
	});

	it('gives the same profile from the plugin settings\' JSON as from the file', () => {
		const fromFile = loaded();
		const fromSettings = sanitiseConfig(JSON.parse(readFileSync(`${ROOT}.postwright.json`, 'utf8')));
		expect(fromSettings.profiles).toEqual(fromFile.profiles);
	});
});

/**
 * Every rule's own bad examples are linkedin-post notes. Rewritten as
 * newsletter-post notes (the keys renamed by role and type, every line where
 * it was), each must get the same findings of its rule on the same lines,
 * except where the two profiles differ on purpose, listed here with why.
 */
const DIFFERENT_ON_PURPOSE: Record<string, string> = {
	'field-required: no description': 'newsletter-post has no description field',
	'field-required: empty tags': 'newsletter-post has no tags field',
	'field-type: a tag with a hash': 'newsletter-post has no tags field',
	'field-type: a plain-http link': 'newsletter-post has no link field',
	'status-requirements: published without a link (a warning)': 'newsletter-post has no link field',
	'status-requirements: scheduled without a date': 'newsletter-post has no scheduled status (field-enum reports it) and no published date',
	'status-requirements: published in the future (today is 2026-03-01)': 'newsletter-post has no published-date field',
	'status-requirements: scheduled in the past (today is 2026-03-01)': 'newsletter-post has no scheduled status and no published-date field',
	'section-missing: a single hook': 'newsletter-post asks for one hook at least',
	'legos-incomplete: an empty choice': 'the emptied row (Hook Type) is not a newsletter-post lego',
	'legos-incomplete: a missing row': 'the dropped row (Key Visuals) is not a newsletter-post lego',
	'post-length: too long: 486 words': 'newsletter-post allows up to 600 words',
};

function asNewsletter(text: string): string {
	return text
		.replace(/^node_type: linkedin-post$/m, 'node_type: newsletter-post')
		.replace(/^last_updated:/m, 'updated:')
		.replace(/^related_concepts:/m, 'sources:');
}

describe('every rule against newsletter-post as against linkedin-post', () => {
	const config = sanitiseConfig(JSON.parse(readFileSync(`${ROOT}.postwright.json`, 'utf8')));
	const run = (text: string, options: { config?: CheckConfig } = {}): Analysis =>
		analyze(text, { path: EXAMPLE_PATH, parseYaml: parseYamlWithGrayMatter, today: EXAMPLE_TODAY, resolver: exampleResolver, ...options });

	it('the clean example is clean as a newsletter too', () => {
		const clean = asNewsletter(RULES[0]!.examples.good[0]!.text);
		const analysis = run(clean, { config });
		expect(analysis.profile?.id).toBe('newsletter-post');
		expect(analysis.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
	});

	const cases = RULES.flatMap((rule) => rule.examples.bad.map((example): [string, string, string] => [`${rule.id}: ${example.title}`, rule.id, example.text]));
	it('lists only differences of examples that exist', () => {
		const names = new Set(cases.map(([name]) => name));
		expect(Object.keys(DIFFERENT_ON_PURPOSE).filter((name) => !names.has(name))).toEqual([]);
	});
	it.each(cases)('%s', (name, ruleId, text) => {
		const lines = (analysis: Analysis) => analysis.findings.filter((f) => f.ruleId === ruleId).map((f) => f.line);
		const asLinkedIn = lines(run(text));
		const asNewsletterPost = lines(run(asNewsletter(text), { config }));
		expect(asLinkedIn.length).toBeGreaterThan(0);
		if (name in DIFFERENT_ON_PURPOSE) expect(asNewsletterPost).not.toEqual(asLinkedIn);
		else expect(asNewsletterPost).toEqual(asLinkedIn);
	});
});
