import { debounce, ItemView, TFile, type WorkspaceLeaf } from 'obsidian';
import type { PostwrightHost } from '../host';
import { runAction } from '../run-action';
import { VAULT_REPORT_VIEW_TYPE } from '../view-types';
import { reportRow, VaultReportTable, type VaultReportRow } from './vault-report-render';

/** How long the report waits for a burst of changes (a sync, a multi-file edit) to settle. */
const CHANGE_SETTLE_MS = 500;

/**
 * Every post of the vault with its status, words, errors and warnings. Posts are
 * found through the metadata cache (only posts are read, never every note), checked
 * when the report opens or its command runs, and a post's row follows its changes.
 * A report restored at start-up waits for the layout to be ready before it reads anything.
 */
export class VaultReportView extends ItemView {
	private table: VaultReportTable | null = null;
	private running: Promise<void> | null = null;
	private readonly rows = new Map<string, VaultReportRow>();
	private readonly changed = new Set<string>();
	private readonly updateChangedSoon = debounce(() => runAction('Could not update the vault report', () => this.updateChanged()), CHANGE_SETTLE_MS, true);

	constructor(leaf: WorkspaceLeaf, private readonly host: PostwrightHost) {
		super(leaf);
	}

	override getViewType(): string {
		return VAULT_REPORT_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Postwright vault report';
	}

	override getIcon(): string {
		return 'table';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('postwright-view');
		this.table = new VaultReportTable(this.contentEl, {
			onOpen: (path) => runAction('Could not open the note', () => this.openNote(path)),
			onRefresh: () => runAction('Could not check the vault', () => this.refresh()),
		});
		this.host.posts.index.subscribe(this, (file, oldPath) => {
			if (oldPath !== undefined) this.forget(oldPath);
			this.changed.add(file.path);
			this.updateChangedSoon();
		});
		this.register(() => this.updateChangedSoon.cancel());
		this.app.workspace.onLayoutReady(() => runAction('Could not check the vault', () => this.refresh()));
	}

	override async onClose(): Promise<void> {
		this.updateChangedSoon.cancel();
		this.table = null;
	}

	/** Checks every post from its saved text; a second press while one runs waits for it. */
	refresh(): Promise<void> {
		this.running ??= this.check().finally(() => {
			this.running = null;
		});
		return this.running;
	}

	private async check(): Promise<void> {
		this.table?.showChecking();
		this.changed.clear();
		this.rows.clear();
		for (const file of this.host.posts.index.posts()) {
			const analysis = await this.host.posts.analyzeFile(file);
			if (analysis.profile) this.rows.set(file.path, reportRow(file.path, analysis));
		}
		this.table?.setRows([...this.rows.values()]);
	}

	/** Re-checks only the posts that changed since the last pass. */
	private async updateChanged(): Promise<void> {
		if (this.running) await this.running;
		const paths = [...this.changed];
		this.changed.clear();
		for (const path of paths) {
			const file = this.app.vault.getFileByPath(path);
			const analysis = file instanceof TFile && this.host.posts.index.isPost(file) ? await this.host.posts.analyzeFile(file) : null;
			if (analysis?.profile) this.rows.set(path, reportRow(path, analysis));
			else this.rows.delete(path);
		}
		if (paths.length > 0) this.table?.setRows([...this.rows.values()]);
	}

	private forget(path: string): void {
		this.rows.delete(path);
		this.changed.delete(path);
	}

	private async openNote(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		// Never replace the report itself: when the workspace offers this leaf, open a tab beside it.
		let leaf = this.app.workspace.getLeaf(false);
		if (leaf === this.leaf) leaf = this.app.workspace.getLeaf('tab');
		await leaf.openFile(file);
	}
}
