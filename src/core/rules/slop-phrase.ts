import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

export const slopPhrase: Rule = {
	id: 'slop-phrase',
	description: 'A stock phrase from the slop list (delve, tapestry, "in today\'s fast-paced world"…; editable), or, when switched on, the "it\'s not X, it\'s Y" formula.',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: 'plain words', text: examplePost(), shows: ['Questions got answered where the work lived.'] }],
		bad: [{ title: 'a stock phrase', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('We tried an experiment', "Let's delve into an experiment") }), findings: [{ line: 57, column: 7 }] }],
	},
	check({ metrics }) {
		return metrics.slop.filter((hit) => hit.kind === 'phrase' || hit.kind === 'contrastive').map((hit) => ({
			message: hit.kind === 'phrase'
				? `${hit.where} uses the stock phrase "${hit.match}"; expected your own words.`
				: `${hit.where} uses the "it's not X, it's Y" formula ("${hit.match}"); expected a plain claim.`,
			from: hit.from, to: hit.to,
		}));
	},
};
