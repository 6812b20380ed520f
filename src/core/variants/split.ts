/**
 * Splitting a variant into a thread (PRODUCT §2.1): the author's own parts
 * when they split by hand (three blank lines end a part, as Typefully does),
 * otherwise automatically: at paragraph breaks, then sentence ends, then word
 * breaks (a word longer than a whole post, between its characters), every part
 * within the limit as the platform counts it, nothing dropped or reordered.
 * Optional numbering (` 1/5` at the end of each part) counts toward the limit.
 */
import { graphemeEnd } from '../metrics/graphemes';

export interface ThreadPart {
	/** What to paste, numbering included. */
	text: string;
	/** Its length as the platform counts it. */
	length: number;
	/** The part's own text in the variant's text: [from, to). */
	from: number;
	to: number;
}

export interface SplitOptions {
	limit: number;
	measure: (text: string) => number;
	/** Append ` i/n` to each part of a thread of two or more. */
	numbering?: boolean;
}

/** Three blank lines (four line breaks, blanks between them allowed) end a hand-made part. */
const HAND_BREAK = /\n(?:[ \t]*\n){3,}/g;

export function isHandSplit(text: string): boolean {
	HAND_BREAK.lastIndex = 0;
	return HAND_BREAK.test(text);
}

/** The author's parts, as written, with their offsets; empty parts are dropped, text never is. */
export function handParts(text: string): Array<{ from: number; to: number }> {
	const parts: Array<{ from: number; to: number }> = [];
	let from = 0;
	HAND_BREAK.lastIndex = 0;
	const push = (a: number, b: number): void => {
		const range = trimRange(text, a, b);
		if (range.to > range.from) parts.push(range);
	};
	for (let m = HAND_BREAK.exec(text); m; m = HAND_BREAK.exec(text)) {
		push(from, m.index);
		from = m.index + m[0].length;
	}
	push(from, text.length);
	return parts;
}

/** Splits `text` into parts: the author's, when split by hand; else automatically within `limit`. */
export function splitThread(text: string, options: SplitOptions): ThreadPart[] {
	if (isHandSplit(text)) {
		return handParts(text).map(({ from, to }) => ({ text: text.slice(from, to), length: options.measure(text.slice(from, to)), from, to }));
	}
	const plain = autoSplit(text, options, null);
	if (!options.numbering || plain.length < 2) return plain;
	// The numbering's width depends on the count it numbers: split again until the count holds.
	let total = plain.length;
	for (let attempt = 0; attempt < 5; attempt++) {
		const numbered = autoSplit(text, options, total);
		if (numbered.length === total) return numbered;
		total = numbered.length;
	}
	return autoSplit(text, options, total);
}

interface Break {
	/** End of the part before the break, and start of the next part. */
	end: number;
	next: number;
	/** 3 paragraph, 2 sentence or line, 1 word. */
	level: number;
}

const WHITESPACE = /\s+/g;
const SENTENCE_END = /[.!?…‼⁇⁈⁉。！？][)\]"'”’»]*$/;
const CJK_SENTENCE_END = /[。！？](?=\S)/g;

function breaksOf(text: string): Break[] {
	const breaks: Break[] = [];
	WHITESPACE.lastIndex = 0;
	for (let m = WHITESPACE.exec(text); m; m = WHITESPACE.exec(text)) {
		const newlines = m[0].split('\n').length - 1;
		const sentence = newlines === 1 || SENTENCE_END.test(text.slice(Math.max(0, m.index - 4), m.index));
		breaks.push({ end: m.index, next: m.index + m[0].length, level: newlines >= 2 ? 3 : sentence ? 2 : 1 });
	}
	// CJK sentences end without a space.
	CJK_SENTENCE_END.lastIndex = 0;
	for (let m = CJK_SENTENCE_END.exec(text); m; m = CJK_SENTENCE_END.exec(text)) breaks.push({ end: m.index + 1, next: m.index + 1, level: 2 });
	return breaks.sort((a, b) => a.end - b.end);
}

function trimRange(text: string, from: number, to: number): { from: number; to: number } {
	while (from < to && /\s/.test(text[from] as string)) from++;
	while (to > from && /\s/.test(text[to - 1] as string)) to--;
	return { from, to };
}

function autoSplit(text: string, options: SplitOptions, total: number | null): ThreadPart[] {
	const { limit, measure } = options;
	const breaks = breaksOf(text);
	const parts: ThreadPart[] = [];
	const label = (index: number): string => (total === null ? '' : ` ${index + 1}/${total}`);
	const part = (from: number, to: number): ThreadPart => {
		const body = text.slice(from, to) + label(parts.length);
		return { text: body, length: measure(body), from, to };
	};
	const fits = (from: number, to: number): boolean => measure(text.slice(from, to) + label(parts.length)) <= limit;

	let { from: start } = trimRange(text, 0, text.length);
	const end = trimRange(text, 0, text.length).to;
	// The end of the text closes the last part: a break of every level.
	const withEnd = [...breaks.filter((b) => b.end < end), { end, next: end, level: 3 }];
	while (start < end) {
		let chosen: Break | null = null;
		for (let level = 3; level >= 1 && !chosen; level--) {
			const candidates = withEnd.filter((b) => b.level >= level && b.end > start);
			chosen = furthestFitting(candidates.length, (i) => fits(start, (candidates[i] as Break).end), (i) => candidates[i] as Break);
		}
		if (chosen) {
			parts.push(part(start, chosen.end));
			start = chosen.next;
			continue;
		}
		// One word longer than a whole post: cut it between characters, at least one per part.
		const cut = longWordCut(text, start, end, limit, (at) => fits(start, at));
		const range = trimRange(text, start, cut);
		parts.push(part(range.from, range.to));
		start = trimRange(text, cut, end).from;
	}
	return parts;
}

/**
 * Where to cut a word too long for one post: the furthest character boundary
 * that fits, looked for in a window of code units that grows only while every
 * boundary in it fits (a 50 KB word is not walked whole for every part).
 */
function longWordCut(text: string, start: number, end: number, limit: number, fitsTo: (at: number) => boolean): number {
	for (let window = limit * 16; ; window *= 2) {
		const stop = Math.min(end, start + window);
		const cuts: number[] = [];
		for (let at = graphemeEnd(text, start); at < stop; at = graphemeEnd(text, at)) cuts.push(at);
		const cut = furthestFitting(cuts.length, (i) => fitsTo(cuts[i] as number), (i) => i);
		if (cut === null) return cuts[0] ?? end;
		if (cut < cuts.length - 1 || stop === end) return cuts[cut] as number;
	}
}

/**
 * The last index whose candidate fits, candidates ordered by length: galloping
 * from the first (near the part's start, so cheap to measure) to bracket it,
 * then halving. Null when not even the first fits.
 */
function furthestFitting<T>(count: number, fitsAt: (index: number) => boolean, value: (index: number) => T): T | null {
	if (count === 0 || !fitsAt(0)) return null;
	let good = 0;
	let bad = count;
	for (let step = 1; good + step < count; step *= 2) {
		if (!fitsAt(good + step)) {
			bad = good + step;
			break;
		}
		good += step;
	}
	while (bad - good > 1) {
		const mid = (good + bad) >> 1;
		if (fitsAt(mid)) good = mid;
		else bad = mid;
	}
	return value(good);
}
