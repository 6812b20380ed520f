import { debounce, ItemView, Menu, type TFile, type WorkspaceLeaf } from 'obsidian';
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
import { FollowedPosts, openNoteBeside } from './followed-posts';

const CHANGE_SETTLE_MS = 300;

/**
 * The vault's posts as a board, a column per status: the vault report's posts
 * in a second layout. Posts are found through the metadata cache (PostIndex),
 * only posts are read, and a card follows its note's changes. Moving a card
 * writes the field playing its profile's status role; moving to published goes through Mark as published.
 */
export class BoardView extends ItemView {
	private board: BoardRenderer | null = null;
	private readonly posts: FollowedPosts<BoardCard>;
	private readonly updateSoon = debounce(() => void this.update(), CHANGE_SETTLE_MS, true);

	constructor(leaf: WorkspaceLeaf, private readonly host: PostwrightHost) {
		super(leaf);
		this.posts = new FollowedPosts(this.app, host.posts.index, (file) => this.read(file));
	}

	private get cards(): Map<string, BoardCard> {
		return this.posts.items;
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
			onOpen: (path) => runAction('Could not open the note', () => openNoteBeside(this, path)),
			onMenu: (card, at) => this.showMenu(card, at),
			onMove: (card, status) => runAction('Could not move the post', () => this.move(card, status)),
		});
		this.posts.follow(this, () => this.updateSoon());
		this.register(() => this.updateSoon.cancel());
		this.app.workspace.onLayoutReady(() => runAction('Could not read the posts', () => this.loadCards()));
	}

	override async onClose(): Promise<void> {
		this.updateSoon.cancel();
		this.board = null;
	}

	/** Every post, found through the metadata cache. */
	async loadCards(): Promise<void> {
		await this.posts.loadAll();
		this.board?.setCards(this.posts.values());
	}

	/** The posts that changed since the last look. */
	async update(): Promise<void> {
		await this.posts.updateChanged();
		this.board?.setCards(this.posts.values());
	}

	/** A post open in an editor is read from there: its card shows what the author sees. */
	private async read(file: TFile): Promise<BoardCard | null> {
		const view = markdownViewFor(this.app, file);
		const analysis = view ? this.host.posts.analyzeText(view.editor.getValue(), file) : await this.host.posts.analyzeFile(file);
		return analysis.profile ? boardCard(file.path, analysis) : null;
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
		this.posts.markChanged(file.path);
		await this.update();
	}
}
