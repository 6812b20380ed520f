import type { YamlParser } from '../types';
import { keepImpossibleDates, normaliseDates } from './frontmatter-dates';
import { isBlank, isWhitespace, type Source, type SourceLine } from './source';

/**
 * Splits the frontmatter block off a note the way Obsidian does (a first line
 * `---`, a closing line `---`), parses it with the caller's YAML parser, and
 * locates each top-level field and list item so findings can point at them.
 * A broken block is described, never thrown.
 */

export type FrontmatterState =
	/** No block: the note does not start with `---`. */
	| 'absent'
	/** The opening `---` has no closing `---`. */
	| 'unclosed'
	/** The fence names another language (`---js`): never parsed, never run. */
	| 'foreign'
	/** The YAML does not parse, or is not a mapping. */
	| 'invalid'
	| 'ok';

export interface FieldItem {
	/** The item's text after `- `, as written. */
	raw: string;
	from: number;
	to: number;
}

export interface FieldLocation {
	key: string;
	lineIndex: number;
	keyFrom: number;
	/** The value written on the key's own line (after `key:`), trimmed. */
	valueFrom: number;
	valueTo: number;
	/** Block list items below the key. */
	items: FieldItem[];
	/** End offset of the field's last line. */
	to: number;
}

export interface Frontmatter {
	state: FrontmatterState;
	/** Range of the whole block, delimiters included (0..0 when absent). */
	from: number;
	to: number;
	/** Range of the YAML between the delimiters. */
	yamlFrom: number;
	yamlTo: number;
	/** Line index of the closing delimiter, or -1. */
	closeLineIndex: number;
	/** The parsed mapping, dates normalised to `YYYY-MM-DD` strings. */
	data: Record<string, unknown> | null;
	/** Why the block could not be read, and where. */
	error: { message: string; offset: number } | null;
	fence: string;
	fields: Map<string, FieldLocation>;
	/** Line index where the body starts. */
	bodyLineIndex: number;
}

const OPEN = /^---[ \t]*$/;
const FOREIGN_OPEN = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/** What /^---[ \t]*$/ matches, scanned by hand: it is tried on every frontmatter line of every note. */
function isFenceLine(text: string): boolean {
	if (text.charCodeAt(0) !== 45 || text.charCodeAt(1) !== 45 || text.charCodeAt(2) !== 45) return false;
	for (let i = 3; i < text.length; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	return true;
}

export function readFrontmatter(source: Source, parseYaml: YamlParser): Frontmatter {
	const lines = source.lines;
	const first = lines[0] as SourceLine;
	const result: Frontmatter = {
		state: 'absent', from: first.start, to: first.start, yamlFrom: first.start, yamlTo: first.start,
		closeLineIndex: -1, data: null, error: null, fence: '', fields: new Map(), bodyLineIndex: 0,
	};
	const foreign = FOREIGN_OPEN.exec(first.text);
	if (!OPEN.test(first.text) && !foreign) return result;

	let close = -1;
	for (let i = 1; i < lines.length; i++) {
		if (isFenceLine((lines[i] as SourceLine).text)) { close = i; break; }
	}
	result.from = first.start;
	if (close < 0) {
		result.state = 'unclosed';
		result.error = { message: 'the frontmatter opens with `---` on line 1 but no closing `---` line follows', offset: first.start };
		return result;
	}
	const closeLine = lines[close] as SourceLine;
	result.closeLineIndex = close;
	result.to = closeLine.end;
	result.yamlFrom = (lines[1] as SourceLine).start;
	result.yamlTo = close > 1 ? (lines[close - 1] as SourceLine).end : result.yamlFrom;
	result.bodyLineIndex = close + 1;
	if (foreign) {
		result.state = 'foreign';
		result.fence = foreign[1] as string;
		result.error = { message: `the frontmatter fence declares \`${result.fence}\`; expected YAML, with \`---\` alone on the first line (nothing in a note is ever run)`, offset: first.start };
		return result;
	}
	result.fields = locateFields(lines, 1, close);
	const written = source.text.slice(result.yamlFrom, result.yamlTo);
	const yaml = written.includes('\r') ? written.replace(/\r\n?/g, '\n') : written;
	let parsed: unknown;
	try {
		parsed = isBlank(yaml) ? {} : parseYaml(yaml);
	} catch (error) {
		result.state = 'invalid';
		result.error = describeYamlError(error, source, 1, yaml);
		return result;
	}
	if (parsed === null || parsed === undefined) parsed = {};
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		result.state = 'invalid';
		result.error = { message: `the frontmatter is a ${Array.isArray(parsed) ? 'list' : typeof parsed}, expected a mapping of \`key: value\` fields`, offset: result.yamlFrom };
		return result;
	}
	result.state = 'ok';
	const dateKeys: string[] = [];
	result.data = normaliseDates(parsed as Record<string, unknown>, dateKeys);
	keepImpossibleDates(result.data, dateKeys, result.fields, source);
	return result;
}

