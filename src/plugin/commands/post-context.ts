import type { Editor, MarkdownFileInfo, MarkdownView, TFile } from 'obsidian';
import type { Analysis } from '../../core/analyze';
import type { PostwrightHost } from '../host';

export interface EditorPost {
	editor: Editor;
	file: TFile;
	analysis: Analysis;
}

/** The post open in this editor, analysed from the editor's text (unsaved typing included); null when the note is not a post. */
export function editorPost(host: PostwrightHost, editor: Editor, ctx: MarkdownView | MarkdownFileInfo): EditorPost | null {
	const file = ctx.file;
	if (!file || file.extension !== 'md') return null;
	const analysis = host.posts.analyzeText(editor.getValue(), file);
	return analysis.profile ? { editor, file, analysis } : null;
}
