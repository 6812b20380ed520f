/**
 * A checked fast path for the frontmatter posts really have: a top-level
 * mapping of simple keys whose values are empty, one-line strings, plain
 * `YYYY-MM-DD` dates or block lists of those. Reading that shape by hand is
 * several times cheaper than js-yaml, which was the largest single cost of a
 * check.
 *
 * It answers only where the answer is certainly js-yaml 3's own (the engine
 * src/cli/yaml.ts falls back to): any line or value outside the shape, any
 * doubt at all, and the whole document is left to js-yaml (`undefined`).
 * test/cli/yaml-fast.test.ts compares both on every fixture and on thousands
 * of generated frontmatters built from the values YAML reads in surprising ways.
 *
 * Lines read here: `key:` at the start of a line (letters, digits, `_`, `-`;
 * not a word js-yaml turns into null or a boolean, not `__proto__`) with a
 * value or nothing after it; `- item` lines, all at one indent (none
 * included), under a key with nothing after it; blank lines. Any other line
 * (comments, `---`, `? `, nesting, a value continued on the next line) refuses.
 *
 * What a value must be to be read here, and why anything else is refused:
 * - a plain scalar starting with a letter, digit, non-ASCII character, `(`,
 *   `/` or `_`: other first characters are YAML indicators (`-`, `[`, `&`,
 *   `!`, `|`, `#`...) or start `.inf`, `+1`, `-1`;
 * - without `: ` or a final `:` (a nested mapping), ` #` (a comment) or tabs;
 * - not `null`, `~`, `true`, `false` in any of YAML's spellings, and, if it
 *   starts with a digit, containing a space and not starting `NNNN-` (so no
 *   number, `12:30`, `0x1F`, `1_000` or timestamp), unless it is exactly a
 *   `YYYY-MM-DD` date, which js-yaml reads as that day at UTC midnight;
 * - or quoted: `"..."` or `'...'` with no `\` or quote of its kind inside,
 *   nothing but spaces after it;
 * - made only of characters js-yaml prints as they are (no controls, BOM,
 *   lone surrogates, line or paragraph separators).
 */

/** Why a document was not read here does not matter: js-yaml reads it and reports its own errors. */
const REFUSED = Symbol('refused');
type Scalar = string | Date | null;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const DASH = 0x2d;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;

function isLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

function isKeyCharacter(code: number): boolean {
	return isLetter(code) || isDigit(code) || code === UNDERSCORE || code === DASH;
}

/** A character that can start a plain scalar js-yaml reads as a string (or, for digits, a date or number, decided later). */
function canStartPlain(code: number): boolean {
	return isLetter(code) || isDigit(code) || code === 0x28 || code === 0x2f || code === UNDERSCORE || code >= 0xa0;
}

/** Plain words js-yaml 3 reads as null or a boolean, as values and as keys (a key `True` becomes `"true"`). */
function isNullOrBoolean(word: string): boolean {
	switch (word.length) {
		case 1: return word === '~';
		case 4: return word === 'null' || word === 'Null' || word === 'NULL' || word === 'true' || word === 'True' || word === 'TRUE';
		case 5: return word === 'false' || word === 'False' || word === 'FALSE';
		default: return false;
	}
}

/**
 * How many UTF-16 units the character at `i` (code `code`, outside printable
 * ASCII) takes if js-yaml certainly keeps it as content: 2 for a surrogate
 * pair, 1 for other non-ASCII, 0 for controls (tab and CR included), the BOM,
 * U+2028/U+2029, U+FFFE/U+FFFF and unpaired surrogates.
 */
function contentWidth(text: string, i: number, code: number): number {
	if (code < 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || code >= 0xfffe) return 0;
	if (code < 0xd800 || code > 0xdfff) return 1;
	const low = text.charCodeAt(i + 1);
	return code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
}

/** The digit at `i` as a number, or -1. */
function digitAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return isDigit(code) ? code - 0x30 : -1;
}

/** `YYYY-MM-DD` exactly, read as js-yaml 3 reads it (Date.UTC, so an impossible day rolls over the same way). */
function plainDate(text: string, from: number, to: number): Date | undefined {
	if (to - from !== 10 || text.charCodeAt(from + 4) !== DASH || text.charCodeAt(from + 7) !== DASH) return undefined;
	const [y1, y2, y3, y4] = [digitAt(text, from), digitAt(text, from + 1), digitAt(text, from + 2), digitAt(text, from + 3)];
	const [m1, m2, d1, d2] = [digitAt(text, from + 5), digitAt(text, from + 6), digitAt(text, from + 8), digitAt(text, from + 9)];
	if (Math.min(y1, y2, y3, y4, m1, m2, d1, d2) < 0) return undefined;
	return new Date(Date.UTC(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2 - 1, d1 * 10 + d2));
}

/** Index of the first non-space at or after `from`. */
function skipSpaces(text: string, from: number): number {
	while (text.charCodeAt(from) === SPACE) from++;
	return from;
}

/** Whether `i` is the end of a line: a `\n` or the end of the text. */
function isLineEnd(text: string, i: number): boolean {
	return i >= text.length || text.charCodeAt(i) === NEWLINE;
}

/**
 * Reads the values of one frontmatter; each read leaves `lineEnd` at the `\n`
 * (or the end of the text) that ends the value's line.
 */
