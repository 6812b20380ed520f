import type { Fix } from '../types';
import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

export const slopEmDash: Rule = {
	id: 'slop-em-dash',
	description: 'An em dash (`—`, or `–`/`--` used as one) in the hooks or the FULL POST.',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: 'commas and full stops', text: examplePost(), shows: ['Nobody missed them, and the work got faster.'] }],
		bad: [
			{ title: 'an em dash', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('No reports.', 'No reports — none.') }), findings: [{ line: 57, column: 52 }], fixed: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('No reports.', 'No reports, none.') }) },
			{ title: 'a double hyphen', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('No reports.', 'No reports -- none.') }), findings: [{ line: 57, column: 52 }], fixed: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('No reports.', 'No reports, none.') }) },
		],
	},
	check({ post, metrics }) {
		const text = post.source.text;
		return metrics.slop.filter((hit) => hit.kind === 'em-dash').map((hit) => {
			const spaced = text[hit.from - 1] === ' ' && text[hit.to] === ' ';
			const fix: Fix = { kind: 'edit', prose: true, title: 'Replace with a comma', edits: [{ from: spaced ? hit.from - 1 : hit.from, to: spaced ? hit.to + 1 : hit.to, insert: ', ' }] };
			return { message: `${hit.where} has a dash used as an em dash (\`${hit.match}\`); expected a comma, a full stop or parentheses instead.`, from: hit.from, to: hit.to, fix };
		});
	},
};
