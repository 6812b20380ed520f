/**
 * The analysed text with a line index, so every piece of the model can carry
 * an offset and still be reported as a 1-based line and column.
 * Handles LF, CRLF and lone CR endings, and a leading byte-order mark
 * (which is not counted as a column on line 1).
 */

export interface SourceLine {
	/** Offset of the first character of the line. */
	start: number;
	/** Offset just past the last character, before the line ending. */
	end: number;
	/** The line's text without its ending. */
	text: string;
}

export class Source {
	readonly text: string;
	readonly lines: readonly SourceLine[];
	/** 1 when the text starts with a byte-order mark, else 0. */
	readonly bomLength: number;

	constructor(text: string) {
		this.text = text;
		this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
		this.lines = splitLines(text, this.bomLength);
	}

	/** 0-based index of the line holding `offset` (binary search: findings are few, lines many). */
	lineIndexAt(offset: number): number {
		const lines = this.lines;
		let lo = 0;
		let hi = lines.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((lines[mid] as SourceLine).start <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** 1-based line and column of an offset. */
	positionAt(offset: number): { line: number; column: number } {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const index = this.lineIndexAt(clamped);
		const line = this.lines[index] as SourceLine;
		return { line: index + 1, column: Math.max(0, clamped - line.start) + 1 };
	}
}

function splitLines(text: string, firstLineStart: number): SourceLine[] {
	const lines: SourceLine[] = [];
	let start = firstLineStart;
	const length = text.length;
	for (let i = firstLineStart; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			lines.push({ start, end: i, text: text.slice(start, i) });
			if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
			start = i + 1;
		}
	}
	lines.push({ start, end: length, text: text.slice(start, length) });
	return lines;
}

/** True when a line is empty or only whitespace. */
export function isBlank(line: string): boolean {
	return line.trim().length === 0;
}

/** A Markdown thematic break (`---`, `***`, `___`), which the post format treats as decoration. */
export function isThematicBreak(line: string): boolean {
	return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}
