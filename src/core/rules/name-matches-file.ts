import { SLUG_PATTERN } from '../template/slug';
import { examplePost } from './example-post';
import { fieldRange, stringValue, setValueFix } from './helpers';
import type { Rule } from './rule';

export const nameMatchesFile: Rule = {
	id: 'name-matches-file',
	description: "`name` differs from the file's base name.",
	severity: 'warning',
	group: 'frontmatter',
	examples: {
		good: [{ title: 'name equals the file name (example_post.md)', text: examplePost(), excerpt: 'name: example_post' }],
		bad: [{ title: 'a renamed file (example_post.md)', text: examplePost({ fields: { name: 'name: old_status_post' } }), excerpt: 'name: old_status_post' }],
	},
	check(context) {
		const name = stringValue(context, 'name');
		if (!name || name === context.baseName) return [];
		const canFix = SLUG_PATTERN.test(context.baseName);
		return [{
			message: `\`name\` is \`${name}\` but the file is \`${context.baseName}.md\`; expected them to match.`,
			...fieldRange(context, 'name'),
			fix: canFix ? setValueFix(context, 'name', context.baseName, `Set name to ${context.baseName}`) : undefined,
		}];
	},
};
