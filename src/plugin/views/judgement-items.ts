/**
 * Judgement calls no rule can make (single subject, single question…) as
 * checkboxes. Each one mirrors a `- [ ] Label` task item in the note's NOTES
 * section; the analysis gives each item and the edit that ticks it
 * (src/core/notes/judgement.ts), so a tick writes the `x` there, or adds the
 * task line at the end of NOTES.
 */
import type { JudgementItem } from '../../core/notes/judgement';
import { child, KeyedList, setAttr, setText } from './dom';

export type { JudgementItem } from '../../core/notes/judgement';

const keyOf = (label: string): string => label.trim().toLowerCase();

interface ItemParts {
	box: HTMLInputElement;
	label: HTMLElement;
}

export class JudgementRenderer {
	readonly root: HTMLElement;
	private readonly hint: HTMLElement;
	private readonly list: KeyedList<JudgementItem>;
	private readonly parts = new WeakMap<HTMLElement, ItemParts>();
	private readonly current = new WeakMap<HTMLElement, JudgementItem>();
	private writable = true;

	constructor(parent: HTMLElement, private readonly onToggle: (item: JudgementItem, checked: boolean) => void) {
		this.root = child(parent, 'div', 'postwright-judgement');
		const ul = child(this.root, 'ul', 'postwright-judgement-list');
		this.hint = child(this.root, 'div', 'postwright-muted', 'Add a "## NOTES" section to record these in the note.');
		this.list = new KeyedList<JudgementItem>(ul, (item, host) => this.createItem(host), (node, item) => this.updateItem(node, item));
	}

	/** Items come from the analysis; one without a toggle edit has no NOTES section to be written to. */
	update(items: readonly JudgementItem[]): void {
		this.writable = items.every((item) => item.toggle !== null);
		this.hint.hidden = this.writable;
		this.list.patch(items, (item) => keyOf(item.label));
	}

	private createItem(host: HTMLElement): HTMLElement {
		const node = child(host, 'li', 'postwright-judgement-item');
		const label = child(node, 'label', 'postwright-judgement-label');
		const box = child(label, 'input', 'task-list-item-checkbox');
		box.type = 'checkbox';
		const text = child(label, 'span', 'postwright-judgement-text');
		box.addEventListener('change', () => {
			const item = this.current.get(node);
			if (!item) return;
			const checked = box.checked;
			// The note is the truth: show its state until the write comes back through the next update.
			box.checked = item.checked;
			this.onToggle(item, checked);
		});
		this.parts.set(node, { box, label: text });
		return node;
	}

	private updateItem(node: HTMLElement, item: JudgementItem): void {
		this.current.set(node, item);
		const parts = this.parts.get(node)!;
		if (parts.box.checked !== item.checked) parts.box.checked = item.checked;
		parts.box.disabled = !this.writable;
		setText(parts.label, item.label);
		setAttr(node, 'data-checked', String(item.checked));
	}
}
