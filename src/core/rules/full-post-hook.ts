import { compareOpening, lineAround } from '../export/reader-text';
import { sourceOffset } from '../parse/sections';
import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

function quoteLine(text: string): string {
	const line = text.trim();
	return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

export const fullPostHook: Rule = {
	id: 'full-post-hook',
	description: 'FULL POST does not say which hook it uses, names a hook that does not exist, or does not open with that hook\'s text (compared as a reader reads: curly and straight quotes, and runs of spaces and line breaks, are the same).',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [
			{ title: 'opens with the named hook', text: examplePost(), shows: ['### FULL POST', 'Our team stopped writing status reports.'] },
			{ title: 'the same words, rewrapped', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Nobody missed them, and the work', 'Nobody missed them,\nand the work') }) },
		],
		bad: [
			{ title: 'names a missing hook', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Hook A', 'Hook C') }), findings: [{ line: 49, column: 27 }], fixed: examplePost() },
			{ title: 'opens differently', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Our team stopped', 'We quit') }), findings: [{ line: 51, column: 1 }] },
		],
	},
	check({ post }) {
		const full = post.fullPost;
		if (!full || post.hooks.length === 0) return [];
		const heading = full.section.heading;
		const recommended = post.hooks.find((hook) => hook.recommended) ?? post.hooks[0]!;
		if (!full.usingHook) {
			return [{
				message: `FULL POST does not say which hook it uses; expected \`### FULL POST (using Hook ${recommended.name})\`.`,
				from: heading.from, to: heading.to,
				fix: { kind: 'edit', title: `Say it uses Hook ${recommended.name}`, edits: [{ from: heading.to, to: heading.to, insert: ` (using Hook ${recommended.name})` }] },
			}];
		}
		const hook = post.hooks.find((candidate) => candidate.name === full.usingHook);
		if (!hook) {
			return [{
				message: `FULL POST uses Hook ${full.usingHook}, which does not exist; expected one of ${post.hooks.map((h) => h.name).join(', ')}.`,
				from: full.usingFrom, to: full.usingTo,
				fix: { kind: 'edit', title: `Use Hook ${recommended.name}`, edits: [{ from: full.usingFrom, to: full.usingTo, insert: recommended.name }] },
			}];
		}
		if (hook.body.text.trim() === '' || full.body.text === '') return [];
		const comparison = compareOpening(full.body.text, hook.body.text);
		if (comparison.matches) return [];
		// Point at the first line where a reader would see a difference, and show both versions of it.
		const from = sourceOffset(full.body, comparison.textAt);
		const lineIndex = post.source.lineIndexAt(from);
		const line = post.source.lines[lineIndex]!;
		const found = comparison.textAt >= full.body.text.length ? 'the post ends there' : `it reads "${quoteLine(lineAround(full.body.text, comparison.textAt))}"`;
		const expected = quoteLine(lineAround(hook.body.text, comparison.openingAt));
		return [{
			message: `FULL POST does not open with Hook ${hook.name}'s text: at line ${lineIndex + 1} ${found}; expected "${expected}".`,
			from: from >= line.end ? line.start : from, to: line.end,
		}];
	},
};
