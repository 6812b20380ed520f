import { renderFrontmatter } from '../template/render';
import { examplePost } from './example-post';
import type { Rule } from './rule';

// No `---` anywhere below: a decoration line in the body would close the block, as it does in Obsidian.
const UNCLOSED = '---\nname: example_post\nnode_type: linkedin-post\n\n# Why we stopped writing status reports\n';

/** The template's block, as the fix writes it for example_post.md on 2026-03-01. */
const TEMPLATE_FRONTMATTER = [
	'---', 'name: example_post', 'description:', 'domain:', 'node_type: linkedin-post', 'status: draft', 'last_updated: 2026-03-01',
	'published_date:', 'tags: []', 'topics: []', 'related_concepts: []', 'link:', 'image:', '---',
].join('\n');

export const frontmatterMissing: Rule = {
	id: 'frontmatter-missing',
	description: 'The note has no frontmatter block, or its opening `---` is never closed.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'a closed block', text: examplePost(), shows: ['---'] }],
		bad: [
			{ title: 'no frontmatter', text: examplePost({ frontmatter: '' }), findings: [{ line: 1, column: 1 }], fixed: examplePost({ frontmatter: TEMPLATE_FRONTMATTER }) },
			{ title: 'never closed', text: UNCLOSED, findings: [{ line: 1, column: 1 }], fixed: UNCLOSED.replace('\n# Why', '\n---\n# Why') },
		],
	},
	check({ post, profile, baseName, today }) {
		const fm = post.frontmatter;
		if (fm.state === 'absent') {
			const at = post.source.bomLength;
			return [{
				message: 'The note has no frontmatter; expected a `---` block with name, node_type, status and the other fields at the top.',
				from: at, to: at,
				fix: {
					kind: 'edit', title: 'Add the frontmatter block',
					edits: [{ from: at, to: at, insert: `${renderFrontmatter(profile, { title: baseName, name: baseName, date: today })}\n` }],
				},
			}];
		}
		if (fm.state !== 'unclosed') return [];
		// The block most likely ends where the body starts: before the first heading.
		const heading = post.source.lines.findIndex((line, index) => index > 0 && /^#{1,6}\s/.test(line.text));
		const at = heading > 0 ? post.source.lines[heading]?.start : undefined;
		return [{
			message: 'The frontmatter opened on line 1 is never closed; expected a `---` line after the last field.',
			from: fm.from, to: fm.from + 3,
			fix: at === undefined ? undefined : { kind: 'edit', title: 'Close the frontmatter before the title', edits: [{ from: at, to: at, insert: '---\n' }] },
		}];
	},
};
