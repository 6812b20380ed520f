import type { PostMetrics } from '../metrics/post-metrics';
import type { PostModel } from '../parse/post';
import { FITS_MOBILE, FOLD_COUNT, notesItem, recommendedMobileFold, WORD_COUNT } from '../rules/notes-stale';
import type { TextEdit } from '../types';

/**
 * The edits that write the measured word count, "see more" count and mobile
 * fit into the NOTES items that state them (the patterns the notes-stale rule
 * reads), and add a figure to an item that has none. Only the figures change;
 * the author's words around them stay. Empty when NOTES already agrees.
 */
export function notesMetricsEdits(post: PostModel, metrics: PostMetrics): TextEdit[] {
	const items = post.notes?.items ?? [];
	const edits: TextEdit[] = [];
	const replace = (from: number, to: number, insert: string, current: string): void => {
		if (current !== insert) edits.push({ from, to, insert });
	};
	const append = (item: { value: string; valueTo: number }, insert: string): void => {
		const before = post.source.text.charAt(item.valueTo - 1);
		edits.push({ from: item.valueTo, to: item.valueTo, insert: /\s/.test(before) ? insert : ` ${insert}` });
	};

	const words = notesItem(items, 'word count');
	if (words && post.fullPost) {
		const match = WORD_COUNT.exec(words.value);
		const measured = String(metrics.words);
		if (match) replace(words.valueFrom + match.index, words.valueFrom + match.index + match[0].length, measured, match[0]);
		else append(words, measured);
	}

	const analysisItem = notesItem(items, 'hook analysis');
	const fold = recommendedMobileFold(metrics);
	if (analysisItem && fold) {
		const count = FOLD_COUNT.exec(analysisItem.value);
		const chars = String(fold.visibleChars);
		if (count) {
			const numberTo = analysisItem.valueFrom + count.index + count[0].length;
			const numberFrom = numberTo - (count[2] as string).length - (count[1]?.length ?? 0);
			replace(numberFrom, numberTo, chars, (count[1] ?? '') + (count[2] as string));
		}
		const fits = FITS_MOBILE.exec(analysisItem.value);
		const answer = fold.fits ? 'yes' : 'no';
		if (fits) {
			const to = analysisItem.valueFrom + fits.index + fits[0].length;
			replace(to - (fits[1] as string).length, to, answer, (fits[1] as string).toLowerCase());
		}
		const missing = [count ? '' : `"See more" char count: ${chars}.`, fits ? '' : `Fits mobile: ${answer}.`].filter(Boolean).join(' ');
		if (missing) append(analysisItem, missing);
	}
	return edits;
}
