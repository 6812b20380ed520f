/**
 * Text compared the way a reader reads it: typographic and straight quotes
 * are the same character, and any run of whitespace (spaces, tabs, line
 * breaks, blank lines) is one space. Used where the FULL POST is held against
 * a hook: by `full-post-hook`, by Choose hook and by `export --hook`.
 */
import { isWhitespace } from '../parse/source';

/** The character a reader takes `c` for: curly and low quotes and primes count as straight quotes. */
function readerChar(c: number): number {
	switch (c) {
		case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: return 0x27;
		case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: return 0x22;
		default: return c;
	}
}

export type OpeningComparison =
	/** `text` opens with `opening`; `end` is the offset in `text` just past the opening's last character. */
	| { matches: true; end: number }
	/** The first difference: offsets in `text` and in `opening` where they part. */
	| { matches: false; textAt: number; openingAt: number };

/** Whether `text` opens with `opening`, as a reader sees it; where they part when it does not. */
export function compareOpening(text: string, opening: string): OpeningComparison {
	let i = skipSpace(text, 0);
	let j = skipSpace(opening, 0);
	let end = i;
	while (j < opening.length) {
		const o = opening.charCodeAt(j);
		if (isWhitespace(o)) {
			const next = skipSpace(opening, j);
			if (next === opening.length) break;
			if (i >= text.length || !isWhitespace(text.charCodeAt(i))) return { matches: false, textAt: i, openingAt: next };
			i = skipSpace(text, i);
			if (i === text.length) return { matches: false, textAt: i, openingAt: next };
			j = next;
			continue;
		}
		if (i >= text.length || readerChar(text.charCodeAt(i)) !== readerChar(o)) return { matches: false, textAt: i, openingAt: j };
		i++;
		j++;
		end = i;
	}
	return { matches: true, end };
}

function skipSpace(text: string, at: number): number {
	while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
	return at;
}

/** The whole line of `text` around `offset`. */
export function lineAround(text: string, offset: number): string {
	const end = text.indexOf('\n', offset);
	return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end);
}
