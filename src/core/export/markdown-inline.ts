/**
 * Inline Markdown on one line (see markdown.ts for the line itself): code,
 * links, wikilinks and embeds, emphasis, comments, HTML, escapes.
 *
 * Every search for a closing delimiter runs forward from its opener, so a
 * line of openers with no closers (a long run of `*`, `[[a|[[a|…`) would be
 * searched to its end once per opener. Each scan of a line therefore keeps
 * what it has learnt: a delimiter found missing from a position on is
 * missing from every later one, a run of more than three `*` opens nothing
 * until its last three, and every `[` is paired with its `]` in one pass.
 * The spans found are the same; only the repeated searching is gone.
 */
import type { BoldStyle, MarkdownKind, MarkdownSpan } from './markdown';
import { toUnicodeBold } from './unicode-bold';

const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;
const AUTOLINK = /^<((?:https?|mailto|ftp):[^\s<>]*)>/i;
const BR_TAG = /^<br\s*\/?>$/i;
// Characters that can start inline Markdown; a line without any is prose and skipped at once.
const INLINE_START = /[\\`![*_~=<%]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** One line (or one link label, one emphasis's contents) being scanned, and what its searches have learnt. */
interface InlineScan {
	text: string;
	bold: BoldStyle;
	/** Per delimiter (or emphasis closer kind), the first position from which it is known not to occur. */
	missingFrom: Map<string, number>;
	/** For a `[` at a position, the `]` that closes it or -1; worked out on the first link. */
	bracketClose: Int32Array | null;
}

/** A span; most replace their Markdown with nothing. */
export function span(kind: MarkdownKind, from: number, to: number, insert = ''): MarkdownSpan {
	return { kind, from, to, insert };
}

/** Inline Markdown in `text` from `start`. */
export function scanInline(text: string, start: number, bold: BoldStyle): MarkdownSpan[] {
	const spans: MarkdownSpan[] = [];
	if (!INLINE_START.test(text.slice(start))) return spans;
	const scan: InlineScan = { text, bold, missingFrom: new Map(), bracketClose: null };
	let i = start;
	while (i < text.length) {
		const found = spanAt(scan, i);
		if (found) {
			spans.push(found);
			i = found.to;
			continue;
		}
		const c = text[i];
		// Within a run of more than three `*` or `_`, no position but the last three can open emphasis.
		const run = c === '*' || c === '_' ? runLength(text, i, c) : 0;
		i += run > 3 ? run - 3 : 1;
	}
	return spans;
}

/** The text with its inline Markdown replaced (for link text and emphasis contents). */
function convertInline(text: string, bold: BoldStyle): string {
	return applySpans(text, scanInline(text, 0, bold));
}

export function applySpans(text: string, spans: readonly MarkdownSpan[]): string {
	let out = '';
	let cursor = 0;
	for (const span of spans) {
		out += text.slice(cursor, span.from) + span.insert;
		cursor = span.to;
	}
	return out + text.slice(cursor);
}

/** `text.indexOf(needle, from)`, remembering where it came up empty: from there on it always will. */
function find(scan: InlineScan, needle: string, from: number): number {
	const missing = scan.missingFrom.get(needle);
	if (missing !== undefined && from >= missing) return -1;
	const at = scan.text.indexOf(needle, from);
	if (at < 0) rememberMissing(scan, needle, from);
	return at;
}

function rememberMissing(scan: InlineScan, key: string, from: number): void {
	const missing = scan.missingFrom.get(key);
	if (missing === undefined || from < missing) scan.missingFrom.set(key, from);
}

function spanAt(scan: InlineScan, i: number): MarkdownSpan | null {
	const { text } = scan;
	switch (text[i]) {
		case '\\': {
			const next = text[i + 1];
			return next !== undefined && ASCII_PUNCTUATION.test(next) ? span('escape', i, i + 2, next) : null;
		}
		case '`': return codeSpan(text, i);
		case '!':
			if (text.startsWith('![[', i)) {
				const close = find(scan, ']]', i + 3);
				return close > i + 3 ? span('embed', i, close + 2) : null;
			}
			if (text[i + 1] === '[') {
				const link = linkAt(scan, i + 1);
				if (!link) return null;
				return span('image', i, link.to, link.label ? `${link.label} ${link.url}` : link.url);
			}
			return null;
		case '[': {
			if (text.startsWith('[[', i)) return wikilinkAt(scan, i);
			const link = linkAt(scan, i);
			if (!link) return null;
			const bare = link.url.replace(/^(?:https?:\/\/|mailto:)/i, '');
			const shown = !link.label || link.label === link.url || link.label === bare ? link.url : `${link.label} ${link.url}`;
			return span('link', i, link.to, shown);
		}
		case '<': {
			if (text.startsWith('<!--', i)) {
				const close = find(scan, '-->', i + 4);
				return close < 0 ? null : span('comment', i, close + 3);
			}
			const rest = text.slice(i);
			const auto = AUTOLINK.exec(rest);
			if (auto) return span('autolink', i, i + auto[0].length, auto[1]);
			const tag = HTML_TAG.exec(rest);
			if (!tag) return null;
			if (!BR_TAG.test(tag[0])) return span('html', i, i + tag[0].length);
			// A line break: the spaces after it would start the next line.
			let to = i + tag[0].length;
			while (text[to] === ' ') to++;
			return span('html', i, to, '\n');
		}
		case '%': {
			if (text[i + 1] !== '%') return null;
			const close = find(scan, '%%', i + 2);
			return close < 0 ? null : span('comment', i, close + 2);
		}
		case '*':
		case '_': return emphasisAt(scan, i);
		case '~': return pairedAt(scan, i, '~~', 'strikethrough');
		case '=': return pairedAt(scan, i, '==', 'highlight');
		default: return null;
	}
}

