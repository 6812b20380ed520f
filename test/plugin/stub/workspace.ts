import { element } from './dom';
import { Editor } from './editor';
import { Component, Events } from './events';
import type { App } from './app';
import type { TFile } from './vault';

/** Views, leaves and the workspace: enough to open notes in editors and side views. */

export class View extends Component {
	containerEl: HTMLElement = element();
	icon = '';
	navigation = false;
	constructor(public leaf: WorkspaceLeaf) {
		super();
	}
	get app(): App {
		return this.leaf.app;
	}
	getViewType(): string {
		return '';
	}
	getDisplayText(): string {
		return '';
	}
	getIcon(): string {
		return this.icon;
	}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: unknown): Promise<void> {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv?.({ cls: 'view-header' });
		this.contentEl = this.containerEl.createDiv?.({ cls: 'view-content' }) ?? element();
	}
	addAction(_icon: string, _title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = element();
		el.addEventListener?.('click', callback as EventListener);
		return el;
	}
}

/**
 * A note's view. In Reading view (`getMode() === 'preview'`) the editor still
 * exists but is not what the reader sees: jumping there moves nothing on screen.
 * Writes to the file on disk replace the editor's text, as Obsidian reloads an
 * open note changed from outside (unsaved typing in it is then lost).
 */
export class MarkdownView extends ItemView {
	file: TFile | null = null;
	editor: Editor = new Editor('');
	private mode: 'source' | 'preview' = 'source';
	/** Test helper: the ephemeral states set on this view (`{ line }` scrolls Reading view). */
	ephemeral__: unknown[] = [];
	override getViewType(): string {
		return 'markdown';
	}
	getMode(): 'source' | 'preview' {
		return this.mode;
	}
	/** Test helper: switch between editing and Reading view, as the user does. */
	setMode__(mode: 'source' | 'preview'): void {
		this.mode = mode;
	}
	setEphemeralState(state: unknown): void {
		this.ephemeral__.push(state);
	}
	override getState(): Record<string, unknown> {
		return { file: this.file?.path, mode: this.mode };
	}
	override async setState(state: { mode?: 'source' | 'preview' }, _result: unknown): Promise<void> {
		if (state.mode) this.mode = state.mode;
	}
	/** Test helper: Obsidian's autosave, writing the editor's text to disk. */
	async save__(): Promise<void> {
		if (this.file) await this.app.vault.modify(this.file, this.editor.getValue());
	}
}

/** What a background tab holds until it is shown (Obsidian 1.7.2+): not the real view. */
export class DeferredView extends View {
	constructor(leaf: WorkspaceLeaf, private readonly type: string, readonly state__: { file?: string }) {
		super(leaf);
	}
	override getViewType(): string {
		return this.type;
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	constructor(public app: App) {
		super();
		this.view = new View(this);
	}

	async openFile(file: TFile, openState?: { active?: boolean }): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		view.editor.setValue(await this.app.vault.read(file));
		this.view = view;
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this);
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	async loadIfDeferred(): Promise<void> {
		const view = this.view;
		if (!(view instanceof DeferredView)) return;
		if (view.getViewType() === 'markdown') {
			const file = view.state__.file ? this.app.vault.getFileByPath(view.state__.file) : null;
			if (file) await this.openFile(file, { active: false });
			return;
		}
		await this.setViewState({ type: view.getViewType() });
	}

	setEphemeralState(state: unknown): void {
		if (this.view instanceof MarkdownView) this.view.setEphemeralState(state);
	}

	getViewState(): { type: string } {
		return { type: this.view.getViewType() || 'empty' };
	}

	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		const creator = this.app.viewRegistry__.get(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		this.view.unload();
		this.view = creator(this);
		this.view.load();
		await this.view.onOpen();
		if (state.active) this.app.workspace.setActiveLeaf(this);
	}

	detach(): void {
		void this.view.onClose();
		this.view.unload();
		this.app.workspace.removeLeaf__(this);
	}
}

export class Workspace extends Events {
	leaves: WorkspaceLeaf[] = [];
	activeLeaf: WorkspaceLeaf | null = null;
	/** Leaves in the right sidebar (test helper). */
	rightLeaves__: WorkspaceLeaf[] = [];
	revealed__: WorkspaceLeaf[] = [];
	layoutReady = false;
	private readyCallbacks: Array<() => unknown> = [];

	/** The note last shown in a Markdown view: getActiveFile() keeps it while a sidebar has focus. */
	private lastFile: TFile | null = null;

	constructor(private readonly app: App) {
		super();
		app.vault.observers__.push((change) => {
			if (change.kind !== 'write') return;
			const text = app.vault.textOf__(change.file.path);
			for (const leaf of this.leaves) {
				if (leaf.view instanceof MarkdownView && leaf.view.file === change.file && text !== null && leaf.view.editor.getValue() !== text) {
					leaf.view.editor.setValue(text);
					// The reload is an editor change like any other to listeners.
					this.trigger('editor-change', leaf.view.editor, leaf.view);
				}
			}
		});
	}

	/** Test helper: a leaf Obsidian restored at start-up and left deferred (a background tab or sidebar). */
	restoreDeferred__(type: string, state: { file?: string } = {}, side: 'main' | 'right' = 'main'): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		leaf.view = new DeferredView(leaf, type, state);
		this.leaves.push(leaf);
		if (side === 'right') this.rightLeaves__.push(leaf);
		return leaf;
	}

	get activeEditor(): { editor?: Editor; file: TFile | null } | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? { editor: view.editor, file: view.file } : null;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: the moment Obsidian finishes restoring the layout. */
	finishLayout__(): void {
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) callback();
	}

	getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
		if (!newLeaf && this.activeLeaf && !this.rightLeaves__.includes(this.activeLeaf)) return this.activeLeaf;
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		return leaf;
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		this.rightLeaves__.push(leaf);
		return leaf;
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
		this.revealed__.push(leaf);
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** As in Obsidian: the last file shown, even while a sidebar view has focus. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof MarkdownView) return view.file;
		return this.lastFile && this.app.vault.getFileByPath(this.lastFile.path) === this.lastFile ? this.lastFile : null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		this.activeLeaf = leaf;
		if (leaf.view instanceof MarkdownView) this.lastFile = leaf.view.file;
		this.trigger('active-leaf-change', leaf);
		this.trigger('file-open', this.getActiveFile());
	}

	/** Test helper: the user clicks into a sidebar view (the checklist): it becomes the active leaf. */
	focusLeaf__(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		this.trigger('active-leaf-change', leaf);
	}

	removeLeaf__(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		this.rightLeaves__ = this.rightLeaves__.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves) callback(leaf);
	}
}
