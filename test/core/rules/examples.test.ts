import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules';
import { check } from '../../helpers';

/**
 * One generic test for every rule's own examples: a good example gets no
 * finding of its rule, a bad one at least one, and every finding points inside
 * the note. The rules page of the docs is built from the same examples.
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
		it(`reports: ${example.title}`, () => {
			const analysis = check(example.text);
			const findings = analysis.findings.filter((f) => f.ruleId === rule.id);
			expect(findings.length).toBeGreaterThan(0);
			const lines = example.text.split('\n').length;
			for (const finding of findings) {
				expect(finding.line).toBeGreaterThanOrEqual(1);
				expect(finding.line).toBeLessThanOrEqual(lines);
				expect(finding.message).toMatch(/expected|allows|but/);
			}
		});
	}
});

describe('the clean example post', () => {
	it('has no finding at all', () => {
		const analysis = check(RULES[0]!.examples.good[0]!.text);
		expect(analysis.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
	});
});
