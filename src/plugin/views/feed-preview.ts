/**
 * The posted hook and the FULL POST's opening, drawn as the feed draws them
 * on a phone and on a desktop: exactly the fold model's visual lines, at the
 * device's column width and font size, scaled down to fit the sidebar, with
 * "…more" at the end of the last line when there is more. Picture and caption
 * come from the same fold result, so they always agree.
 */
import type { Analysis } from '../../core/analyze';
import type { FoldResult } from '../../core/metrics/fold';
import { foldFigures, shownHook } from '../../core/metrics/fold-summary';
import type { FoldDevice } from '../../core/profiles/fold-defaults';
import type { DeviceName } from '../../core/profiles/platforms';
import { child, KeyedList, setAttr, setText } from './dom';
import { DEVICE_LABELS, DEVICES } from './hook-meters';

const SVG = 'http://www.w3.org/2000/svg';

export interface PreviewCard {
	/** `hook-mobile`, `opening-desktop`… */
	key: string;
	title: string;
	device: DeviceName;
	settings: FoldDevice;
	fold: FoldResult;
	/** Characters of the whole text. */
	total: number;
}

/** The cards to draw: the posted hook (else the recommended, else the first) and the FULL POST opening, on each device. */
export function previewCards(analysis: Analysis): PreviewCard[] {
	const { metrics, profile } = analysis;
	const fold = profile?.fold;
	if (!metrics || !fold) return [];
	const hook = shownHook(metrics);
	const role = hook?.posted ? ' (posted)' : hook?.recommended ? ' (recommended)' : '';
	const sources = [
		{ key: 'hook', title: hook ? `Hook ${hook.name}${role}` : '', folds: hook?.fold ?? null, total: hook?.characters ?? 0 },
		{ key: 'opening', title: 'Full post opening', folds: metrics.opening, total: metrics.characters },
	];
	const cards: PreviewCard[] = [];
	for (const source of sources) {
		if (!source.folds) continue;
		for (const device of DEVICES) {
			cards.push({ key: `${source.key}-${device}`, title: source.title, device, settings: fold[device], fold: source.folds[device], total: source.total });
		}
	}
	return cards;
}

interface CardParts {
	title: HTMLElement;
	device: HTMLElement;
	screen: SVGSVGElement;
	figures: HTMLElement;
	/** Line elements kept between updates; only their text changes. */
	lines: SVGTextElement[];
	more: SVGTSpanElement;
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
		const byline = child(author, 'div', 'postwright-feed-byline');
		child(byline, 'div', 'postwright-feed-name', 'You');
		child(byline, 'div', 'postwright-feed-meta', 'Now');
		const doc = node.ownerDocument;
		const screen = doc.createElementNS(SVG, 'svg');
		screen.setAttribute('class', 'postwright-feed-screen');
		screen.setAttribute('preserveAspectRatio', 'xMinYMin meet');
		screen.setAttribute('role', 'img');
		node.appendChild(screen);
		const more = doc.createElementNS(SVG, 'tspan');
		more.setAttribute('class', 'postwright-feed-more');
		const figures = child(node, 'div', 'postwright-feed-figures');
		this.parts.set(node, { title, device, screen, figures, lines: [], more });
		return node;
	}

	private updateCard(node: HTMLElement, card: PreviewCard): void {
		const parts = this.parts.get(node)!;
		const { settings, fold } = card;
		setAttr(node, 'data-device', card.device);
		node.style.setProperty('--postwright-feed-width', `${settings.width}px`);
		setText(parts.title, card.title);
		setText(parts.device, `${DEVICE_LABELS[card.device]} · ${settings.width} px`);
		const rows = Math.max(1, fold.lines.length);
		setAttr(parts.screen, 'viewBox', `0 0 ${settings.width} ${rows * settings.lineHeight}`);
		setAttr(parts.screen, 'font-size', String(settings.fontSize));
		setAttr(parts.screen, 'aria-label', fold.visibleText + (fold.complete ? '' : settings.label));
		const doc = node.ownerDocument;
		while (parts.lines.length < fold.lines.length) {
			const line = doc.createElementNS(SVG, 'text');
			line.setAttribute('class', 'postwright-feed-line');
			line.setAttribute('x', '0');
			// Spaces as typed: SVG would otherwise collapse them.
			line.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
			parts.screen.appendChild(line);
			parts.lines.push(line);
		}
		while (parts.lines.length > fold.lines.length) parts.lines.pop()?.remove();
		// The text's baseline sits where a browser puts it in a line box: half the leading above the em box, 0.93 em (Roboto's ascent) down.
		const baseline = (settings.lineHeight - settings.fontSize) / 2 + settings.fontSize * 0.93;
		fold.lines.forEach((text, i) => {
			const line = parts.lines[i] as SVGTextElement;
			setAttr(line, 'y', (i * settings.lineHeight + baseline).toFixed(2));
			const isLast = i === fold.lines.length - 1;
			const body = line.firstChild && line.firstChild.nodeType === 3 ? (line.firstChild as Text) : line.insertBefore(doc.createTextNode(''), line.firstChild);
			if (body.data !== text) body.data = text;
			if (isLast && !fold.complete) {
				if (parts.more.parentNode !== line) line.appendChild(parts.more);
				if (parts.more.textContent !== settings.label) parts.more.textContent = settings.label;
			}
		});
		if (fold.complete) parts.more.remove();
		setText(parts.figures, foldFigures(fold, card.total, settings));
	}
}
