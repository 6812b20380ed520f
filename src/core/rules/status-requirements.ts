import { examplePost } from './example-post';
import { isValidDate } from './field-type';
import { fieldRange, isEmptyValue, roleKey, roleValue } from './helpers';
import type { Rule, RuleContext, RuleReport } from './rule';

export const statusRequirements: Rule = {
	id: 'status-requirements',
	description: 'A field the status requires is empty (a published post\'s date, a scheduled one\'s planned date; no link yet is a warning), or the date is impossible: published in the future, scheduled in the past.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{
			title: 'published with date and link',
			text: examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-02-21', link: 'link: https://www.linkedin.com/posts/example' } }),
		}],
		bad: [
			{ title: 'published without a link (a warning)', text: examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-02-21' } }), findings: [{ line: 16, column: 1 }] },
			{ title: 'scheduled without a date', text: examplePost({ fields: { status: 'status: scheduled' } }), findings: [{ line: 8, column: 1 }] },
			{ title: 'published in the future (today is 2026-03-01)', text: examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-04-01', link: 'link: https://www.linkedin.com/posts/example' } }), findings: [{ line: 8, column: 17 }] },
			{ title: 'scheduled in the past (today is 2026-03-01)', text: examplePost({ fields: { status: 'status: scheduled', published_date: 'published_date: 2026-02-01' } }), findings: [{ line: 8, column: 17 }] },
		],
	},
	check(context) {
		const status = roleValue(context, 'status');
		if (!status) return [];
		return [...missingFields(context, status), ...impossibleDate(context, status.value)];
	},
};

function missingFields(context: RuleContext, status: { key: string; value: string }): RuleReport[] {
	const reports: RuleReport[] = [];
	for (const field of context.profile.fields) {
		if (!Array.isArray(field.required) || !field.required.includes(status.value)) continue;
		if (!isEmptyValue(context.data[field.key])) continue;
		const head = `\`${status.key}\` is ${status.value} but \`${field.key}\` is empty`;
		if (field.role === 'link') {
			// The link often comes a while after posting: say so, without blocking anything.
			reports.push({ message: `${head}; expected the post's URL once it is live.`, ...fieldRange(context, field.key), severity: 'warning' });
			continue;
		}
		const what = field.role === 'published-date' && status.value === 'scheduled' ? 'the planned date' : field.role === 'published-date' ? 'the date it was published' : field.type === 'url' ? 'a URL' : 'a value';
		reports.push({ message: `${head}; expected ${what}.`, ...fieldRange(context, field.key) });
	}
	return reports;
}

/** Both are YYYY-MM-DD, so string order is date order; a malformed date is field-type's. */
function impossibleDate(context: RuleContext, status: string): RuleReport[] {
	const key = roleKey(context, 'published-date');
	const date = key === null ? null : context.data[key];
	if (key === null || typeof date !== 'string' || !isValidDate(date)) return [];
	const { today } = context;
	if (status === 'published' && date > today) {
		return [{ message: `\`${key}\` is ${date}, after today (${today}), but the post is published; expected the date it went out.`, ...fieldRange(context, key) }];
	}
	if (status === 'scheduled' && date < today) {
		return [{ message: `\`${key}\` is ${date}, already past (today is ${today}), but the post is scheduled; expected a date from today on, or status published.`, ...fieldRange(context, key) }];
	}
	return [];
}
