/**
 * Obsidian wikilinks: `[[target]]`, `[[target|alias]]`, `[[target#heading]]`,
 * `[[target#^block]]`, `[[folder/target]]`, `![[embed]]`.
 * A link never spans a line; its text ends at the first `]]`.
 */

export interface Wikilink {
	/** The link exactly as written, `!` included for an embed. */
	raw: string;
	embed: boolean;
	/** Link path without `#…` and `|alias`, trimmed; '' for a link into the same note (`[[#heading]]`). */
	path: string;
	/** `#heading`, `#^block` or ''. */
	subpath: string;
	/** Text after the first `|`, trimmed; null when there is no `|`. */
	alias: string | null;
}

export type LocatedWikilink = Wikilink & { from: number; to: number };

/**
 * Parses a string that is exactly one wikilink, surrounding whitespace allowed.
 * Null for anything else: plain text, `[[]]`, unbalanced brackets, two links, trailing text.
 */
export function parseWikilink(text: string): Wikilink | null {
	const trimmed = text.trim();
	const embed = trimmed.startsWith('![[');
	const open = embed ? 1 : 0;
	if (!trimmed.startsWith('[[', open)) return null;
	const close = scanLinkEnd(trimmed, open);
	// The first `]]` must be the very end, or there is trailing text or a second link.
	if (close !== trimmed.length) return null;
	return buildLink(trimmed, embed);
}

/**
 * Every wikilink in free Markdown text, with its offsets (`from` includes the `!` of an embed).
 * Links inside fenced code blocks and inline code spans are skipped, as Obsidian does not treat them as links.
 */
export function findWikilinks(text: string): LocatedWikilink[] {
	const found: LocatedWikilink[] = [];
	let fence: { char: string; length: number } | null = null;
	let lineStart = 0;
	while (lineStart <= text.length) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = text.length;
		const marker = fenceMarker(text, lineStart, lineEnd);
		if (fence) {
			// A closing fence uses the same character, at least as many times, and nothing after it.
			if (marker && marker.char === fence.char && marker.length >= fence.length && marker.rest.trim() === '') fence = null;
		} else if (marker) {
			fence = { char: marker.char, length: marker.length };
		} else {
			scanLine(text, lineStart, lineEnd, found);
		}
		lineStart = lineEnd + 1;
	}
	return found;
}

/** The link path without a trailing `.md`: what Obsidian's link resolution takes. */
export function linkpathOf(link: Wikilink): string {
	return /\.md$/i.test(link.path) ? link.path.slice(0, -3) : link.path;
}

function scanLine(text: string, start: number, end: number, found: LocatedWikilink[]): void {
	let i = start;
	while (i < end) {
		const ch = text.charCodeAt(i);
		if (ch === 96 /* ` */) {
			i = skipCodeSpan(text, i, end);
			continue;
		}
		if (ch === 91 /* [ */ && text.charCodeAt(i + 1) === 91) {
			const close = scanLinkEnd(text, i, end);
			if (close === -1) {
				i += 1;
				continue;
			}
			const embed = i > start && text.charCodeAt(i - 1) === 33; /* ! */
			const from = embed ? i - 1 : i;
			const link = buildLink(text.slice(from, close), embed);
			if (link) found.push({ ...link, from, to: close });
			i = close;
			continue;
		}
		i++;
	}
}

/**
 * Offset just past the `]]` closing the link whose `[[` is at `open`, or -1.
 * Fails when a bracket or line break comes first: the link starts at a later `[[`, if anywhere.
 */
function scanLinkEnd(text: string, open: number, end: number = text.length): number {
	const close = text.indexOf(']]', open + 2);
	if (close === -1 || close + 2 > end) return -1;
	// No bracket inside: `[[[a]]` is a stray `[` before `[[a]]`, and in `[[a [[b]]` only `[[b]]` is a link.
	for (let i = open + 2; i < close; i++) {
		const c = text.charCodeAt(i);
		if (c === 91 || c === 93 || c === 13 || c === 10) return -1;
	}
	return close + 2;
}

/** `raw` is `[[…]]` or `![[…]]`; null when it names nothing (`[[]]`, `[[ | x]]`). */
function buildLink(raw: string, embed: boolean): Wikilink | null {
	const inner = raw.slice(embed ? 3 : 2, -2);
	const pipe = inner.indexOf('|');
	let target = pipe === -1 ? inner : inner.slice(0, pipe);
	// Inside a table the pipe must be escaped as `\|`; the backslash is not part of the target.
	if (pipe !== -1 && target.endsWith('\\')) target = target.slice(0, -1);
	const hash = target.indexOf('#');
	const path = (hash === -1 ? target : target.slice(0, hash)).trim();
	let subpath = hash === -1 ? '' : target.slice(hash).trim();
	if (subpath === '#') subpath = '';
	if (path === '' && subpath === '') return null;
	return { raw, embed, path, subpath, alias: pipe === -1 ? null : inner.slice(pipe + 1).trim() };
}

/** Offset after an inline code span opened at `i`, or after the backtick run when it is never closed. */
function skipCodeSpan(text: string, i: number, end: number): number {
	let runEnd = i;
	while (runEnd < end && text.charCodeAt(runEnd) === 96) runEnd++;
	const length = runEnd - i;
	let search = runEnd;
	while (search < end) {
		const next = text.indexOf('`', search);
		if (next === -1 || next >= end) break;
		let closeEnd = next;
		while (closeEnd < end && text.charCodeAt(closeEnd) === 96) closeEnd++;
		// Only a run of exactly the same length closes the span.
		if (closeEnd - next === length) return closeEnd;
		search = closeEnd;
	}
	return runEnd;
}

/** A code fence opening the line (up to 3 spaces of indent, then 3+ backticks or tildes), or null. */
function fenceMarker(text: string, start: number, end: number): { char: string; length: number; rest: string } | null {
	let i = start;
	while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
	const char = text[i];
	if (char !== '`' && char !== '~') return null;
	let runEnd = i;
	while (runEnd < end && text[runEnd] === char) runEnd++;
	if (runEnd - i < 3) return null;
	const rest = text.slice(runEnd, end);
	// A backtick fence's info string cannot contain a backtick (CommonMark), else it is inline code.
	if (char === '`' && rest.includes('`')) return null;
	return { char, length: runEnd - i, rest };
}
