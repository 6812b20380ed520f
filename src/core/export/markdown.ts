/**
 * Markdown in a post, found line by line, with what a feed that shows text
 * literally (LinkedIn, X, Threads, Bluesky, Mastodon) should get instead.
 * One scanner serves `export`, Copy for LinkedIn and the `markdown-in-post`
 * rule's fix, so the three can never disagree. Everything that is not
 * Markdown is left exactly as written.
 */
import { scanInline, span } from './markdown-inline';

export { applySpans } from './markdown-inline';

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
