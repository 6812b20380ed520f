import { examplePost } from './example-post';
import { isValidDate } from './field-type';
import { fieldRange, setValueFix, stringValue } from './helpers';
import type { Rule } from './rule';

export const lastUpdatedFuture: Rule = {
	id: 'last-updated-future',
	description: '`last_updated` is a date after today.',
	severity: 'warning',
	group: 'frontmatter',
	examples: {
		good: [{ title: 'a past date (today is 2026-03-01)', text: examplePost(), excerpt: 'last_updated: 2026-02-20' }],
		bad: [{ title: 'a future date (today is 2026-03-01)', text: examplePost({ fields: { last_updated: 'last_updated: 2026-12-24' } }), excerpt: 'last_updated: 2026-12-24' }],
	},
	check(context) {
		const date = stringValue(context, 'last_updated');
		// Both are YYYY-MM-DD, so string order is date order; other formats are field-type's.
		// An impossible date (2026-13-45) is field-type's to report, not a future one.
		if (!date || !isValidDate(date) || date <= context.today) return [];
		return [{
			message: `\`last_updated\` is ${date}, after today (${context.today}); expected a date that has happened.`,
			...fieldRange(context, 'last_updated'),
			fix: setValueFix(context, 'last_updated', context.today, `Set to today (${context.today})`),
		}];
	},
};