function runLength(text: string, i: number, char: string): number {
	let n = 0;
	while (text[i + n] === char) n++;
	return n;
}

function codeSpan(text: string, i: number): MarkdownSpan | null {
	const n = runLength(text, i, '`');
	let search = i + n;
	for (;;) {
		const close = text.indexOf('`'.repeat(n), search);
		if (close < 0) return null;
		const closeRun = runLength(text, close, '`');
		if (closeRun !== n) {
			search = close + closeRun;
			continue;
		}
		let content = text.slice(i + n, close);
		if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
		return span('code', i, close + n, content);
	}
}

function wikilinkAt(scan: InlineScan, i: number): MarkdownSpan | null {
	const close = find(scan, ']]', i + 2);
	if (close <= i + 2) return null;
	const inner = scan.text.slice(i + 2, close);
	const bar = inner.indexOf('|');
	let shown: string;
	if (bar >= 0) {
		shown = inner.slice(bar + 1).trim();
	} else {
		// Obsidian shows `[[note#heading]]` as "note > heading"; a block id is not shown.
		const [path = '', ...subpath] = inner.split('#');
		const target = path.trim().replace(/\.md$/i, '');
		const heading = subpath.join('#').trim();
		shown = heading && !heading.startsWith('^') ? (target ? `${target} > ${heading}` : heading) : target;
	}
	return span('wikilink', i, close + 2, shown);
}

/**
 * Every `[` of the text paired with the `]` that brings the bracket depth
 * counted from it back to zero (a backslash hides the next character), in one
 * pass with a stack: the pairing a scan from each `[` would find.
 */
function bracketCloses(text: string): Int32Array {
	const close = new Int32Array(text.length).fill(-1);
	const open: number[] = [];
	for (let j = 0; j < text.length; j++) {
		const c = text[j];
		if (c === '\\') j++;
		else if (c === '[') open.push(j);
		else if (c === ']' && open.length > 0) close[open.pop() as number] = j;
	}
	return close;
}

/** `[label](url "title")` from the `[` at `i`: the label already converted. */
function linkAt(scan: InlineScan, i: number): { label: string; url: string; to: number } | null {
	const { text } = scan;
	scan.bracketClose ??= bracketCloses(text);
	const close = scan.bracketClose[i] ?? -1;
	if (close < 0 || text[close + 1] !== '(') return null;
	let j = close + 2;
	while (text[j] === ' ') j++;
	let url: string;
	if (text[j] === '<') {
		const end = text.indexOf('>', j);
		if (end < 0) return null;
		url = text.slice(j + 1, end);
		j = end + 1;
	} else {
		let parens = 0;
		const begin = j;
		for (; j < text.length; j++) {
			const c = text[j];
			if (c === ' ' || c === '\t') break;
			if (c === '(') parens++;
			else if (c === ')') {
				if (parens === 0) break;
				parens--;
			}
		}
		url = text.slice(begin, j);
	}
	// An optional title, in quotes, is not shown.
	const after = /^[ \t]*(?:"[^"]*"|'[^']*')?[ \t]*\)/.exec(text.slice(j));
	if (!after || url === '') return null;
	return { label: convertInline(text.slice(i + 1, close), scan.bold).trim(), url, to: j + after[0].length };
}

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function isSpace(c: string | undefined): boolean {
	return c === undefined || /\s/.test(c);
}

/** `*em*`, `_em_`, `**bold**`, `__bold__`, `***both***`: delimiters that open before and close after non-space text. */
function emphasisAt(scan: InlineScan, i: number): MarkdownSpan | null {
	const { text } = scan;
	const char = text[i] as string;
	const n = runLength(text, i, char);
	if (n > 3 || isSpace(text[i + n])) return null;
	// `snake_case` and `2*3` are not emphasis: an underscore inside a word never opens one.
	if (char === '_' && isWordChar(text[i - 1])) return null;
	// Whether a run closes depends on the run alone (its length, what is around it), never on the opener:
	// a search that found no closer from one position finds none from any later one.
	const closer = `${n}${char}`;
	const missing = scan.missingFrom.get(closer);
	let search = i + n;
	if (missing !== undefined && search >= missing) return null;
	const from = search;
	while (search < text.length) {
		const close = text.indexOf(char, search);
		if (close < 0) break;
		const closeRun = runLength(text, close, char);
		const closes = closeRun === n && !isSpace(text[close - 1]) && !(char === '_' && isWordChar(text[close + n]));
		if (closes && close > i + n) {
			const inner = convertInline(text.slice(i + n, close), scan.bold);
			const strong = n >= 2;
			return span(strong ? 'bold' : 'emphasis', i, close + n, strong && scan.bold === 'unicode' ? toUnicodeBold(inner) : inner);
		}
		search = close + closeRun;
	}
	rememberMissing(scan, closer, from);
	return null;
}

function pairedAt(scan: InlineScan, i: number, marker: string, kind: MarkdownKind): MarkdownSpan | null {
	const { text } = scan;
	if (!text.startsWith(marker, i) || isSpace(text[i + 2]) || text[i + 2] === marker[0]) return null;
	const close = find(scan, marker, i + 2);
	if (close < 0 || isSpace(text[close - 1])) return null;
	return { kind, from: i, to: close + 2, insert: convertInline(text.slice(i + 2, close), scan.bold) };
}
