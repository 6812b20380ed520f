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

export class MarkdownView extends ItemView {
	file: TFile | null = null;
	editor: Editor = new Editor('');
	override getViewType(): string {
		return 'markdown';
	}
	getMode(): string {
		return 'source';
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	constructor(public app: App) {
		super();
		this.view = new View(this);
	}

	async openFile(file: TFile): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		view.editor.setValue(await this.app.vault.read(file));
		this.view = view;
		this.app.workspace.setActiveLeaf(this);
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

	constructor(private readonly app: App) {
		super();
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

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view.file : null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		this.trigger('active-leaf-change', leaf);
		this.trigger('file-open', this.getActiveFile());
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
