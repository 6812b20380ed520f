import { EXAMPLE_HOOKS, examplePost } from './example-post';
import type { Rule } from './rule';

export const hookRecommended: Rule = {
	id: 'hook-recommended',
	description: 'Not exactly one hook is marked `(Recommended)`.',
	severity: 'error',
	tag: 'hooks',
	examples: {
		good: [{ title: 'one recommended hook', text: examplePost(), shows: ['### HOOK A', '### HOOK B'] }],
		bad: [
			{ title: 'none recommended', text: examplePost({ hooks: EXAMPLE_HOOKS.replace(' (Recommended)', '') }), findings: [{ line: 39, column: 1 }], fixed: examplePost() },
			{ title: 'two recommended', text: examplePost({ hooks: EXAMPLE_HOOKS.replace('### HOOK B', '### HOOK B (Recommended)') }), findings: [{ line: 44, column: 1 }] },
		],
	},
	check({ post }) {
		if (post.hooks.length === 0) return [];
		const recommended = post.hooks.filter((hook) => hook.recommended);
		if (recommended.length === 1) return [];
		if (recommended.length === 0) {
			const first = post.hooks[0]!;
			const heading = first.section.heading;
			return [{
				message: `No hook is marked (Recommended); expected exactly one, like \`### HOOK ${first.name} (Recommended)\`.`,
				from: heading.from, to: heading.to,
				fix: { kind: 'edit', title: `Recommend Hook ${first.name}`, edits: [{ from: heading.to, to: heading.to, insert: ' (Recommended)' }] },
			}];
		}
		return recommended.slice(1).map((hook) => ({
			message: `Hook ${hook.name} is marked (Recommended) as well as Hook ${recommended[0]!.name}; expected exactly one.`,
			from: hook.section.heading.from, to: hook.section.heading.to,
		}));
	},
};
