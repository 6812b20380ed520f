import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

export const slopHeres: Rule = {
	id: 'slop-heres',
	description: 'A "Here\'s" construction (`Here\'s`, `Here is`, `But here\'s the thing`…) in the hooks or the FULL POST.',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: '"There\'s" is not one', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Three things happened.', "There's more. Three things happened.") }) }],
		bad: [{ title: 'Here\'s what happened', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Three things happened.', "Here's what happened.") }), findings: [{ line: 59, column: 1 }] }],
	},
	check({ metrics }) {
		return metrics.slop.filter((hit) => hit.kind === 'heres').map((hit) => ({
			message: `${hit.where} has the construction "${hit.match}"; expected a direct statement instead.`,
			from: hit.from, to: hit.to,
		}));
	},
};
