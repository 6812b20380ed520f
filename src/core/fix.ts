import type { TextEdit } from './types';

/**
 * Applies edits to a text. Offsets refer to the original text; edits at the
 * same offset keep their given order; an edit overlapping an earlier one is
 * dropped rather than corrupting the author's text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.from - b.edit.from || a.index - b.index);
	let out = '';
	let cursor = 0;
	for (const { edit } of sorted) {
		if (edit.from < cursor || edit.to < edit.from || edit.to > text.length) continue;
		out += text.slice(cursor, edit.from) + edit.insert;
		cursor = edit.to;
	}
	return out + text.slice(cursor);
}

/** The line ending a note already uses, so inserted lines match it. */
export function lineEnding(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}
