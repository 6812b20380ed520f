import { notesWorkflow } from '../../core/analyze';
import { Notice } from 'obsidian';
import type { PostwrightHost } from '../host';
import { applyInEditor } from './insert-template';
import { editorPost } from './post-context';

/**
 * Update NOTES metrics: applies the analysis' NOTES edits (`notesWorkflow`), which write the
 * measured figures into the NOTES items that state them (see
 * src/core/notes/notes-metrics.ts).
 */
export function registerNotesMetrics(host: PostwrightHost): void {
	host.addCommand({
		id: 'update-notes-metrics',
		name: 'Update measured figures in the notes section',
		editorCheckCallback: (checking, editor, ctx) => {
			const post = editorPost(host, editor, ctx);
			if (!post?.analysis.post.notes) return false;
			if (checking) return true;
			const edits = notesWorkflow(post.analysis).notesEdits;
			if (edits.length > 0) applyInEditor(editor, edits);
			new Notice(edits.length === 0 ? 'NOTES already states the measured figures.' : `Updated ${edits.length} figure${edits.length === 1 ? '' : 's'} in NOTES.`);
			return true;
		},
	});
}