/**
 * Top-level keys and their block-list items, found by a line scan. The YAML
 * parser is pluggable and returns positionless data, so positions come from here.
 */
function locateFields(lines: readonly SourceLine[], firstLine: number, endLine: number): Map<string, FieldLocation> {
	const fields = new Map<string, FieldLocation>();
	let current: FieldLocation | null = null;
	// Offsets found by scanning, not by trimmed copies and regex matches: this runs on every line of every note.
	for (let i = firstLine; i < endLine; i++) {
		const line = lines[i] as SourceLine;
		const text = line.text;
		const key = keyAt(text);
		if (key) {
			// The value is what trimStart and trimEnd leave of the text after the colon.
			let valueStart = key.length;
			while (valueStart < text.length && isWhitespace(text.charCodeAt(valueStart))) valueStart++;
			const valueEnd = trimmedEnd(text, valueStart);
			current = {
				key: key.key, lineIndex: i, keyFrom: line.start,
				valueFrom: line.start + valueStart, valueTo: line.start + valueEnd,
				items: [], to: line.end,
			};
			// The first occurrence keeps the position; a duplicate is the parser's to report.
			if (!fields.has(current.key)) fields.set(current.key, current);
			continue;
		}
		if (!current) continue;
		const itemStart = listItemContentStart(text);
		if (itemStart >= 0) {
			const raw = text.slice(itemStart, trimmedEnd(text, itemStart));
			const from = line.start + itemStart;
			current.items.push({ raw, from, to: from + raw.length });
			current.to = line.end;
		} else if (isSpaceOrTab(text.charCodeAt(0))) {
			current.to = line.end;
		}
	}
	return fields;
}

function isSpaceOrTab(c: number): boolean {
	return c === 32 || c === 9;
}

/** Where the text of a block-list item (`  - text`) starts, or -1 when the line is no item. */
function listItemContentStart(text: string): number {
	let i = 0;
	while (isSpaceOrTab(text.charCodeAt(i))) i++;
	if (text.charCodeAt(i) !== 45 /* - */) return -1;
	i++;
	if (i < text.length && !isSpaceOrTab(text.charCodeAt(i))) return -1;
	while (isSpaceOrTab(text.charCodeAt(i))) i++;
	return i;
}

/** The end of `text` once trailing whitespace is dropped, as trimEnd does, but not before `from`. */
function trimmedEnd(text: string, from: number): number {
	let end = text.length;
	while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
	return end;
}

/**
 * A top-level `key:` (optionally quoted) at the start of a line, and the length
 * up to its colon. Scanned by hand: the equivalent lazy regex backtracks
 * quadratically on a long run of blanks with no colon after it.
 */
export function keyAt(text: string): { key: string; length: number } | null {
	const colon = text.indexOf(':');
	if (colon < 0) return null;
	const after = text.charCodeAt(colon + 1);
	if (colon + 1 < text.length && after !== 32 && after !== 9) return null;
	const quote = text[0] === '"' || text[0] === "'" ? text[0] : '';
	let end = colon;
	while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
	if (quote) {
		if (end < 2 || text[end - 1] !== quote) return null;
		end--;
	}
	const key = text.slice(quote.length, end);
	// What /^[\s#]/ and /["']/ reject, without two regex runs per key line.
	if (key.length === 0 || isWhitespace(key.charCodeAt(0)) || key.charCodeAt(0) === 35 /* # */ || key.includes('"') || key.includes("'")) return null;
	return { key, length: colon + 1 };
}

function describeYamlError(error: unknown, source: Source, yamlLineIndex: number, yaml: string): { message: string; offset: number } {
	const err = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown; column?: unknown }; linePos?: Array<{ line: number; col: number }> };
	let line = -1;
	let column = 0;
	if (err && typeof err.mark?.line === 'number') {
		line = err.mark.line;
		column = typeof err.mark.column === 'number' ? err.mark.column : 0;
	} else if (err && Array.isArray(err.linePos) && err.linePos[0]) {
		line = err.linePos[0].line - 1;
		column = err.linePos[0].col - 1;
	}
	const rawMessage = typeof err?.reason === 'string' ? err.reason : typeof err?.message === 'string' ? err.message : String(error);
	let message = `the YAML does not parse (${firstLine(rawMessage).replace(/\.$/, '')}); expected \`key: value\` lines`;
	const yamlLines = yaml.split('\n');
	const bad = line >= 0 ? yamlLines[line] ?? '' : '';
	if (/(^|[\s:-])\[\[/.test(bad) || (line < 0 && /:\s*\[\[|^\s*-\s*\[\[[^\]]*\]\]\s*\S/m.test(yaml))) {
		message += '; wikilinks in YAML must be quoted, as in "[[note]]"';
	}
	const target = line >= 0 ? Math.min(yamlLineIndex + line, source.lines.length - 1) : yamlLineIndex;
	const targetLine = source.lines[target] as SourceLine;
	return { message, offset: Math.min(targetLine.start + Math.max(0, column), targetLine.end) };
}

function firstLine(text: string): string {
	const line = text.split('\n')[0] ?? '';
	return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
