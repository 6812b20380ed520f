import { debounce, type Plugin } from 'obsidian';
import { activeMarkdownView } from '../note-editor';
import type { Analysis } from '../../core/analyze';
import type { PostService } from '../post-service';
import { LIVE_UPDATE_MS } from './checklist-view';

/**
 * `243 words · hook 128/140`: the FULL POST's words, and the recommended
 * hook's characters against the mobile fold's budget (PRODUCT §7). The
 * tooltip says how much of the hook shows before "…see more".
 */
export function statusText(analysis: Analysis): { text: string; tooltip: string } | null {
	const { metrics, profile, post } = analysis;
	if (!metrics || !profile) return null;
	const words = `${metrics.words} ${metrics.words === 1 ? 'word' : 'words'}`;
	const index = Math.max(0, post.hooks.findIndex((hook) => hook.recommended));
	const hook = metrics.hooks[index];
	const budget = profile.limits.fold?.mobile.charBudget;
	if (!hook) return { text: words, tooltip: 'Postwright: no hook yet' };
	const mobile = hook.fold?.mobile;
	const text = budget === undefined ? `${words} · hook ${hook.characters}` : `${words} · hook ${hook.characters}/${budget}`;
	const tooltip = mobile
		? `Hook ${hook.name}: ${hook.characters} characters; ${mobile.visibleChars} show on mobile before "…see more"${mobile.complete ? ' (all of it)' : ''}`
		: `Hook ${hook.name}: ${hook.characters} characters`;
	return { text, tooltip };
}

/** The status bar item (desktop only: Obsidian mobile has no status bar). Follows the active editor, debounced. */
export class PostStatusBar {
	private readonly update = debounce(() => this.refresh(), LIVE_UPDATE_MS, true);

	constructor(private readonly plugin: Plugin, private readonly posts: PostService, private readonly item: HTMLElement) {
		item.addClass('postwright-status');
		const { workspace } = plugin.app;
		plugin.registerEvent(workspace.on('editor-change', () => this.update()));
		plugin.registerEvent(workspace.on('active-leaf-change', () => this.refresh()));
		plugin.registerEvent(workspace.on('file-open', () => this.refresh()));
		// A rename changes no text but may change the findings; new settings change the figures.
		plugin.registerEvent(plugin.app.vault.on('rename', () => this.refresh()));
		posts.onSettingsChange(plugin, () => this.refresh());
		plugin.register(() => this.update.cancel());
		workspace.onLayoutReady(() => this.refresh());
	}

	refresh(): void {
		// With a sidebar in focus, the note last shown, found through its leaf.
		const view = activeMarkdownView(this.plugin.app);
		if (!view) return;
		const status = view.file ? statusText(this.posts.analyzeText(view.editor.getValue(), view.file)) : null;
		this.item.toggleClass('postwright-hidden', status === null);
		this.item.setText(status?.text ?? '');
		this.item.setAttr('aria-label', status?.tooltip ?? null);
	}
}
