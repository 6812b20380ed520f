import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { PostwrightHost } from '../host';
import { VAULT_REPORT_VIEW_TYPE } from '../view-types';
import { reportRow, VaultReportTable, type VaultReportRow } from './vault-report-render';

/**
 * Every post of the vault with its status, words, errors and warnings.
 * Checked when opened and when the refresh button is pressed, not on every
 * change: a vault-wide pass is the one thing here that is not instant.
 */
export class VaultReportView extends ItemView {
	private table: VaultReportTable | null = null;
	private running: Promise<void> | null = null;

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
			onOpen: (path) => void this.openNote(path),
			onRefresh: () => void this.refresh(),
		});
		await this.refresh();
	}

	override async onClose(): Promise<void> {
		this.table = null;
	}

	/** Checks every Markdown note from its saved text; a second press while one runs waits for it. */
	refresh(): Promise<void> {
		this.running ??= this.check().finally(() => {
			this.running = null;
		});
		return this.running;
	}

	private async check(): Promise<void> {
		this.table?.showChecking();
		const rows: VaultReportRow[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			const analysis = await this.host.posts.analyzeFile(file);
			if (analysis.profile) rows.push(reportRow(file.path, analysis));
		}
		this.table?.setRows(rows);
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
