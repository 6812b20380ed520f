import type { Source, SourceLine } from './source';
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
	let i = text.indexOf('|');
	if (i < 0) return out;
	let start = i + 1;
	for (i = start; i <= text.length; i++) {
		if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue;
		if (i === text.length && text.slice(start).trim() === '') break;
		const raw = text.slice(start, i);
		const lead = raw.length - raw.trimStart().length;
		const content = raw.trim();
		out.push({ text: content.replace(/\\\|/g, '|'), from: start + lead, to: start + lead + content.length });
		start = i + 1;
	}
	return out;
}

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function parseLegos(source: Source, section: Section): LegosTable {
	const rows: LegosRow[] = [];
	let hasTable = false;
	let endLineIndex = section.firstLine;
	let inTable = false;
	for (let i = section.firstLine; i < section.endLine; i++) {
		const line = source.lines[i] as SourceLine;
		const trimmed = line.text.trim();
		if (!trimmed.startsWith('|')) {
			if (inTable) break;
			continue;
		}
		inTable = true;
		endLineIndex = i + 1;
		if (SEPARATOR.test(trimmed)) { hasTable = true; continue; }
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
