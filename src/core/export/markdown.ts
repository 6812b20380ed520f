/**
 * Markdown in a post, found line by line, with what a feed that shows text
 * literally (LinkedIn, X, Threads, Bluesky, Mastodon) should get instead.
 * One scanner serves `export`, Copy for LinkedIn and the `markdown-in-post`
 * rule's fix, so the three can never disagree. Everything that is not
 * Markdown is left exactly as written.
 */
import { toUnicodeBold } from './unicode-bold';

export type BoldStyle = 'plain' | 'unicode';

export type MarkdownKind =
	| 'bold' | 'emphasis' | 'strikethrough' | 'highlight' | 'code' | 'link' | 'image' | 'autolink'
	| 'wikilink' | 'embed' | 'html' | 'comment' | 'escape' | 'heading' | 'quote' | 'list' | 'code-fence';

/** One piece of Markdown on a line: its range (UTF-16 offsets in the line) and what replaces it, shaped as a TextEdit. */
export interface MarkdownSpan {
	kind: MarkdownKind;
	from: number;
	to: number;
	insert: string;
}

/** Carries the open code fence from one line to the next. */
export interface ScanState {
	fence: { char: string; length: number } | null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}> ?/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;
const AUTOLINK = /^<((?:https?|mailto|ftp):[^\s<>]*)>/i;
const BR_TAG = /^<br\s*\/?>$/i;
// Characters that can start inline Markdown; a line without any is prose and skipped at once.
const INLINE_START = /[\\`![*_~=<%]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Every character any pattern above needs (fence, quote, heading, bullet, inline): a line with none is prose.
export const ANY_MARKUP = /[\\`![*_~=<%>#+-]/;

/** Markdown on one line, left to right, never overlapping. Inside a code fence a line is code, left alone. */
export function scanLine(line: string, bold: BoldStyle, state: ScanState): MarkdownSpan[] {
	if (!state.fence && !ANY_MARKUP.test(line)) return [];
	const fenceMatch = FENCE.exec(line);
	if (state.fence) {
		const marker = fenceMatch?.[1];
		if (marker && marker[0] === state.fence.char && marker.length >= state.fence.length && (fenceMatch[2] as string).trim() === '') {
			state.fence = null;
			return [span('code-fence', 0, line.length)];
		}
		return [];
	}
	if (fenceMatch && !(fenceMatch[1]![0] === '`' && fenceMatch[2]!.includes('`'))) {
		state.fence = { char: fenceMatch[1]![0]!, length: fenceMatch[1]!.length };
		return [span('code-fence', 0, line.length)];
	}
	const spans: MarkdownSpan[] = [];
	let at = 0;
	for (;;) {
		const rest = line.slice(at);
		const quote = QUOTE.exec(rest);
		if (quote) {
			spans.push(span('quote', at, at + quote[0].length));
			at += quote[0].length;
			continue;
		}
		break;
	}
	const rest = line.slice(at);
	const heading = HEADING.exec(rest);
	let end = line.length;
	if (heading) {
		spans.push(span('heading', at, at + heading[0].length));
		at += heading[0].length;
		const closing = CLOSING_HASHES.exec(line.slice(at));
		if (closing) {
			end = at + closing.index;
			spans.push(span('heading', end, line.length));
		}
	} else {
		const bullet = BULLET.exec(rest);
		if (bullet) {
			spans.push(span('list', at, at + bullet[0].length, `${bullet[1] as string}• `));
			at += bullet[0].length;
		}
	}
	const inline = scanInline(line.slice(0, end), at, bold);
	// Keep the spans in line order: the closing hashes come after any inline span.
	return [...spans.filter((span) => span.from < at), ...inline, ...spans.filter((span) => span.from >= end && span.to > span.from)];
}

/** Inline Markdown in `text` from `start`. */
function scanInline(text: string, start: number, bold: BoldStyle): MarkdownSpan[] {
	const spans: MarkdownSpan[] = [];
	if (!INLINE_START.test(text.slice(start))) return spans;
	let i = start;
	while (i < text.length) {
		const span = spanAt(text, i, bold);
		if (span) {
			spans.push(span);
			i = span.to;
		} else {
			i++;
		}
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

function spanAt(text: string, i: number, bold: BoldStyle): MarkdownSpan | null {
	switch (text[i]) {
		case '\\': {
			const next = text[i + 1];
			return next !== undefined && ASCII_PUNCTUATION.test(next) ? span('escape', i, i + 2, next) : null;
		}
		case '`': return codeSpan(text, i);
		case '!':
			if (text.startsWith('![[', i)) {
				const close = text.indexOf(']]', i + 3);
				return close > i + 3 ? span('embed', i, close + 2) : null;
			}
			if (text[i + 1] === '[') {
				const link = linkAt(text, i + 1, bold);
				if (!link) return null;
				return span('image', i, link.to, link.label ? `${link.label} ${link.url}` : link.url);
			}
			return null;
		case '[': {
			if (text.startsWith('[[', i)) return wikilinkAt(text, i);
			const link = linkAt(text, i, bold);
			if (!link) return null;
			const bare = link.url.replace(/^(?:https?:\/\/|mailto:)/i, '');
			const shown = !link.label || link.label === link.url || link.label === bare ? link.url : `${link.label} ${link.url}`;
			return span('link', i, link.to, shown);
		}
		case '<': {
			const rest = text.slice(i);
			if (rest.startsWith('<!--')) {
				const close = text.indexOf('-->', i + 4);
				return close < 0 ? null : span('comment', i, close + 3);
			}
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
			const close = text.indexOf('%%', i + 2);
			return close < 0 ? null : span('comment', i, close + 2);
		}
		case '*':
		case '_': return emphasisAt(text, i, bold);
		case '~': return pairedAt(text, i, '~~', 'strikethrough', bold);
		case '=': return pairedAt(text, i, '==', 'highlight', bold);
		default: return null;
	}
}

/** A span; most replace their Markdown with nothing. */
function span(kind: MarkdownKind, from: number, to: number, insert = ''): MarkdownSpan {
	return { kind, from, to, insert };
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

function wikilinkAt(text: string, i: number): MarkdownSpan | null {
	const close = text.indexOf(']]', i + 2);
	if (close <= i + 2) return null;
	const inner = text.slice(i + 2, close);
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

/** `[label](url "title")` from the `[` at `i`: the label already converted. */
function linkAt(text: string, i: number, bold: BoldStyle): { label: string; url: string; to: number } | null {
	let depth = 0;
	let close = -1;
	for (let j = i; j < text.length; j++) {
		const c = text[j];
		if (c === '\\') { j++; continue; }
		if (c === '[') depth++;
		else if (c === ']' && --depth === 0) { close = j; break; }
	}
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
	return { label: convertInline(text.slice(i + 1, close), bold).trim(), url, to: j + after[0].length };
}

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function isSpace(c: string | undefined): boolean {
	return c === undefined || /\s/.test(c);
}

/** `*em*`, `_em_`, `**bold**`, `__bold__`, `***both***`: delimiters that open before and close after non-space text. */
function emphasisAt(text: string, i: number, bold: BoldStyle): MarkdownSpan | null {
	const char = text[i] as string;
	const n = runLength(text, i, char);
	if (n > 3 || isSpace(text[i + n])) return null;
	// `snake_case` and `2*3` are not emphasis: an underscore inside a word never opens one.
	if (char === '_' && isWordChar(text[i - 1])) return null;
	let search = i + n;
	while (search < text.length) {
		const close = text.indexOf(char, search);
		if (close < 0) return null;
		const closeRun = runLength(text, close, char);
		const closes = closeRun === n && !isSpace(text[close - 1]) && !(char === '_' && isWordChar(text[close + n]));
		if (closes && close > i + n) {
			const inner = convertInline(text.slice(i + n, close), bold);
			const strong = n >= 2;
			return span(strong ? 'bold' : 'emphasis', i, close + n, strong && bold === 'unicode' ? toUnicodeBold(inner) : inner);
		}
		search = close + closeRun;
	}
	return null;
}

function pairedAt(text: string, i: number, marker: string, kind: MarkdownKind, bold: BoldStyle): MarkdownSpan | null {
	if (!text.startsWith(marker, i) || isSpace(text[i + 2]) || text[i + 2] === marker[0]) return null;
	const close = text.indexOf(marker, i + 2);
	if (close < 0 || isSpace(text[close - 1])) return null;
	return { kind, from: i, to: close + 2, insert: convertInline(text.slice(i + 2, close), bold) };
}
