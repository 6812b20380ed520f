import { Notice } from 'obsidian';
import type { Analysis } from '../../core/analyze';
import { FITS_MOBILE, FOLD_COUNT, notesItem, recommendedMobileFold, WORD_COUNT } from '../../core/rules/notes-stale';
import type { TextEdit } from '../../core/types';
import type { PostwrightHost } from '../host';
import { applyInEditor } from './insert-template';
import { editorPost } from './post-context';

/**
 * Update NOTES metrics: writes the measured word count, "see more" count and
 * mobile fit into the NOTES items that state them (the patterns the
 * notes-stale rule reads), and adds a figure to an item that has none. Only
 * the figures change; the author's words around them stay.
 */
export function registerNotesMetrics(host: PostwrightHost): void {
	host.addCommand({
		id: 'update-notes-metrics',
		name: 'Update measured figures in the notes section',
		editorCheckCallback: (checking, editor, ctx) => {
			const post = editorPost(host, editor, ctx);
			if (!post?.analysis.post.notes) return false;
			if (checking) return true;
			const edits = notesMetricsEdits(post.analysis);
			if (edits.length > 0) applyInEditor(editor, edits);
			new Notice(edits.length === 0 ? 'NOTES already states the measured figures.' : `Updated ${edits.length} figure${edits.length === 1 ? '' : 's'} in NOTES.`);
			return true;
		},
	});
}

export function notesMetricsEdits(analysis: Analysis): TextEdit[] {
	const { post, metrics } = analysis;
	const items = post.notes?.items ?? [];
	if (!metrics) return [];
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
