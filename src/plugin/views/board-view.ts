import { debounce, ItemView, Menu, TFile, type WorkspaceLeaf } from 'obsidian';
import { POST_STATUSES } from '../../core/profiles';
import { fieldsByRole } from '../../core/profiles/profile';
import { openPublishModal } from '../commands/mark-published';
import { writeFields } from '../frontmatter-write';
import type { PostwrightHost } from '../host';
import { markdownViewFor } from '../note-editor';
import { runAction } from '../run-action';
import { BOARD_VIEW_TYPE } from '../view-types';
import { boardCard, type BoardCard } from './board-model';
import { BoardRenderer } from './board-render';

const CHANGE_SETTLE_MS = 300;

/**
 * The vault's posts as a board, a column per status: the vault report's posts
 * in a second layout. Posts are found through the metadata cache (PostIndex),
 * only posts are read, and a card follows its note's changes. Moving a card
 * writes the field playing its profile's status role; moving to published goes through Mark as published.
 */
export class BoardView extends ItemView {
	private board: BoardRenderer | null = null;
	private readonly cards = new Map<string, BoardCard>();
	private readonly changed = new Set<string>();
	private readonly updateSoon = debounce(() => void this.update(), CHANGE_SETTLE_MS, true);

	constructor(leaf: WorkspaceLeaf, private readonly host: PostwrightHost) {
		super(leaf);
	}

	override getViewType(): string {
		return BOARD_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Postwright board';
	}

	override getIcon(): string {
		return 'kanban-square';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('postwright-view');
		this.board = new BoardRenderer(this.contentEl, {
			onOpen: (path) => runAction('Could not open the note', () => this.openNote(path)),
			onMenu: (card, at) => this.showMenu(card, at),
			onMove: (card, status) => runAction('Could not move the post', () => this.move(card, status)),
		});
		this.host.posts.index.subscribe(this, (file, oldPath) => {
			if (oldPath !== undefined) this.cards.delete(oldPath);
			this.changed.add(file.path);
			this.updateSoon();
		});
		this.register(() => this.updateSoon.cancel());
		this.app.workspace.onLayoutReady(() => runAction('Could not read the posts', () => this.loadCards()));
	}

	override async onClose(): Promise<void> {
		this.updateSoon.cancel();
		this.board = null;
	}

	/** Every post, found through the metadata cache. */
	async loadCards(): Promise<void> {
		this.cards.clear();
		for (const file of this.host.posts.index.posts()) await this.read(file);
		this.board?.setCards([...this.cards.values()]);
	}

	/** The posts that changed since the last look. */
	async update(): Promise<void> {
		const paths = [...this.changed];
		this.changed.clear();
		for (const path of paths) {
			const file = this.app.vault.getFileByPath(path);
			if (file instanceof TFile && this.host.posts.index.isPost(file)) await this.read(file);
			else this.cards.delete(path);
		}
		this.board?.setCards([...this.cards.values()]);
	}

	/** A post open in an editor is read from there: its card shows what the author sees. */
	private async read(file: TFile): Promise<void> {
		const view = markdownViewFor(this.app, file);
		const analysis = view ? this.host.posts.analyzeText(view.editor.getValue(), file) : await this.host.posts.analyzeFile(file);
		if (analysis.profile) this.cards.set(file.path, boardCard(file.path, analysis));
		else this.cards.delete(file.path);
	}

	private showMenu(card: BoardCard, at: HTMLElement): void {
		const menu = new Menu();
		for (const status of POST_STATUSES) {
			if (status === card.status) continue;
			menu.addItem((item) => item.setTitle(`Move to ${status}`).onClick(() => runAction('Could not move the post', () => this.move(card, status))));
		}
		const rect = at.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.bottom });
	}

	/** Writes the new status (through the note's editor when it is open); published asks for the date and link first. */
	async move(card: BoardCard, status: string): Promise<void> {
		const file = this.app.vault.getFileByPath(card.path);
		if (!file || status === card.status) return;
		if (status === 'published') {
			openPublishModal(this.host, file);
			return;
		}
		const profile = this.host.posts.profileOf(file);
		if (!profile) return;
		// The field playing the status role: `status` in linkedin-post, a custom profile's own key otherwise.
		await writeFields(this.app, file, fieldsByRole(profile, { status }));
		this.changed.add(file.path);
		await this.update();
	}

	private async openNote(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		let leaf = this.app.workspace.getLeaf(false);
		if (leaf === this.leaf) leaf = this.app.workspace.getLeaf('tab');
		await leaf.openFile(file);
	}
}
