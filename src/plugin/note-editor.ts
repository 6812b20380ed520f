import { MarkdownView, type App, type EditorPosition, type TFile } from 'obsidian';

/**
 * The Markdown view showing `file`: the active one, else any open leaf that shows it.
 * While a sidebar (the checklist) has focus, getActiveViewOfType is null though the
 * note is still open; its own leaf is found instead, so an edit goes through its editor
 * (one undo step, unsaved typing kept) and never rewrites the open note from disk.
 * A deferred leaf holds no editor yet; its note on disk is all there is.
 */
export function markdownViewFor(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file === file) return active;
	for (const leaf of app.workspace.getLeavesOfType('markdown')) {
		if (leaf.view instanceof MarkdownView && leaf.view.file === file) return leaf.view;
	}
	return null;
}

/** The view of the note the user is working on: the active file's, found through its leaf. */
export function activeMarkdownView(app: App): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active) return active;
	const file = app.workspace.getActiveFile();
	return file ? markdownViewFor(app, file) : null;
}

/**
 * Moves the reader to a position of the note: the cursor in the editor and, in Reading view,
 * the rendered note scrolled to the line (the hidden editor's cursor alone moves nothing on screen).
 */
export function revealPosition(app: App, view: MarkdownView, position: EditorPosition): void {
	app.workspace.setActiveLeaf(view.leaf, { focus: true });
	view.editor.setCursor(position);
	if (view.getMode() === 'preview') {
		view.setEphemeralState({ line: position.line });
		return;
	}
	view.editor.scrollIntoView({ from: position, to: position }, true);
	view.editor.focus();
}
