import { Notice, type Editor, type TFile } from 'obsidian';
import { chooseHookEdits } from '../../core/export/choose-hook';
import type { PostwrightHost } from '../host';
import { HookChoiceModal } from '../modals/hook-choice-modal';
import { viewedPost } from './post-context';
import { applyInEditor } from './insert-template';

/**
 * Choose hook: the chosen hook becomes `(Recommended)`, the FULL POST says it
 * uses it and opens with its text. One editor transaction, so one undo
 * reverts all of it. Also run by each hook meter's "Use this hook" button.
 */
export function registerChooseHook(host: PostwrightHost): void {
	host.addCommand({
		id: 'choose-hook',
		name: 'Choose hook',
		checkCallback: (checking) => {
			const post = viewedPost(host);
			if (!post || post.analysis.post.hooks.length === 0 || !post.analysis.post.fullPost) return false;
			if (!checking) {
				const { hooks, fullPost } = post.analysis.post;
				new HookChoiceModal(host.app, hooks, fullPost?.usingHook ?? null, (name) => useHook(host, post.editor, post.file, name)).open();
			}
			return true;
		},
	});
}

/** Applies the choice to the note's editor, read afresh; true when the note changed. */
export function useHook(host: PostwrightHost, editor: Editor, file: TFile, name: string): boolean {
	const analysis = host.posts.analyzeText(editor.getValue(), file);
	const result = chooseHookEdits(analysis.post, name);
	if (!result.ok) {
		new Notice(`Could not use Hook ${name}: ${result.reason}.`);
		return false;
	}
	if (result.edits.length === 0) {
		new Notice(`Hook ${name} is already recommended and opens the full post.`);
		return false;
	}
	applyInEditor(editor, result.edits);
	new Notice(`Hook ${name} is now recommended and opens the full post${result.opening === 'added' ? '; its old opening is kept below' : ''}.`);
	return true;
}
