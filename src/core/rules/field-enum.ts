import { examplePost } from './example-post';
import { describeValue, fieldRange, isEmptyValue, setValueFix } from './helpers';
import type { Rule, RuleReport } from './rule';

export const fieldEnum: Rule = {
	id: 'field-enum',
	description: 'A frontmatter field holds a value outside its allowed set, such as a `status` that is not idea, draft, review, scheduled or published.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'a known status', text: examplePost(), shows: ['status: draft'] }],
		bad: [
			{ title: 'an unknown status', text: examplePost({ fields: { status: 'status: done' } }), findings: [{ line: 6, column: 9 }] },
			{ title: 'a status in the wrong case', text: examplePost({ fields: { status: 'status: Draft' } }), findings: [{ line: 6, column: 9 }], fixed: examplePost() },
		],
	},
	check(context) {
		if (context.post.frontmatter.state !== 'ok') return [];
		const reports: RuleReport[] = [];
		for (const field of context.fields) {
			if (field.type !== 'enum' || !field.values) continue;
			const value = context.data[field.key];
			if (isEmptyValue(value) || (typeof value === 'string' && field.values.includes(value))) continue;
			const close = typeof value === 'string' ? field.values.find((allowed) => allowed.toLowerCase() === value.trim().toLowerCase()) : undefined;
			reports.push({
				message: `\`${field.key}\` is ${describeValue(value)}; expected one of ${field.values.join(', ')}.`,
				...fieldRange(context, field.key),
				fix: close ? setValueFix(context, field.key, close, `Change to ${close}`) : undefined,
			});
		}
		return reports;
	},
};
