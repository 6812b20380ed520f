/**
 * One meter per `## VARIANTS` platform and, where the variant is longer than
 * one post, one per part of its thread (PRODUCT §2.1): each part's length as
 * that platform counts it against its limit. The figures come from the
 * engine's analysis (`metrics.variants`); nothing is measured here.
 */
import type { PlacedPart, VariantMeasure } from '../../core/variants/measure';
import { child, KeyedList, setAttr, setText } from './dom';

interface VariantParts {
	name: HTMLElement;
	summary: HTMLElement;
	split: HTMLElement;
	parts: KeyedList<PartRow>;
}

interface PartRow {
	index: number;
	count: number;
	part: PlacedPart;
	limit: number;
}

interface PartElements {
	label: HTMLElement;
	fill: HTMLElement;
	figure: HTMLElement;
}

function figure(n: number): string {
	return String(n);
}

export function variantSummary(variant: VariantMeasure): string {
	const count = variant.parts.length;
	const whole = `${figure(variant.length)}/${figure(variant.limit)}`;
	if (count <= 1) return whole;
	return `${whole}: a thread of ${count}`;
}

export class VariantMetersRenderer {
	readonly root: HTMLElement;
	private readonly variants: KeyedList<VariantMeasure>;
	private readonly elements = new WeakMap<HTMLElement, VariantParts>();
	private readonly partElements = new WeakMap<HTMLElement, PartElements>();

	constructor(parent: HTMLElement) {
		this.root = child(parent, 'div', 'postwright-variant-meters');
		this.variants = new KeyedList<VariantMeasure>(this.root, (_variant, host) => this.createVariant(host), (node, variant) => this.updateVariant(node, variant));
	}

	update(variants: readonly VariantMeasure[]): void {
		this.variants.patch(variants, (variant) => variant.platform);
	}

	private createVariant(host: HTMLElement): HTMLElement {
		const node = child(host, 'div', 'postwright-variant-meter');
		const header = child(node, 'div', 'postwright-variant-header');
		const name = child(header, 'span', 'postwright-variant-name');
		const split = child(header, 'span', 'postwright-badge postwright-badge-split', 'Split by hand');
		const summary = child(header, 'span', 'postwright-variant-summary');
		const list = child(node, 'div', 'postwright-part-list');
		const parts = new KeyedList<PartRow>(list, (_row, partHost) => this.createPart(partHost), (row, part) => this.updatePart(row, part));
		this.elements.set(node, { name, summary, split, parts });
		return node;
	}

	private updateVariant(node: HTMLElement, variant: VariantMeasure): void {
		const view = this.elements.get(node)!;
		setText(view.name, variant.label);
		setText(view.summary, variantSummary(variant));
		view.split.hidden = !variant.handSplit;
		const over = variant.parts.some((part) => part.length > variant.limit);
		setAttr(node, 'data-over', String(over));
		const rows = variant.parts.map((part, index) => ({ index, count: variant.parts.length, part, limit: variant.limit }));
		view.parts.patch(rows.length > 1 || over ? rows : [], (row) => String(row.index));
	}

	private createPart(host: HTMLElement): HTMLElement {
		const row = child(host, 'div', 'postwright-part-row');
		const label = child(row, 'span', 'postwright-part-label');
		const bar = child(row, 'div', 'postwright-bar');
		const fill = child(bar, 'div', 'postwright-bar-fill');
		const figureEl = child(row, 'span', 'postwright-figure postwright-part-figure');
		this.partElements.set(row, { label, fill, figure: figureEl });
		return row;
	}

	private updatePart(row: HTMLElement, { index, count, part, limit }: PartRow): void {
		const view = this.partElements.get(row)!;
		setText(view.label, `${index + 1}/${count}`);
		view.fill.style.setProperty('--postwright-fill', Math.min(1, part.length / limit).toFixed(3));
		setText(view.figure, `${figure(part.length)}/${figure(limit)}`);
		setAttr(row, 'data-over', String(part.length > limit));
		setAttr(row, 'title', part.text.length > 80 ? `${part.text.slice(0, 80)}…` : part.text);
	}
}
