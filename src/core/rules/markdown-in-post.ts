import { ANY_MARKUP, applySpans, scanLine, type MarkdownSpan, type ScanState } from '../export/markdown';
import type { PublishedText } from '../parse/sections';
import type { PostModel } from '../parse/post';
import type { TextEdit } from '../types';
import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

/** What gets published: each hook, the FULL POST, and each `## VARIANTS` subsection. */
function publishedParts(post: PostModel): Array<{ where: string; body: PublishedText }> {
	const parts = post.hooks.map((hook) => ({ where: `Hook ${hook.name}`, body: hook.body }));
	if (post.fullPost) parts.push({ where: 'FULL POST', body: post.fullPost.body });
	for (const variant of post.variants?.items ?? []) parts.push({ where: `The ${variant.section.heading.text} variant`, body: variant.body });
	return parts;
}

const ANY_MARKUP_GLOBAL = new RegExp(ANY_MARKUP.source, 'g');

/**
 * Offset of the first character at or after `from` that any Markdown needs, or -1: a line
 * before it holds none, so it is passed over without being cut out and scanned.
 */
function nextMarkupCharacter(text: string, from: number): number {
	ANY_MARKUP_GLOBAL.lastIndex = from;
	return ANY_MARKUP_GLOBAL.test(text) ? ANY_MARKUP_GLOBAL.lastIndex - 1 : -1;
}

function snippet(line: string, span: MarkdownSpan): string {
	const text = line.slice(span.from, span.to).trim();
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function shown(text: string): string {
	const trimmed = text.trim();
	if (trimmed === '') return 'it left out';
	return `\`${trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed}\``;
}

export const markdownInPost: Rule = {
	id: 'markdown-in-post',
	description: 'The hooks, the FULL POST or a variant hold Markdown the platform shows as typed: `**bold**`, `_em_`, `[text](url)`, `[[link]]`, headings, `>` quotes, backticks, HTML. The fix converts the line as `export` and Copy for LinkedIn do (bold becomes plain text).',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: 'plain text, a URL written out', text: examplePost(), shows: ['Our team stopped writing status reports.'] }],
		bad: [
			{
				title: 'bold and a Markdown link',
				text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Three things happened.', '**Three things happened.** Read [the log](https://example.com/log).') }),
				findings: [{ line: 59, column: 1 }],
				fixed: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Three things happened.', 'Three things happened. Read the log https://example.com/log.') }),
			},
			{ title: 'a wikilink in a hook', text: examplePost({ hooks: EXAMPLE_HOOKS.replace('Every Friday we wrote reports', 'Every Friday we wrote [[status_reports|reports]]') }), findings: [{ line: 45, column: 23 }], fixed: examplePost() },
		],
	},
	check({ post }) {
		const reports: RuleReport[] = [];
		for (const { where, body } of publishedParts(post)) {
			const text = body.text;
			const state: ScanState = { fence: null };
			// Only lines that may hold Markdown are cut out and scanned: most lines of a post are prose.
			let markup = nextMarkupCharacter(text, 0);
			for (let start = 0, index = 0; start <= text.length; index++) {
				const newline = text.indexOf('\n', start);
				const end = newline < 0 ? text.length : newline;
				if (markup >= 0 && markup < start) markup = nextMarkupCharacter(text, start);
				if (state.fence || (markup >= 0 && markup < end)) {
					const line = text.slice(start, end);
					const spans = scanLine(line, 'plain', state);
					if (spans.length > 0) reports.push(lineReport(where, line, body.lineStarts[index] as number, spans));
				}
				start = end + 1;
			}
		}
		return reports;
	},
};

/** One finding per line: what the line holds, and the edits that convert it. */
function lineReport(where: string, line: string, lineStart: number, spans: readonly MarkdownSpan[]): RuleReport {
	const edits: TextEdit[] = spans.map((span) => ({ from: lineStart + span.from, to: lineStart + span.to, insert: span.insert }));
	const first = spans[0]!;
	// The kind's own name (`bold`, `link`, `code-fence`…) says what it is.
	const what = spans.slice(0, 3).map((span) => `${span.kind} \`${snippet(line, span)}\``).join(', ') + (spans.length > 3 ? ` and ${spans.length - 3} more` : '');
	return {
		message: `${where} has Markdown the feed shows as typed: ${what}; expected ${shown(spans.length === 1 ? first.insert : applySpans(line, spans))}.`,
		from: lineStart + first.from, to: lineStart + spans[spans.length - 1]!.to,
		fix: { kind: 'edit', prose: true, title: 'Convert to what the feed shows', edits },
	};
}
