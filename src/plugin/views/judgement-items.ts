/**
 * Judgement calls no rule can make (single subject, single question…) as
 * checkboxes. Each one mirrors a `- [ ] Label` task item in the note's NOTES
 * section; ticking a box writes the `x` there, and ticking one the note lacks
 * adds its task line at the end of NOTES.
 */
import { lineEnding } from '../../core/fix';
import type { PostModel } from '../../core/parse/post';
import type { SourceLine } from '../../core/parse/source';
import type { Profile } from '../../core/profiles/profile';
import type { TextEdit } from '../../core/types';
import { child, KeyedList, setAttr, setText } from './dom';

export interface JudgementItem {
	label: string;
	checked: boolean;
	/** Offset of the character between the brackets, or null when the note has no such task yet. */
	markOffset: number | null;
}

const keyOf = (label: string): string => label.trim().toLowerCase();

/** The profile's judgement items first, in its order, then any other task items the author added to NOTES. */
export function judgementItems(post: PostModel, profile: Profile): JudgementItem[] {
	const tasks = post.notes?.tasks ?? [];
	const byLabel = new Map(tasks.map((task) => [keyOf(task.label), task]));
	const items: JudgementItem[] = profile.judgementItems.map((label) => {
		const task = byLabel.get(keyOf(label));
		return { label: task?.label ?? label, checked: task?.checked ?? false, markOffset: task?.markOffset ?? null };
	});
	const known = new Set(profile.judgementItems.map(keyOf));
	for (const task of tasks) {
		if (!known.has(keyOf(task.label))) items.push({ label: task.label, checked: task.checked, markOffset: task.markOffset });
	}
	return items;
}

/**
 * The edit that ticks (or unticks) an item: the mark between the brackets, or
 * a new task line after NOTES' last non-blank line. Null when the note has no
 * NOTES section to write to.
 */
export function judgementEdit(post: PostModel, item: JudgementItem, checked: boolean): TextEdit | null {
	const mark = checked ? 'x' : ' ';
	if (item.markOffset !== null) return { from: item.markOffset, to: item.markOffset + 1, insert: mark };
	const notes = post.notes;
	if (!notes) return null;
	const { lines } = post.source;
	let last = notes.section.heading.lineIndex;
	for (let i = notes.section.firstLine; i < notes.section.endLine; i++) {
		if ((lines[i] as SourceLine).text.trim() !== '') last = i;
	}
	const at = (lines[last] as SourceLine).end;
	return { from: at, to: at, insert: `${lineEnding(post.source.text)}- [${mark}] ${item.label}` };
}

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

	update(post: PostModel, profile: Profile): void {
		this.writable = post.notes !== null;
		this.hint.hidden = this.writable;
		this.list.patch(judgementItems(post, profile), (item) => keyOf(item.label));
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
