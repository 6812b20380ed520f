import { examplePost } from './example-post';
import { isValidDate } from './field-type';
import { fieldRange, roleValue, setValueFix } from './helpers';
import type { Rule } from './rule';

export const lastUpdatedFuture: Rule = {
	id: 'last-updated-future',
	description: 'The last-updated field (role `last-updated`; `last_updated` in linkedin-post) is a date after today.',
	severity: 'warning',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'a past date (today is 2026-03-01)', text: examplePost(), shows: ['last_updated:'] }],
		bad: [{ title: 'a future date (today is 2026-03-01)', text: examplePost({ fields: { last_updated: 'last_updated: 2026-12-24' } }), findings: [{ line: 7, column: 15 }], fixed: examplePost({ fields: { last_updated: 'last_updated: 2026-03-01' } }) }],
	},
	check(context) {
		const field = roleValue(context, 'last-updated');
		if (!field) return [];
		const { key, value: date } = field;
		// Both are YYYY-MM-DD, so string order is date order; other formats are field-type's.
		// An impossible date (2026-13-45) is field-type's to report, not a future one.
		if (!isValidDate(date) || date <= context.today) return [];
		return [{
			message: `\`${key}\` is ${date}, after today (${context.today}); expected a date that has happened.`,
			...fieldRange(context, key),
			fix: setValueFix(context, key, context.today, `Set to today (${context.today})`),
		}];
	},
};
