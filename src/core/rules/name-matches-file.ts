import { SLUG_PATTERN } from '../template/slug';
import { examplePost } from './example-post';
import { fieldRange, roleValue, setValueFix } from './helpers';
import type { Rule } from './rule';

export const nameMatchesFile: Rule = {
	id: 'name-matches-file',
	description: "The name field (role `name`; `name` in linkedin-post) differs from the file's base name.",
	severity: 'warning',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'name equals the file name (example_post.md)', text: examplePost(), shows: ['name: example_post'] }],
		bad: [{ title: 'a renamed file (example_post.md)', text: examplePost({ fields: { name: 'name: old_status_post' } }), findings: [{ line: 2, column: 7 }], fixed: examplePost() }],
	},
	check(context) {
		const field = roleValue(context, 'name');
		if (!field || !field.value || field.value === context.baseName) return [];
		const { key, value: name } = field;
		const canFix = SLUG_PATTERN.test(context.baseName);
		return [{
			message: `\`${key}\` is \`${name}\` but the file is \`${context.baseName}.md\`; expected them to match.`,
			...fieldRange(context, key),
			fix: canFix ? setValueFix(context, key, context.baseName, `Set ${key} to ${context.baseName}`) : undefined,
		}];
	},
};
