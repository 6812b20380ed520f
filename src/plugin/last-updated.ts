import { debounce, type Debouncer, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin, type TFile } from 'obsidian';
import { fieldsByRole } from '../core/profiles/profile';
import { writeFields } from './frontmatter-write';
import type { PostwrightHost } from './host';
import { markdownViewFor } from './note-editor';
import { runAction } from './run-action';

/** How long typing must pause before `last_updated` is stamped. */
export const BUMP_AFTER_TYPING_MS = 2000;

/**
 * "Bump last_updated on change": when the author has typed in a post and paused,
 * `last_updated` becomes today, through the note's editor (one undo step of its own).
 * Only typing counts. A vault 'modify' fires for autosave, for sync and for this very
 * write, so it is never listened to; and an editor that changed only because a change
 * from another device was loaded into it holds exactly the saved text, which is no typing.
 */
export function watchLastUpdated(plugin: Plugin & PostwrightHost): void {
	const host: PostwrightHost = plugin;
	const pending = new Map<string, Debouncer<[TFile], void>>();
	plugin.register(() => {
		for (const bump of pending.values()) bump.cancel();
		pending.clear();
	});
	plugin.registerEvent(plugin.app.workspace.on('editor-change', (editor: Editor, info: MarkdownView | MarkdownFileInfo) => {
		const file = info.file;
		if (!host.settings.bumpLastUpdated || !file || file.extension !== 'md') return;
		const typed = editor.getValue();
		runAction('Could not update last_updated', async () => {
			if ((await plugin.app.vault.cachedRead(file)) === typed) return;
			let bump = pending.get(file.path);
			if (!bump) {
				bump = debounce((target: TFile) => runAction('Could not update last_updated', () => bumpLastUpdated(host, target)), BUMP_AFTER_TYPING_MS, true);
				pending.set(file.path, bump);
			}
			bump(file);
		});
	}));
}

/** Stamps today into a post's `last_updated`; false when it already says today or the note is no post. */
export async function bumpLastUpdated(host: PostwrightHost, file: TFile): Promise<boolean> {
	if (!host.settings.bumpLastUpdated || host.app.vault.getFileByPath(file.path) !== file) return false;
	const view = markdownViewFor(host.app, file);
	const text = view ? view.editor.getValue() : await host.app.vault.cachedRead(file);
	const profile = host.posts.analyzeText(text, file).profile;
	// The field with the last-updated role: `last_updated` in linkedin-post, whatever a custom profile calls it.
	const fields = profile ? fieldsByRole(profile, { 'last-updated': host.posts.today() }) : {};
	if (Object.keys(fields).length === 0) return false;
	return writeFields(host.app, file, fields);
}
