import { isWhitespace } from '../parse/source';
import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

/** Whitespace-insensitive, so re-wrapped lines and CRLF do not count as a different opening. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * `squash(text).startsWith(squash(opening))`, walking both texts in step without
 * building either: the FULL POST is long and only its opening matters, and the
 * regex replace over it was a noticeable part of every analysis.
 */
function opensWith(text: string, opening: string): boolean {
	let i = 0;
	let j = 0;
	while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
	while (j < opening.length && isWhitespace(opening.charCodeAt(j))) j++;
	while (j < opening.length) {
		const o = opening.charCodeAt(j);
		if (isWhitespace(o)) {
			// A run of spaces in the opening is one space: it matches a run in the text, unless it
			// trails (squash trims it), when the text may go on with anything.
			while (j < opening.length && isWhitespace(opening.charCodeAt(j))) j++;
			if (j === opening.length) return true;
			if (i >= text.length || !isWhitespace(text.charCodeAt(i))) return false;
			while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
			// Trailing spaces of the text are trimmed away, so they cannot stand for the opening's.
			if (i === text.length) return false;
			continue;
		}
		if (i >= text.length || text.charCodeAt(i) !== o) return false;
		i++;
		j++;
	}
	return true;
}

export const fullPostHook: Rule = {
	id: 'full-post-hook',
	description: 'FULL POST does not say which hook it uses, names a hook that does not exist, or does not open with that hook\'s text.',
	severity: 'warning',
	tag: 'post',
	examples: {
		good: [{ title: 'opens with the named hook', text: examplePost(), excerpt: '### FULL POST (using Hook A)\n\nOur team stopped writing status reports.' }],
		bad: [
			{ title: 'names a missing hook', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Hook A', 'Hook C') }), excerpt: '### FULL POST (using Hook C)' },
			{ title: 'opens differently', text: examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Our team stopped', 'We quit') }), excerpt: '### FULL POST (using Hook A)\n\nWe quit writing status reports.' },
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
		const reports: RuleReport[] = [];
		const hookText = squash(hook.body.text);
		if (hookText && full.body.text && !opensWith(full.body.text, hook.body.text)) {
			const opening = hookText.length > 50 ? `${hookText.slice(0, 50)}…` : hookText;
			reports.push({ message: `FULL POST does not open with Hook ${hook.name}'s text; expected it to start with "${opening}".`, from: full.body.from, to: post.source.lines[post.source.lineIndexAt(full.body.from)]?.end });
		}
		return reports;
	},
};
