import type { NotesItem } from '../parse/blocks';
import type { PostMetrics } from '../metrics/post-metrics';
import { EXAMPLE_NOTES, examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

/**
 * Measured values the NOTES section states in prose. The update-notes-metrics
 * command writes these same values, so the rule and the command share them.
 */
export const WORD_COUNT = /(~|≈|about |approx\.? |around )?(\d[\d,]*)/i;
export const FOLD_COUNT = /see more["”']?\s*char(?:acter)?s?\s*count\s*:?\s*(~|≈|about |approx\.? )?(\d+)/i;
export const FITS_MOBILE = /fits mobile\s*:?\s*(yes|no)\b/i;

/** The first item whose key, lowercased, starts with `prefix` (lowercase ASCII). */
export function notesItem(items: readonly NotesItem[], prefix: string): NotesItem | undefined {
	return items.find((item) => lowercaseStartsWith(item.key, prefix));
}

/**
 * `text.toLowerCase().startsWith(prefix)` for a lowercase ASCII prefix, without a lowercased copy
 * while the text's opening is ASCII (the copy per item per lookup was most of this rule's allocation).
 */
function lowercaseStartsWith(text: string, prefix: string): boolean {
	for (let i = 0; i < prefix.length; i++) {
		let c = text.charCodeAt(i);
		// Beyond ASCII, lowercasing may change a character's length: ask toLowerCase itself.
		if (c >= 0x80) return text.toLowerCase().startsWith(prefix);
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		if (c !== prefix.charCodeAt(i)) return false;
	}
	return true;
}

function withinTolerance(stated: number, measured: number, approximate: boolean, slack: number): boolean {
	const tolerance = approximate ? Math.max(slack, Math.round(measured * 0.05)) : 0;
	return Math.abs(stated - measured) <= tolerance;
}

export function recommendedMobileFold(metrics: PostMetrics): { visibleChars: number; fits: boolean } | null {
	return (metrics.hooks.find((hook) => hook.recommended) ?? metrics.hooks[0])?.fold?.mobile ?? null;
}

const SHORT_POST_WITH_DASH = '### FULL POST (using Hook A)\n\nOur team stopped writing status reports.\n\nNobody missed them, and the work got faster — really.';

export const notesStale: Rule = {
	id: 'notes-stale',
	description: 'NOTES states a word count, a "see more" count, a mobile fit or a clean slop check that the measurement contradicts.',
	severity: 'info',
	tag: 'notes',
	examples: {
		good: [{ title: 'figures that match', text: examplePost(), shows: ['**Hook analysis', '**Word count**'] }],
		bad: [
			{ title: 'an old word count', text: examplePost({ notes: EXAMPLE_NOTES.replace('**Word count**: 126', '**Word count**: 180') }), findings: [{ line: 75, column: 19 }], fixed: examplePost() },
			{
				title: 'a clean check over an em dash, and the word count of a longer post',
				text: examplePost({ fullPost: SHORT_POST_WITH_DASH }),
				findings: [{ line: 64, column: 22 }, { line: 65, column: 19 }],
				// The count is rewritten; the slop check is the author's to redo.
				fixed: examplePost({ fullPost: SHORT_POST_WITH_DASH, notes: EXAMPLE_NOTES.replace('**Word count**: 126', '**Word count**: 15') }),
				afterFix: [{ line: 64, column: 22 }],
			},
		],
	},
	check({ post, metrics }) {
		const items = post.notes?.items ?? [];
		const text = post.source.text;
		const reports: RuleReport[] = [];
		const words = notesItem(items, 'word count');
		const wordMatch = words ? WORD_COUNT.exec(words.value) : null;
		if (words && wordMatch && post.fullPost) {
			const stated = Number((wordMatch[2] as string).replace(/,/g, ''));
			if (!withinTolerance(stated, metrics.words, Boolean(wordMatch[1]), 5)) {
				const from = words.valueFrom + wordMatch.index;
				const to = from + wordMatch[0].length;
				reports.push({
					message: `NOTES says the word count is ${wordMatch[0].trim()}, but the FULL POST has ${metrics.words} words.`,
					from, to, fix: { kind: 'edit', title: `Write ${metrics.words}`, edits: [{ from, to, insert: String(metrics.words) }] },
				});
			}
		}
		const analysis = notesItem(items, 'hook analysis');
		const fold = recommendedMobileFold(metrics);
		if (analysis && fold) {
			const count = FOLD_COUNT.exec(analysis.value);
			if (count && !withinTolerance(Number(count[2]), fold.visibleChars, Boolean(count[1]), 10)) {
				const from = analysis.valueFrom + count.index + count[0].length - (count[2] as string).length - (count[1]?.length ?? 0);
				const to = analysis.valueFrom + count.index + count[0].length;
				reports.push({
					message: `NOTES says ${count[1] ?? ''}${count[2]} characters show before "see more", but the recommended hook shows ${fold.visibleChars} on mobile.`,
					from, to, fix: { kind: 'edit', title: `Write ${fold.visibleChars}`, edits: [{ from, to, insert: String(fold.visibleChars) }] },
				});
			}
			const fits = FITS_MOBILE.exec(analysis.value);
			if (fits && (fits[1] as string).toLowerCase() === 'yes' !== fold.fits) {
				const to = analysis.valueFrom + fits.index + fits[0].length;
				const from = to - (fits[1] as string).length;
				const actual = fold.fits ? 'yes' : 'no';
				reports.push({
					message: `NOTES says "Fits mobile: ${fits[1]}", but the recommended hook's opening paragraph ${fold.fits ? 'does' : 'does not'} fit the mobile fold.`,
					from, to, fix: { kind: 'edit', title: `Write ${actual}`, edits: [{ from, to, insert: actual }] },
				});
			}
		}
		const slopCheck = notesItem(items, 'ai slop');
		if (slopCheck) {
			const claimsClean = /^\s*clean\b/i.test(slopCheck.value);
			const dashes = metrics.slop.filter((hit) => hit.kind === 'em-dash').length;
			const heres = metrics.slop.filter((hit) => hit.kind === 'heres').length;
			const others = metrics.slop.length - dashes - heres;
			const contradicted: string[] = [];
			if (dashes > 0 && (claimsClean || /no em[- ]?dash/i.test(slopCheck.value))) contradicted.push(`${dashes} em dash${dashes > 1 ? 'es' : ''}`);
			if (heres > 0 && (claimsClean || /no\s+["“]?here/i.test(slopCheck.value))) contradicted.push(`${heres} "Here's" construction${heres > 1 ? 's' : ''}`);
			if (others > 0 && claimsClean) contradicted.push(`${others} stock phrase${others > 1 ? 's' : ''}`);
			if (contradicted.length > 0) {
				reports.push({ message: `NOTES says the slop check is clean, but the hooks and FULL POST have ${contradicted.join(' and ')}.`, from: slopCheck.valueFrom, to: Math.min(slopCheck.valueTo, text.length) });
			}
		}
		return reports;
	},
};
