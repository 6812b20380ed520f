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
	// Most notes have no CR at all: then indexOf finds each LF with the engine's native search,
	// several times faster than testing every character in script (this runs on every keystroke).
	if (text.indexOf('\r', firstLineStart) === -1) {
		const lines: SourceLine[] = [];
		let start = firstLineStart;
		for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
			lines.push({ start, end, text: text.slice(start, end) });
			start = end + 1;
		}
		lines.push({ start, end: text.length, text: text.slice(start) });
		return lines;
	}
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

/** Whitespace as `trim()` and `\s` see it: ECMAScript WhiteSpace and LineTerminator. */
export function isWhitespace(c: number): boolean {
	if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
		c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when a line is empty or only whitespace. */
export function isBlank(line: string): boolean {
	// Stops at the first visible character; `trim()` copied every line only to measure it.
	for (let i = 0; i < line.length; i++) if (!isWhitespace(line.charCodeAt(i))) return false;
	return true;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** A Markdown thematic break (`---`, `***`, `___`), which the post format treats as decoration. */
export function isThematicBreak(line: string): boolean {
	// Most lines are prose: one look at the first visible character settles them without the regex.
	let i = 0;
	while (i < 3 && line.charCodeAt(i) === 0x20) i++;
	const c = line.charCodeAt(i);
	return (c === 0x2d || c === 0x2a || c === 0x5f) && THEMATIC_BREAK.test(line);
}
