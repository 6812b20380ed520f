import { debounce, ItemView, type WorkspaceLeaf } from 'obsidian';
import type { PostwrightHost } from '../host';
import { runAction } from '../run-action';
import { VAULT_REPORT_VIEW_TYPE } from '../view-types';
import { FollowedPosts, openNoteBeside } from './followed-posts';
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
	/** Each post's row, from its saved text. */
	private readonly posts: FollowedPosts<VaultReportRow>;
	private readonly updateChangedSoon = debounce(() => runAction('Could not update the vault report', () => this.updateChanged()), CHANGE_SETTLE_MS, true);

	constructor(leaf: WorkspaceLeaf, private readonly host: PostwrightHost) {
		super(leaf);
		this.posts = new FollowedPosts(this.app, host.posts.index, async (file) => {
			const analysis = await this.host.posts.analyzeFile(file);
			return analysis.profile ? reportRow(file.path, analysis) : null;
		});
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
			onOpen: (path) => runAction('Could not open the note', () => openNoteBeside(this, path)),
			onRefresh: () => runAction('Could not check the vault', () => this.refresh()),
		});
		this.posts.follow(this, () => this.updateChangedSoon());
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
		await this.posts.loadAll();
		this.table?.setRows(this.posts.values());
	}

	/** Re-checks only the posts that changed since the last pass. */
	private async updateChanged(): Promise<void> {
		if (this.running) await this.running;
		if (await this.posts.updateChanged() > 0) this.table?.setRows(this.posts.values());
	}
}
