import { Notice, parseYaml, type App, type Editor, type TFile } from 'obsidian';
import { applyEdits } from '../../core/fix';
import { parsePost } from '../../core/parse/post';
import { BUILT_IN_PROFILES, profileRegistry, type Profile } from '../../core/profiles';
import { completionEdits } from '../../core/template/complete';
import type { TextEdit } from '../../core/types';
import type { PostwrightHost } from '../host';
import { markdownViewFor } from '../note-editor';
import { runAction } from '../run-action';

/**
 * Insert template: adds to the current note only the fields, sections, Idea
 * Legos rows and NOTES items it lacks (the core's completionEdits), never
 * removing or moving the author's text; a second run finds nothing to add.
 * Works on any Markdown note, so a plain note can become a post.
 */
export function registerInsertTemplate(host: PostwrightHost): void {
	host.addCommand({
		id: 'insert-template',
		name: 'Insert missing template parts',
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			if (!file || file.extension !== 'md') return false;
			if (!checking) runAction('Could not insert the template', () => insertTemplate(host, file));
			return true;
		},
	});
}

export async function insertTemplate(host: PostwrightHost, file: TFile): Promise<number> {
	const editor = editorFor(host.app, file);
	let added = 0;
	if (editor) {
		const edits = templateEdits(host, editor.getValue(), file);
		added = edits.length;
		if (added > 0) applyInEditor(editor, edits);
	} else {
		await host.app.vault.process(file, (text) => {
			const edits = templateEdits(host, text, file);
			added = edits.length;
			return added > 0 ? applyEdits(text, edits) : text;
		});
	}
	new Notice(added === 0 ? 'Nothing to add: the note has every part of the template.' : `Added ${added} missing template part${added === 1 ? '' : 's'}.`);
	return added;
}

export function templateEdits(host: PostwrightHost, text: string, file: TFile): TextEdit[] {
	const analysis = host.posts.analyzeText(text, file);
	const post = analysis.profile ? analysis.post : parsePost(text, parseYaml);
	const profile: Profile = analysis.profile ?? profileRegistry(host.settings.check.profiles).get(host.settings.defaultProfile) ?? BUILT_IN_PROFILES[0]!;
	const values = { title: post.title?.text || file.basename, name: file.basename, date: host.posts.today() };
	return completionEdits(post, profile, values);
}

/** The editor showing `file`, found through its leaf (the active view, or the note's own while a sidebar has focus). */
export function editorFor(app: App, file: TFile): Editor | null {
	return markdownViewFor(app, file)?.editor ?? null;
}

/** All edits in one transaction: one undo step restores the note. */
export function applyInEditor(editor: Editor, edits: readonly TextEdit[]): void {
	editor.transaction({ changes: edits.map((edit) => ({ from: editor.offsetToPos(edit.from), to: editor.offsetToPos(edit.to), text: edit.insert })) });
}
