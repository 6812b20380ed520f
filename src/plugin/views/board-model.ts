/**
 * The board's data: one card per post, grouped into columns by status in the
 * life-cycle order (idea → published). Plain data, so the grouping is tested
 * without a view.
 */
import { POST_STATUSES } from '../../core/profiles';
import { postSummary, type PostSummary } from './post-summary';

/** A card is a post's summary, the same one the vault report lists. */
export type BoardCard = PostSummary;

export interface BoardColumn {
	status: string;
	cards: BoardCard[];
}

export const boardCard = postSummary;

/**
 * A column per known status, always, so an empty one is still a place to move a
 * card to; a status the profile does not know gets its own column after them,
 * and a post with none goes under "no status". Newest change first in a column.
 */
export function boardColumns(cards: readonly BoardCard[]): BoardColumn[] {
	const columns = new Map<string, BoardCard[]>(POST_STATUSES.map((status) => [status, []]));
	for (const card of cards) {
		const list = columns.get(card.status) ?? [];
		list.push(card);
		columns.set(card.status, list);
	}
	const order = (a: BoardCard, b: BoardCard): number => b.lastUpdated.localeCompare(a.lastUpdated) || a.title.localeCompare(b.title);
	return [...columns].map(([status, list]) => ({ status, cards: list.sort(order) }));
}

/** The status before or after `status` in the life cycle, for moving a card by keyboard; null at either end. */
export function neighbourStatus(status: string, step: -1 | 1): string | null {
	const index = (POST_STATUSES as readonly string[]).indexOf(status);
	if (index < 0) return step === 1 ? POST_STATUSES[0] : null;
	return POST_STATUSES[index + step] ?? null;
}