class ScalarReader {
	lineEnd = 0;
	constructor(private readonly text: string) {}

	/** The value starting at `from` (a non-space) and running to the end of its line, or REFUSED. */
	read(from: number): Scalar | typeof REFUSED {
		const first = this.text.charCodeAt(from);
		if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return this.readQuoted(from, first);
		return canStartPlain(first) ? this.readPlain(from) : REFUSED;
	}

	private readQuoted(from: number, quote: number): string | typeof REFUSED {
		const text = this.text;
		let close = from + 1;
		for (; close < text.length; close++) {
			const code = text.charCodeAt(close);
			if (code === quote) break;
			if (code === BACKSLASH || code === NEWLINE) return REFUSED;
			if (code < SPACE || code > 0x7e) {
				const width = contentWidth(text, close, code);
				if (width === 0) return REFUSED;
				close += width - 1;
			}
		}
		// Nothing but spaces may follow the closing quote on its line.
		const after = skipSpaces(text, close + 1);
		if (close >= text.length || !isLineEnd(text, after)) return REFUSED;
		this.lineEnd = after;
		return text.slice(from + 1, close);
	}

	private readPlain(from: number): Scalar | typeof REFUSED {
		const text = this.text;
		let last = from - 1;
		let innerSpace = false;
		let i = from;
		for (; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === SPACE) continue;
			if (code === NEWLINE) break;
			if (i > last + 1) innerSpace = true;
			if (code === COLON) {
				// `: ` or a final `:` would make this a mapping key.
				if (isLineEnd(text, i + 1) || text.charCodeAt(i + 1) === SPACE) return REFUSED;
			} else if (code === HASH) {
				// ` #` starts a comment.
				if (text.charCodeAt(i - 1) === SPACE) return REFUSED;
			} else if (code < SPACE || code > 0x7e) {
				const width = contentWidth(text, i, code);
				if (width === 0) return REFUSED;
				i += width - 1;
			}
			last = i;
		}
		this.lineEnd = i;
		const to = last + 1;
		if (isDigit(text.charCodeAt(from))) {
			const date = plainDate(text, from, to);
			if (date) return date;
			// With a space inside and no `NNNN-` start it cannot be a number or a timestamp.
			if (!innerSpace || (to - from > 4 && text.charCodeAt(from + 4) === DASH)) return REFUSED;
			return text.slice(from, to);
		}
		const value = text.slice(from, to);
		return isNullOrBoolean(value) ? REFUSED : value;
	}
}

/**
 * The frontmatter `source` read as js-yaml 3 would read it, or `undefined`
 * where it is not certainly the simple shape (js-yaml must read it then).
 */
export function readSimpleFrontmatter(source: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	const values = new ScalarReader(source);
	let keys = 0;
	/** The key whose value is empty on its line, so list items may follow. */
	let listKey: string | undefined;
	let list: Scalar[] | undefined;
	let listIndent = 0;
	const end = source.length;
	let lineStart = 0;
	while (lineStart < end) {
		const first = source.charCodeAt(lineStart);
		let lineEnd: number;
		if (isLetter(first) || first === UNDERSCORE) {
			let colon = lineStart + 1;
			while (isKeyCharacter(source.charCodeAt(colon))) colon++;
			if (source.charCodeAt(colon) !== COLON || !(isLineEnd(source, colon + 1) || source.charCodeAt(colon + 1) === SPACE)) return undefined;
			const key = source.slice(lineStart, colon);
			if (isNullOrBoolean(key) || key === '__proto__') return undefined;
			const valueFrom = skipSpaces(source, colon + 1);
			let value: Scalar | typeof REFUSED = null;
			if (isLineEnd(source, valueFrom)) lineEnd = valueFrom;
			else {
				value = values.read(valueFrom);
				if (value === REFUSED) return undefined;
				lineEnd = values.lineEnd;
			}
			result[key] = value;
			keys++;
			listKey = value === null ? key : undefined;
			list = undefined;
		} else if (first === SPACE || first === DASH) {
			const dash = skipSpaces(source, lineStart);
			lineEnd = dash;
			if (!isLineEnd(source, dash)) {
				// A list item under the last key with an empty value, all items at one indent.
				if (source.charCodeAt(dash) !== DASH || listKey === undefined) return undefined;
				if (!isLineEnd(source, dash + 1) && source.charCodeAt(dash + 1) !== SPACE) return undefined;
				if (list === undefined) {
					list = [];
					listIndent = dash - lineStart;
					result[listKey] = list;
				} else if (dash - lineStart !== listIndent) return undefined;
				const itemFrom = skipSpaces(source, dash + 1);
				let item: Scalar | typeof REFUSED = null;
				if (isLineEnd(source, itemFrom)) lineEnd = itemFrom;
				else {
					item = values.read(itemFrom);
					if (item === REFUSED) return undefined;
					lineEnd = values.lineEnd;
				}
				list.push(item);
			}
		} else if (first === NEWLINE) lineEnd = lineStart;
		else return undefined;
		lineStart = lineEnd + 1;
	}
	// A repeated key (an error to js-yaml) overwrote one: fewer keys than key lines.
	return keys > 0 && Object.keys(result).length === keys ? result : undefined;
}
