import { examplePost } from './example-post';
import type { Rule } from './rule';

export const frontmatterYaml: Rule = {
	id: 'frontmatter-yaml',
	description: 'The frontmatter is not valid YAML, is not a mapping, or declares another language.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'valid YAML', text: examplePost(), shows: ['status: draft'] }],
		bad: [
			{ title: 'a stray quote', text: examplePost({ fields: { description: 'description: "Why we stopped' } }), findings: [{ line: 15, column: 6 }] },
			{ title: 'a JavaScript fence', text: examplePost({ frontmatter: '---js\n{ name: "example_post" }\n---' }), findings: [{ line: 1, column: 1 }] },
		],
	},
	check({ post }) {
		const fm = post.frontmatter;
		if ((fm.state !== 'invalid' && fm.state !== 'foreign') || !fm.error) return [];
		const message = fm.error.message.charAt(0).toUpperCase() + fm.error.message.slice(1);
		return [{ message: `${message}.`, from: fm.error.offset }];
	},
};
