/**
 * The "…see more" fold of a feed (PRODUCT §3): how much of a text a reader sees
 * before tapping. The feed lays text out in visual lines of a fixed width, shows
 * a few of them, and also stops at a character budget, whichever comes first.
 */
import type { FoldDevice } from '../profiles/platforms';

export interface FoldResult {
	/** Code points shown before the fold, line breaks included. */
	visibleChars: number;
	/** Visual lines the shown text occupies. */
	visibleLines: number;
	/** The shown text: always a prefix of the input, never cut inside a surrogate pair. */
	visibleText: string;
	/** The opening paragraph (up to the first blank line) shows whole. */
	fits: boolean;
	/** The whole text shows; no "…see more". */
	complete: boolean;
}

function codePoints(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c < 0xdc00 || c > 0xdfff) n++;
	}
	return n;
}

/** UTF-16 index reached by advancing `count` code points from `from`. */
function advance(text: string, from: number, count: number): number {
	let i = from;
	for (let n = 0; n < count && i < text.length; n++) {
		const c = text.charCodeAt(i);
		i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
	}
	return i;
}

function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
	}
	return true;
}

/**
 * Fold of `text` (trimmed, paragraphs separated by blank lines, '\n' breaks) on one device.
 * Lengths are code points: feeds wrap by what they draw, and a surrogate pair is one glyph.
 */
export function computeFold(text: string, device: FoldDevice): FoldResult {
	if (text.length === 0) return { visibleChars: 0, visibleLines: 0, visibleText: '', fits: true, complete: true };
	const { charsPerLine: width, maxLines, charBudget, seeMoreReserve, blankLastLineHides } = device;
	let lines = 0;
	let chars = 0;
	// The last visible source line (start index, code points shown, blank) and the one before it,
	// kept because a hidden blank last line hands the "…see more" label back to its predecessor.
	let lastStart = -1;
	let lastShown = 0;
	let lastBlank = false;
	let prevStart = -1;
	let prevShown = 0;
	let prevBlank = false;
	// End of the opening paragraph; -1 until its closing blank line is seen.
	let paraEnd = -1;
	let complete = false;
	let start = 0;
	for (;;) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const length = codePoints(text, start, end);
		const blank = isBlank(text, start, end);
		if (blank && paraEnd < 0) paraEnd = Math.max(0, start - 1);
		const lineBreak = start > 0 ? 1 : 0;
		// A blank line still takes a whole visual line: the feed renders the gap.
		const needed = blank ? 1 : Math.ceil(length / width);
		let shown = length;
		if (lines + needed > maxLines || chars + lineBreak + length > charBudget) {
			// This line is where the fold falls. A text line may still show its head in the room
			// left; a blank line either shows whole or not at all.
			const roomLines = maxLines - lines;
			const roomChars = charBudget - chars - lineBreak;
			if (blank || roomLines <= 0 || roomChars <= 0) break;
			shown = Math.min(length, roomLines * width, roomChars);
		}
		prevStart = lastStart;
		prevShown = lastShown;
		prevBlank = lastBlank;
		lastStart = start;
		lastShown = shown;
		lastBlank = blank;
		lines += blank ? 1 : Math.ceil(shown / width);
		chars += lineBreak + shown;
		if (shown < length) break;
		if (end === text.length) {
			complete = true;
			break;
		}
		start = end + 1;
	}
	if (!complete && lastStart >= 0) {
		// LinkedIn desktop will not end the preview on an empty line: it shows one line fewer.
		if (lastBlank && blankLastLineHides && prevStart >= 0) {
			lines -= 1;
			chars -= 1 + lastShown;
			lastStart = prevStart;
			lastShown = prevShown;
			lastBlank = prevBlank;
		}
		// The "…see more" label sits at the end of the last visible visual line, so the text on
		// that visual line must leave it room. A blank line has room already.
		if (!lastBlank && lastShown > 0) {
			const onLastVisual = lastShown - (Math.ceil(lastShown / width) - 1) * width;
			const room = Math.max(0, width - seeMoreReserve);
			if (onLastVisual > room) {
				chars -= onLastVisual - room;
				lastShown -= onLastVisual - room;
			}
		}
	}
	const visibleEnd = lastStart < 0 ? 0 : advance(text, lastStart, lastShown);
	return {
		visibleChars: chars,
		visibleLines: lines,
		visibleText: text.slice(0, visibleEnd),
		// Without a blank line the opening paragraph is the whole text.
		fits: complete || (paraEnd >= 0 && visibleEnd >= paraEnd),
		complete,
	};
}
