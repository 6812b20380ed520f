import { isWhitespace, type Source, type SourceLine } from './source';
import type { Section } from './sections';

/** One row of the Idea Legos table. */
export interface LegosRow {
	label: string;
	choice: string;
	lineIndex: number;
	/** Offsets of the row and of its Choice cell's content (an empty cell: where text would go). */
	from: number;
	to: number;
	choiceFrom: number;
	choiceTo: number;
}

export interface LegosTable {
	rows: LegosRow[];
	/** Line index after the table's last line, where a missing row would be appended. */
	endLineIndex: number;
	/** True when a `| Lego | Choice |` header and separator were found. */
	hasTable: boolean;
}

/** `| a | b |` cells with their offsets; `\|` is an escaped pipe, not a border. */
function cells(text: string): Array<{ text: string; from: number; to: number }> {
	const out: Array<{ text: string; from: number; to: number }> = [];
	const first = text.indexOf('|');
	if (first < 0) return out;
	// Offsets found by jumping from pipe to pipe and trimming by index: no copy of a cell but its content.
	for (let start = first + 1; ;) {
		const bar = unescapedPipe(text, start);
		const end = bar < 0 ? text.length : bar;
		if (bar < 0 && isBlankRange(text, start, end)) break;
		let from = start;
		while (from < end && isWhitespace(text.charCodeAt(from))) from++;
		let to = end;
		while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
		const content = text.slice(from, to);
		out.push({ text: content.includes('\\|') ? content.replace(/\\\|/g, '|') : content, from, to });
		if (bar < 0) break;
		start = bar + 1;
	}
	return out;
}

/** The next `|` at or after `from` that no backslash escapes, or -1. */
function unescapedPipe(text: string, from: number): number {
	let bar = text.indexOf('|', from);
	while (bar > 0 && text.charCodeAt(bar - 1) === 92 /* \ */) bar = text.indexOf('|', bar + 1);
	return bar;
}

function isBlankRange(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
	return true;
}

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function parseLegos(source: Source, section: Section): LegosTable {
	const rows: LegosRow[] = [];
	let hasTable = false;
	let endLineIndex = section.firstLine;
	let inTable = false;
	for (let i = section.firstLine; i < section.endLine; i++) {
		const line = source.lines[i] as SourceLine;
		if (!startsWithPipe(line.text)) {
			if (inTable) break;
			continue;
		}
		inTable = true;
		endLineIndex = i + 1;
		// Trimmed first: SEPARATOR's blanks at either end would otherwise backtrack over a long run of them.
		if (SEPARATOR.test(line.text.trim())) { hasTable = true; continue; }
		const row = cells(line.text);
		if (!hasTable) continue; // the header row
		const label = row[0];
		if (!label) continue;
		const choice = row[1];
		// An empty cell has no content; a fix or the editor puts text one space after the pipe.
		const choiceFrom = choice ? line.start + choice.from : line.end;
		rows.push({
			label: label.text, choice: choice?.text ?? '', lineIndex: i, from: line.start, to: line.end,
			choiceFrom, choiceTo: choice ? line.start + choice.to : line.end,
		});
	}
	if (!inTable) endLineIndex = section.endLine;
	return { rows, endLineIndex, hasTable };
}

/** The line's first visible character is `|` (what `trim().startsWith('|')` says, without the copy). */
function startsWithPipe(text: string): boolean {
	let i = 0;
	while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
	return text.charCodeAt(i) === 124;
}

/** A `- **Key**: value` bullet of NOTES. */
export interface NotesItem {
	key: string;
	value: string;
	lineIndex: number;
	valueFrom: number;
	valueTo: number;
}

/** A `- [ ] Label` task item of NOTES. */
export interface TaskItem {
	label: string;
	checked: boolean;
	lineIndex: number;
	/** Offset of the character inside the brackets. */
	markOffset: number;
}

const NOTES_ITEM = /^[ \t]*[-*+][ \t]+\*\*(.+?)\*\*[ \t]*:?[ \t]*/;
const TASK_ITEM = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(.*)$/;

export function parseNotes(source: Source, section: Section): { items: NotesItem[]; tasks: TaskItem[] } {
	const items: NotesItem[] = [];
	const tasks: TaskItem[] = [];
	for (let i = section.firstLine; i < section.endLine; i++) {
		const line = source.lines[i] as SourceLine;
		const task = TASK_ITEM.exec(line.text);
		if (task) {
			tasks.push({ label: (task[3] as string).trim(), checked: task[2] !== ' ', lineIndex: i, markOffset: line.start + (task[1] as string).length });
			continue;
		}
		const item = NOTES_ITEM.exec(line.text);
		if (!item) continue;
		const value = line.text.slice(item[0].length).trimEnd();
		items.push({
			key: (item[1] as string).replace(/:$/, '').trim(), value, lineIndex: i,
			valueFrom: line.start + item[0].length, valueTo: line.start + item[0].length + value.length,
		});
	}
	return { items, tasks };
}
