/**
 * The "…more" fold of a feed (PRODUCT.md §3): the text laid out as a browser
 * lays out `white-space: pre-wrap; overflow-wrap: break-word` text in the
 * device's column, with Roboto's advance widths at the device's font size;
 * the first `maxLines` visual lines show, the last ended by the label.
 */
import type { FoldDevice } from '../profiles/fold-defaults';
import { UNITS_PER_EM } from './font-widths';
import { clusterEnds, countGraphemes, isOneClusterPerCharacter } from './graphemes';
import { BreakClass, breakClass, canBreakBetween } from './line-break';
import { asciiKerning, asciiWidths, clusterWidth, kerningUnits, measureText } from './text-width';

export interface FoldResult {
	/** Graphemes shown before the label, line breaks counted. */
	visibleChars: number;
	/** Visual lines shown. */
	visibleLines: number;
	/** The text of each visible visual line; the last stops where the label starts. */
	lines: string[];
	/** The shown text: a prefix of the input. */
	visibleText: string;
	/** The opening paragraph (up to the first blank line) shows whole. */
	fits: boolean;
	/** The whole text shows; no label. */
	complete: boolean;
}

/** One visual line: `text[from, to)`, without its line feed. */
export interface VisualLine {
	from: number;
	to: number;
}

// A line holds what fits within its width; Chromium lays out in 1/64 px units.
const EPSILON = 1 / 128;

/**
 * The text's first `limit` visual lines and, when there are more, one more
 * (so a caller knows the text goes on). Only as much text as those lines can
 * hold is segmented.
 */
export function layoutLines(text: string, device: FoldDevice, limit: number, whole = false): VisualLine[] {
	const head = whole ? text : leadingText(text, device, limit);
	// Walked at once, nothing kept: the shared buffer serves (the loop calls nothing that refills it).
	// Plain text (most posts) is a cluster per character: no segmentation pass at all.
	const ends = isOneClusterPerCharacter(head) ? null : clusterEnds(head);
	const clusters = ends ? ends.length : head.length;
	const width = device.width + EPSILON;
	const scale = device.fontSize / UNITS_PER_EM;
	const ascii = asciiWidths(device.fontSize);
	const kerning = asciiKerning();
	const lines: VisualLine[] = [];
	let lineFrom = 0;
	let x = 0;
	let breakAt = -1;
	let xAtBreak = 0;
	let previousClass = BreakClass.LineFeed;
	let previousCp = -1;
	let start = 0;
	for (let k = 0; k < clusters && lines.length <= limit; k++) {
		const end = ends ? (ends[k] as number) : start + 1;
		const cp = ends ? (head.codePointAt(start) ?? 0) : head.charCodeAt(start);
		if (cp === 0x0a || cp === 0x0d) {
			lines.push({ from: lineFrom, to: start });
			lineFrom = end;
			x = 0;
			breakAt = -1;
			previousClass = BreakClass.LineFeed;
			previousCp = -1;
			start = end;
			continue;
		}
		const cls = breakClass(cp);
		let w = cp === 0x09 ? tabAdvance(x, device) : cp >= 0x20 && cp < 0x7f && end - start === 1 ? (ascii[cp] as number) : clusterWidth(head, start, end, cp, device);
		// kerningUnits inlined: the table has ASCII pairs only (previousCp is -1 after a longer cluster).
		if (previousCp >= 0 && previousCp <= 0x7e && cp <= 0x7e && end - start === 1) w += (kerning[previousCp * 128 + cp] as number) * scale;
		if (start > lineFrom && canBreakBetween(previousClass, cls)) {
			breakAt = start;
			xAtBreak = x;
		}
		// Spaces at the end of a line hang past its edge: only other characters overflow it.
		if (cls !== BreakClass.Space && start > lineFrom && x + w > width) {
			if (breakAt > lineFrom) {
				lines.push({ from: lineFrom, to: breakAt });
				lineFrom = breakAt;
				x -= xAtBreak;
			}
			// overflow-wrap: break-word: a word that does not fit a line of its own breaks where it must.
			if (start > lineFrom && x + w > width) {
				lines.push({ from: lineFrom, to: start });
				lineFrom = start;
				x = 0;
			}
			breakAt = -1;
		}
		x += w;
		previousClass = cls;
		previousCp = end - start === 1 ? cp : -1;
		start = end;
	}
	if (lines.length > limit) return lines;
	// Zero-width characters by the thousand can outlast the estimate: then lay out the whole text.
	if (head.length < text.length) return layoutLines(text, device, limit, true);
	lines.push({ from: lineFrom, to: head.length });
	return lines;
}

