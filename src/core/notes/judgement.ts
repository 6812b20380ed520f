import { lineEnding } from '../fix';
import type { PostModel } from '../parse/post';
import type { SourceLine } from '../parse/source';
import type { Profile } from '../profiles/profile';
import type { TextEdit } from '../types';

/**
 * Judgement calls no rule can make (single subject, single question…). Each
 * one is a `- [ ] Label` task item in the note's NOTES section; the sidebar
 * shows them as checkboxes and writes a tick with the item's `toggle` edit.
 */
export interface JudgementItem {
	label: string;
	checked: boolean;
	/** Offset of the character between the brackets, or null when the note has no such task yet. */
	markOffset: number | null;
	/** The edit that flips the item (a new task line when the note lacks it); null when there is no NOTES section to write to. */
	toggle: TextEdit | null;
}

const keyOf = (label: string): string => label.trim().toLowerCase();

/** The profile's judgement items first, in its order, then any other task items the author added to NOTES. */
export function judgementItems(post: PostModel, profile: Profile): JudgementItem[] {
	const tasks = post.notes?.tasks ?? [];
	const byLabel = new Map(tasks.map((task) => [keyOf(task.label), task]));
	const found: Array<Omit<JudgementItem, 'toggle'>> = profile.judgementItems.map((label) => {
		const task = byLabel.get(keyOf(label));
		return { label: task?.label ?? label, checked: task?.checked ?? false, markOffset: task?.markOffset ?? null };
	});
	const known = new Set(profile.judgementItems.map(keyOf));
	for (const task of tasks) {
		if (!known.has(keyOf(task.label))) found.push({ label: task.label, checked: task.checked, markOffset: task.markOffset });
	}
	return found.map((item) => ({ label: item.label, checked: item.checked, markOffset: item.markOffset, toggle: judgementEdit(post, item, !item.checked) }));
}

/**
 * The edit that ticks (or unticks) an item: the mark between the brackets, or
 * a new task line after NOTES' last non-blank line. Null when the note has no
 * NOTES section to write to.
 */
export function judgementEdit(post: PostModel, item: Pick<JudgementItem, 'label' | 'markOffset'>, checked: boolean): TextEdit | null {
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
