/**
 * The board: a column per status, a card per post with its title, words,
 * problem counts and dates. A card opens its note on click or Enter; its
 * "Move" button (or the context-menu key) asks to move it, and
 * Shift+Arrow left/right moves it to the neighbouring status. Text from notes
 * only ever reaches the DOM as text.
 */
import { plural } from '../../core/counts';
import { boardColumns, neighbourStatus, type BoardCard, type BoardColumn } from './board-model';
import { activate, child, KeyedList, setAttr, setText } from './dom';

export interface BoardCallbacks {
	onOpen(path: string): void;
	/** Show the move menu for the card, at the element that asked for it. */
	onMenu(card: BoardCard, at: HTMLElement): void;
	onMove(card: BoardCard, status: string): void;
}

interface CardParts {
	title: HTMLElement;
	counts: HTMLElement;
	dates: HTMLElement;
}

export class BoardRenderer {
	readonly root: HTMLElement;
	private readonly columns: KeyedList<BoardColumn>;
	private readonly lists = new WeakMap<HTMLElement, { heading: HTMLElement; cards: KeyedList<BoardCard> }>();
	private readonly cardParts = new WeakMap<HTMLElement, CardParts>();
	private readonly current = new WeakMap<HTMLElement, BoardCard>();

	constructor(parent: HTMLElement, private readonly callbacks: BoardCallbacks) {
		this.root = child(parent, 'div', 'postwright-board');
		this.columns = new KeyedList<BoardColumn>(this.root, (_, host) => this.createColumn(host), (node, column) => this.updateColumn(node, column));
	}

	setCards(cards: readonly BoardCard[]): void {
		this.columns.patch(boardColumns(cards), (column) => column.status);
	}

	private createColumn(host: HTMLElement): HTMLElement {
		const node = child(host, 'section', 'postwright-board-column');
		const heading = child(node, 'h3', 'postwright-board-heading');
		const list = child(node, 'div', 'postwright-board-cards');
		setAttr(list, 'role', 'list');
		this.lists.set(node, { heading, cards: new KeyedList<BoardCard>(list, (_, parent) => this.createCard(parent), (card, data) => this.updateCard(card, data)) });
		return node;
	}

	private updateColumn(node: HTMLElement, column: BoardColumn): void {
		const parts = this.lists.get(node)!;
		setAttr(node, 'data-status', column.status);
		setText(parts.heading, `${column.status || 'No status'} (${column.cards.length})`);
		parts.cards.patch(column.cards, (card) => card.path);
	}

	private createCard(host: HTMLElement): HTMLElement {
		const node = child(host, 'div', 'postwright-board-card');
		setAttr(node, 'role', 'listitem');
		const card = (): BoardCard | undefined => this.current.get(node);
		activate(node, () => {
			const data = card();
			if (data) this.callbacks.onOpen(data.path);
		});
		node.addEventListener('keydown', (event) => {
			const data = card();
			if (!data) return;
			const step = event.shiftKey && event.key === 'ArrowRight' ? 1 : event.shiftKey && event.key === 'ArrowLeft' ? -1 : 0;
			const target = step === 0 ? null : neighbourStatus(data.status, step);
			if (target) this.callbacks.onMove(data, target);
			if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) this.callbacks.onMenu(data, node);
			if (target || event.key === 'ContextMenu') event.preventDefault();
		});
		const title = child(node, 'div', 'postwright-board-title');
		const counts = child(node, 'div', 'postwright-board-counts');
		const dates = child(node, 'div', 'postwright-board-dates');
		const move = child(node, 'button', 'postwright-board-move', 'Move');
		move.type = 'button';
		move.addEventListener('click', (event) => {
			event.stopPropagation();
			const data = card();
			if (data) this.callbacks.onMenu(data, move);
		});
		move.addEventListener('keydown', (event) => event.stopPropagation());
		this.cardParts.set(node, { title, counts, dates });
		return node;
	}

	private updateCard(node: HTMLElement, card: BoardCard): void {
		this.current.set(node, card);
		const parts = this.cardParts.get(node)!;
		setText(parts.title, card.title);
		setAttr(node, 'title', card.path);
		const problems = [plural(card.errors, 'error'), plural(card.warnings, 'warning'), plural(card.infos, 'info')];
		setText(parts.counts, `${plural(card.words, 'word')} · ${problems.join(' · ')}`);
		setAttr(parts.counts, 'data-state', card.errors > 0 ? 'error' : card.warnings > 0 ? 'warning' : 'ok');
		const dates = [card.lastUpdated && `Updated ${card.lastUpdated}`, card.publishedDate && `${card.status === 'scheduled' ? 'Planned' : 'Published'} ${card.publishedDate}`];
		setText(parts.dates, dates.filter(Boolean).join(' · '));
	}
}
