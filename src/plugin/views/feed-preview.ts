/**
 * The recommended hook and the FULL POST's opening, drawn as a feed draws them
 * on a phone and on a desktop: the text the fold lets through, then
 * "…see more" when there is more. The cut is the core's fold result, so the
 * preview and the meters can never disagree.
 */
import type { Analysis } from '../../core/analyze';
import type { FoldResult } from '../../core/metrics/fold';
import type { DeviceName } from '../../core/profiles/platforms';
import { child, KeyedList, setAttr, setText } from './dom';
import { DEVICE_LABELS, DEVICES } from './hook-meters';

export const SEE_MORE = '…see more';

export interface PreviewCard {
	/** `hook-mobile`, `opening-desktop`… */
	key: string;
	title: string;
	device: DeviceName;
	charsPerLine: number;
	fold: FoldResult;
}

/** The cards to draw: the recommended hook (or the first, when none is marked) and the FULL POST opening, on each device. */
export function previewCards(analysis: Analysis): PreviewCard[] {
	const { post, metrics, profile } = analysis;
	const fold = profile?.limits.fold;
	if (!metrics || !fold) return [];
	const cards: PreviewCard[] = [];
	const index = Math.max(0, post.hooks.findIndex((hook) => hook.recommended));
	const hook = metrics.hooks[index];
	const sources: Array<{ key: string; title: string; folds: Record<DeviceName, FoldResult> | null }> = [
		{ key: 'hook', title: hook ? `Hook ${hook.name}${hook.recommended ? ' (recommended)' : ''}` : '', folds: hook?.fold ?? null },
		{ key: 'opening', title: 'Full post opening', folds: metrics.opening },
	];
	for (const source of sources) {
		if (!source.folds) continue;
		for (const device of DEVICES) {
			cards.push({ key: `${source.key}-${device}`, title: source.title, device, charsPerLine: fold[device].charsPerLine, fold: source.folds[device] });
		}
	}
	return cards;
}

interface CardParts {
	title: HTMLElement;
	device: HTMLElement;
	text: HTMLElement;
	more: HTMLElement;
	figures: HTMLElement;
}

export class FeedPreviewRenderer {
	readonly root: HTMLElement;
	private readonly empty: HTMLElement;
	private readonly cards: KeyedList<PreviewCard>;
	private readonly parts = new WeakMap<HTMLElement, CardParts>();

	constructor(parent: HTMLElement) {
		this.root = child(parent, 'div', 'postwright-preview');
		this.empty = child(this.root, 'div', 'postwright-empty', 'Nothing to preview: this platform has no fold, or the post has no hook or full post yet.');
		const list = child(this.root, 'div', 'postwright-preview-list');
		this.cards = new KeyedList<PreviewCard>(list, (card, host) => this.createCard(host), (node, card) => this.updateCard(node, card));
	}

	update(analysis: Analysis): void {
		const cards = previewCards(analysis);
		this.empty.hidden = cards.length > 0;
		this.cards.patch(cards, (card) => card.key);
	}

	private createCard(host: HTMLElement): HTMLElement {
		const node = child(host, 'div', 'postwright-feed-card');
		const caption = child(node, 'div', 'postwright-feed-caption');
		const title = child(caption, 'span', 'postwright-feed-title');
		const device = child(caption, 'span', 'postwright-feed-device');
		const author = child(node, 'div', 'postwright-feed-author');
		child(author, 'span', 'postwright-feed-avatar');
		const lines = child(author, 'div', 'postwright-feed-byline');
		child(lines, 'div', 'postwright-feed-name', 'You');
		child(lines, 'div', 'postwright-feed-meta', 'Now');
		const body = child(node, 'div', 'postwright-feed-text');
		const text = child(body, 'span', 'postwright-feed-visible');
		const more = child(body, 'span', 'postwright-feed-more', SEE_MORE);
		const figures = child(node, 'div', 'postwright-feed-figures');
		this.parts.set(node, { title, device, text, more, figures });
		return node;
	}

	private updateCard(node: HTMLElement, card: PreviewCard): void {
		const parts = this.parts.get(node)!;
		setAttr(node, 'data-device', card.device);
		node.style.setProperty('--postwright-chars-per-line', String(card.charsPerLine));
		setText(parts.title, card.title);
		setText(parts.device, DEVICE_LABELS[card.device]);
		setText(parts.text, card.fold.visibleText);
		parts.more.hidden = card.fold.complete;
		const shown = card.fold.complete ? 'shows whole' : `cut after ${card.fold.visibleChars} characters`;
		setText(parts.figures, `${card.fold.visibleLines} lines · ${shown}`);
	}
}
