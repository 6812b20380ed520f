import type { Editor, MarkdownFileInfo, MarkdownView, TFile } from 'obsidian';
import type { Analysis } from '../../core/analyze';
import type { PostwrightHost } from '../host';
import { activeMarkdownView } from '../note-editor';

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

export interface ViewedPost extends EditorPost {
	view: MarkdownView;
}

/**
 * The post the user is looking at, editing or reading (Reading view keeps the note's text in
 * its editor), found through its leaf while a sidebar has focus; null when it is no post.
 * For commands that only read, which Obsidian would hide in Reading view as editor commands.
 */
export function viewedPost(host: PostwrightHost): ViewedPost | null {
	const view = activeMarkdownView(host.app);
	const file = view?.file;
	if (!view || !file || file.extension !== 'md') return null;
	const analysis = host.posts.analyzeText(view.editor.getValue(), file);
	return analysis.profile ? { view, editor: view.editor, file, analysis } : null;
}
