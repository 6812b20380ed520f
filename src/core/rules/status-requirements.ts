import { examplePost } from './example-post';
import { fieldRange, isEmptyValue, stringValue } from './helpers';
import type { Rule, RuleReport } from './rule';

export const statusRequirements: Rule = {
	id: 'status-requirements',
	description: 'A `published` post needs `published_date` and `link`; a `scheduled` one needs its planned `published_date`.',
	severity: 'error',
	group: 'frontmatter',
	examples: {
		good: [{
			title: 'published with date and link',
			text: examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-02-21', link: 'link: https://www.linkedin.com/posts/example' } }),
			excerpt: 'status: published\npublished_date: 2026-02-21\nlink: https://www.linkedin.com/posts/example',
		}],
		bad: [
			{ title: 'published without a link', text: examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-02-21' } }), excerpt: 'status: published\npublished_date: 2026-02-21\nlink:' },
			{ title: 'scheduled without a date', text: examplePost({ fields: { status: 'status: scheduled' } }), excerpt: 'status: scheduled\npublished_date:' },
		],
	},
	check(context) {
		const status = stringValue(context, 'status');
		if (!status) return [];
		const reports: RuleReport[] = [];
		for (const field of context.profile.fields) {
			if (!Array.isArray(field.required) || !field.required.includes(status)) continue;
			if (!isEmptyValue(context.data[field.key])) continue;
			const what = field.key === 'published_date' && status === 'scheduled' ? 'the planned date' : field.type === 'url' ? 'the post\'s URL' : 'a value';
			reports.push({ message: `\`status\` is ${status} but \`${field.key}\` is empty; expected ${what}.`, ...fieldRange(context, field.key) });
		}
		return reports;
	},
};
