import { debounce, type Plugin } from 'obsidian';
import { activeMarkdownView } from '../note-editor';
import type { Analysis } from '../../core/analyze';
import type { PostService } from '../post-service';
import { LIVE_UPDATE_MS } from './checklist-view';
import { DEVICE_LABELS, DEVICES } from './hook-meters';
import { foldFigures, shownHook } from '../../core/metrics/fold-summary';

/**
 * `243 words · hook A posted 92/128`: the FULL POST's words, and how much of
 * the posted hook (the one the FULL POST names; else the recommended one)
 * shows before "…more" on mobile, of its characters (PRODUCT §7). The tooltip
 * gives both devices' lines and characters.
 */
export function statusText(analysis: Analysis): { text: string; tooltip: string } | null {
	const { metrics, profile } = analysis;
	if (!metrics || !profile) return null;
	const words = `${metrics.words} ${metrics.words === 1 ? 'word' : 'words'}`;
	const hook = shownHook(metrics);
	if (!hook) return { text: words, tooltip: 'Postwright: no hook yet' };
	const role = hook.posted ? ' posted' : hook.recommended ? ' recommended' : '';
	const mobile = hook.fold?.mobile;
	const text = mobile ? `${words} · hook ${hook.name}${role} ${mobile.visibleChars}/${hook.characters}` : `${words} · hook ${hook.name}${role} ${hook.characters}`;
	const roles = [hook.posted ? 'posted' : '', hook.recommended ? 'recommended' : ''].filter(Boolean).join(', ');
	const head = `Hook ${hook.name}${roles ? ` (${roles})` : ''}: ${hook.characters} characters`;
	const fold = profile.fold;
	const devices = hook.fold && fold
		? DEVICES.map((device) => `${DEVICE_LABELS[device].toLowerCase()} ${foldFigures(hook.fold![device], hook.characters, fold[device])}`).join('; ')
		: '';
	const notPosted = hook.posted ? '' : metrics.postedHook === null ? '; the FULL POST names no hook' : '';
	return { text, tooltip: devices ? `${head}; before "${fold!.mobile.label}": ${devices}${notPosted}` : `${head}${notPosted}` };
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
