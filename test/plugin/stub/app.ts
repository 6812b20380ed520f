import { Component } from './events';
import { Notice, Modal, Setting } from './ui';
import { FileManager, MetadataCache, Vault } from './vault';
import { MarkdownView, Workspace, type View, type WorkspaceLeaf } from './workspace';
import type { Editor } from './editor';

export class App {
	vault = new Vault();
	metadataCache = new MetadataCache(this.vault);
	fileManager = new FileManager(this.vault);
	workspace: Workspace = new Workspace(this);
	/** Registered view creators by type (Plugin.registerView fills it). */
	viewRegistry__ = new Map<string, (leaf: WorkspaceLeaf) => View>();
}

export interface Command {
	id: string;
	name: string;
	hotkeys?: unknown[];
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

export class Plugin extends Component {
	/** Test helpers: what the plugin registered. */
	commands__ = new Map<string, Command>();
	settingTabs__: unknown[] = [];
	statusBarItems__: HTMLElement[] = [];
	ribbonIcons__: HTMLElement[] = [];
	savedData__: unknown = null;

	constructor(public app: App, public manifest: { id: string; version: string; name?: string }) {
		super();
	}

	addCommand(command: Command): Command {
		if (this.commands__.has(command.id)) throw new Error(`duplicate command ${command.id}`);
		this.commands__.set(command.id, command);
		return command;
	}

	addSettingTab(tab: unknown): void {
		this.settingTabs__.push(tab);
	}

	addStatusBarItem(): HTMLElement {
		const el = document.createElement('div');
		this.statusBarItems__.push(el);
		return el;
	}

	addRibbonIcon(_icon: string, _title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement('div');
		el.addEventListener('click', callback as EventListener);
		this.ribbonIcons__.push(el);
		return el;
	}

	registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
		if (this.app.viewRegistry__.has(type)) throw new Error(`view ${type} already registered`);
		this.app.viewRegistry__.set(type, creator);
		this.register(() => this.app.viewRegistry__.delete(type));
	}

	async loadData(): Promise<unknown> {
		return this.savedData__ === null ? null : structuredClone(this.savedData__);
	}

	async saveData(data: unknown): Promise<void> {
		this.savedData__ = structuredClone(data);
	}
}

/** An app whose vault holds `files` (path → text). */
export function createApp__(files: Record<string, string> = {}): App {
	const app = new App();
	for (const [path, text] of Object.entries(files)) app.vault.seed__(path, text);
	return app;
}

/**
 * Runs a command the way the palette does: asks the check callback first and
 * runs it only when available. Returns false when the command is not available.
 * A command whose callback throws or rejects fails the test, as an unhandled
 * error would reach the console in Obsidian.
 */
export async function runCommand__(plugin: Plugin, id: string): Promise<boolean> {
	const command = plugin.commands__.get(id);
	if (!command) throw new Error(`no command ${id}`);
	const view = plugin.app.workspace.getActiveViewOfType(MarkdownView);
	if (command.editorCheckCallback || command.editorCallback) {
		// Obsidian hides editor commands while the note is in Reading view, and without an active editor.
		if (!view || view.getMode() === 'preview') return false;
		if (command.editorCheckCallback) {
			if (!command.editorCheckCallback(true, view.editor, view)) return false;
			await command.editorCheckCallback(false, view.editor, view);
		} else await command.editorCallback?.(view.editor, view);
		return true;
	}
	if (command.checkCallback) {
		if (!command.checkCallback(true)) return false;
		await command.checkCallback(false);
		return true;
	}
	await command.callback?.();
	return true;
}

/** Resets the static test registries between tests. */
export function resetUi__(): void {
	Notice.shown__ = [];
	Modal.open__ = [];
	Setting.all__ = [];
}
