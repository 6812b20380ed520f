import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

export const postLength: Rule = {
	id: 'post-length',
	description: 'FULL POST is over the platform\'s character limit (error), or its word count is outside the profile\'s target range, 100–300 by default (warning).',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: '126 words', text: examplePost(), shows: ['### FULL POST'] }],
		bad: [
			{ title: 'too short: 15 words', text: examplePost({ fullPost: '### FULL POST (using Hook A)\n\nOur team stopped writing status reports.\n\nNobody missed them, and the work got faster.' }), findings: [{ line: 49, column: 1 }] },
			{ title: 'too long: 486 words', text: examplePost({ fullPost: EXAMPLE_FULL_POST + '\n\nWe measured it.'.repeat(120) }), findings: [{ line: 49, column: 1 }] },
		],
	},
	check({ post, metrics, profile }) {
		const full = post.fullPost;
		if (!full || full.body.text === '') return [];
		const at = { from: full.section.heading.from, to: full.section.heading.to };
		const reports: RuleReport[] = [];
		const limit = profile.limits.postLimit;
		// The limit is checked as the platform counts (LinkedIn: UTF-16 units); the message also gives characters when they differ.
		if (metrics.limitLength > limit) {
			const counted = metrics.limitLength === metrics.characters
				? `${metrics.characters} characters`
				: `${metrics.characters} characters, ${metrics.limitLength} as ${profile.limits.label} counts them`;
			reports.push({ message: `FULL POST has ${counted}; ${profile.limits.label} allows ${limit}.`, ...at, severity: 'error' });
		}
		const [min, max] = profile.wordRange;
		if (metrics.words < min || metrics.words > max) {
			reports.push({ message: `FULL POST has ${metrics.words} words; expected ${min}–${max}.`, ...at });
		}
		return reports;
	},
};
