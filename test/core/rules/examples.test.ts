import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { PathResolver } from '../../../src/core/links/path-resolver';
import { EXAMPLE_VAULT } from '../../../src/core/rules/example-post';
import { RULES } from '../../../src/core/rules';
import type { TextEdit } from '../../../src/core/types';
import { check } from '../../helpers';

/**
 * Every rule's own examples pin its behaviour, as markdownlint and Obsidian
 * Linter pin theirs: a good example gets no finding of its rule; a bad one
 * gets exactly the findings it states (count, line, column); where a finding
 * has a fix, applying the fixes gives exactly the stated fixed text, and that
 * text, checked again, has no finding of the rule (or exactly `afterFix`). The
 * rules page of the docs is cut from the same examples.
 */
describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
	it('has examples of both kinds', () => {
		expect(rule.examples.good.length).toBeGreaterThan(0);
		expect(rule.examples.bad.length).toBeGreaterThan(0);
	});
	for (const example of rule.examples.good) {
		it(`passes: ${example.title}`, () => {
			const findings = check(example.text).findings.filter((f) => f.ruleId === rule.id);
			expect(findings.map((f) => f.message)).toEqual([]);
		});
	}
	for (const example of rule.examples.bad) {
		const findingsOf = (text: string, resolver?: PathResolver) => check(text, resolver ? { resolver } : {}).findings.filter((f) => f.ruleId === rule.id);
		it(`reports: ${example.title}`, () => {
			const findings = findingsOf(example.text);
			expect(findings.map((f) => ({ line: f.line, column: f.column }))).toEqual(example.findings);
			for (const finding of findings) expect(finding.message).toMatch(/expected|allows|but/);
		});
		it(`fixes: ${example.title}`, () => {
			const findings = findingsOf(example.text);
			const edits: TextEdit[] = findings.flatMap((f) => (f.fix?.kind === 'edit' ? f.fix.edits : []));
			const created = findings.flatMap((f) => (f.fix?.kind === 'create-note' ? [`${f.fix.linkpath}.md`] : []));
			if (edits.length === 0) {
				expect(example.fixed, 'no finding has an edit fix, so the example states no fixed text').toBeUndefined();
			} else {
				expect(example.fixed, 'a finding has a fix: state the fixed text').toBeDefined();
				expect(applyEdits(example.text, edits)).toBe(example.fixed);
			}
			if (edits.length === 0 && created.length === 0) return;
			const after = findingsOf(example.fixed ?? example.text, new PathResolver([...EXAMPLE_VAULT, ...created]));
			expect(after.map((f) => ({ line: f.line, column: f.column }))).toEqual(example.afterFix ?? []);
		});
	}
});

describe('the clean example post', () => {
	it('has no finding at all', () => {
		const analysis = check(RULES[0]!.examples.good[0]!.text);
		expect(analysis.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
	});
});
