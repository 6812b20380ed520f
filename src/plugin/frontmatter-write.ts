import { parseYaml, type App, type TFile } from 'obsidian';
import { applyEdits } from '../core/fix';
import { parsePost, type PostModel } from '../core/parse/post';
import { quoteLinkEdits, setFieldEdits } from '../core/template/yaml-values';
import { applyInEditor } from './commands/insert-template';
import { markdownViewFor } from './note-editor';

/**
 * Sets string fields of a note's frontmatter without losing anything the author wrote.
 * An open note is edited through its editor, field by field (one undo step; comments,
 * quoting and unsaved typing kept). A closed one goes through processFrontMatter, after
 * its unquoted wikilinks are quoted: processFrontMatter re-serialises the whole block and
 * would turn `[[x]]` into `- - - x`. Throws, with the reason, when the frontmatter cannot
 * be read; nothing is written then. Returns whether anything changed.
 */
export async function writeFields(app: App, file: TFile, values: Readonly<Record<string, string>>): Promise<boolean> {
	const view = markdownViewFor(app, file);
	if (view) {
		const post = parsePost(view.editor.getValue(), parseYaml);
		const edits = setFieldEdits(post, values);
		if (!edits) throw new Error(unreadable(post));
		if (edits.length > 0) applyInEditor(view.editor, edits);
		return edits.length > 0;
	}
	let problem: string | null = null;
	await app.vault.process(file, (text) => {
		const post = parsePost(text, parseYaml);
		if (post.frontmatter.state !== 'ok' && post.frontmatter.state !== 'absent') {
			problem = unreadable(post);
			return text;
		}
		return applyEdits(text, quoteLinkEdits(post));
	});
	if (problem !== null) throw new Error(problem);
	let changed = false;
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		for (const [key, value] of Object.entries(values)) {
			if (frontmatter[key] === value) continue;
			frontmatter[key] = value;
			changed = true;
		}
	});
	return changed;
}

function unreadable(post: PostModel): string {
	const reason = post.frontmatter.error?.message ?? 'the note has no frontmatter';
	return `its frontmatter cannot be read (${reason}); nothing was changed`;
}