/** The start of `text` that `limit + 1` visual lines can hold at most: each takes at least one source line, and a character 1 px at least. */
function leadingText(text: string, device: FoldDevice, limit: number): string {
	let end = -1;
	for (let n = 0; n <= limit; n++) {
		end = text.indexOf('\n', end + 1);
		if (end < 0) break;
	}
	const most = Math.ceil(device.width) * 2 * (limit + 1) + 8;
	// After a whole source line, or well inside a long one, so the cluster cut at the slice's end is never measured.
	const cut = Math.min(most, end < 0 ? text.length : end + 1);
	return cut >= text.length ? text : text.slice(0, cut);
}

function tabAdvance(x: number, device: FoldDevice): number {
	const stop = 8 * clusterWidth(' ', 0, 1, 0x20, device);
	return stop > 0 ? stop - (x % stop) : 0;
}

/** UTF-16 index where the label starts on a visual line: after the last cluster that ends within `room` pixels. */
function cutInLine(text: string, line: VisualLine, room: number, device: FoldDevice): number {
	const ends = clusterEnds(text.slice(line.from, line.to));
	const scale = device.fontSize / UNITS_PER_EM;
	let x = 0;
	let previousCp = -1;
	let start = 0;
	let cut = line.from;
	for (const end of ends) {
		const index = line.from + start;
		const cp = text.codePointAt(index) ?? 0;
		let w = cp === 0x09 ? tabAdvance(x, device) : clusterWidth(text, index, line.from + end, cp, device);
		if (previousCp >= 0 && end - start === 1) w += kerningUnits(previousCp, cp) * scale;
		if (x + w > room + EPSILON) break;
		x += w;
		cut = line.from + end;
		previousCp = end - start === 1 ? cp : -1;
		start = end;
	}
	return cut;
}

function isBlankLine(text: string, line: VisualLine): boolean {
	return text.slice(line.from, line.to).trim() === '';
}

/** Fold of `text` (trimmed, paragraphs separated by blank lines) on one device. */
export function computeFold(text: string, device: FoldDevice): FoldResult {
	if (text.length === 0) return { visibleChars: 0, visibleLines: 0, lines: [], visibleText: '', fits: true, complete: true };
	const limit = Math.max(1, Math.floor(device.maxLines));
	const laid = layoutLines(text, device, limit);
	const opening = /\n[ \t]*\r?\n/.exec(text);
	if (laid.length <= limit) {
		return {
			visibleChars: countGraphemes(text), visibleLines: laid.length,
			lines: laid.map((line) => text.slice(line.from, line.to)), visibleText: text, fits: true, complete: true,
		};
	}
	let shown = limit;
	// LinkedIn desktop does not end the preview on an empty line: it shows one line fewer.
	if (device.blankLastLineHides && shown > 1 && isBlankLine(text, laid[shown - 1] as VisualLine)) shown--;
	const visible = laid.slice(0, shown);
	const last = visible[shown - 1] as VisualLine;
	const room = device.width - measureText(device.label, device);
	const cut = isBlankLine(text, last) ? last.from : cutInLine(text, last, room, device);
	const lines = visible.map((line, i) => text.slice(line.from, i === shown - 1 ? cut : line.to));
	const visibleText = text.slice(0, cut);
	return {
		visibleChars: countGraphemes(visibleText),
		visibleLines: shown,
		lines,
		visibleText,
		// Without a blank line the opening paragraph is the whole text, which does not show whole.
		fits: opening !== null && cut >= opening.index,
		complete: false,
	};
}
