import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../../src/core/rules';
import { examplePost } from '../../src/core/rules/example-post';
import { check } from '../helpers';

/** A rule with a bug must not take the others down with it (sidebar and CLI share analyze). */
describe('a rule that throws', () => {
	it('becomes a rule-failed finding naming it and the error, and every other rule still runs', () => {
		const text = examplePost({ fields: { status: 'status: done' } });
		const healthy = check(text).findings;
		const broken: Rule = { ...RULES.find((rule) => rule.id === 'hook-fold')!, check: () => { throw new TypeError('Cannot read properties of undefined (reading \'mobile\')'); } };
		const rules = RULES.map((rule) => (rule.id === 'hook-fold' ? broken : rule));
		const findings = check(text, { rules }).findings;
		const failed = findings.filter((f) => f.ruleId === 'rule-failed');
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatchObject({ severity: 'error', tag: broken.tag, line: 1, column: 1 });
		expect(failed[0]!.message).toContain('`hook-fold`');
		expect(failed[0]!.message).toContain('reading \'mobile\'');
		expect(findings.filter((f) => f.ruleId !== 'rule-failed')).toEqual(healthy.filter((f) => f.ruleId !== 'hook-fold'));
		expect(healthy.some((f) => f.ruleId === 'field-enum')).toBe(true);
	});
});
