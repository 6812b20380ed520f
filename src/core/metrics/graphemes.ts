/**
 * Grapheme clusters (UAX #29 extended grapheme clusters: what a reader sees as
 * one character), from the maintained `unicode-segmenter` library. Its tables
 * follow each Unicode release; Unicode's own GraphemeBreakTest.txt is the test
 * (test/core/metrics/grapheme-break-test.test.ts). Intl.Segmenter gives the same
 * answers but is hundreds of times slower, far too slow for a count taken on
 * every keystroke.
 */
import { countGraphemes as countClusters, graphemeSegments } from 'unicode-segmenter/grapheme';

/** Below U+0300 nothing joins a neighbour, so two such characters in a row (but CR LF) are two clusters. */
function isSimplePair(before: number, after: number): boolean {
	return before < 0x300 && after < 0x300 && !(before === 0x0d && after === 0x0a);
}

// What may join a neighbour into one cluster: CR (before LF) and anything from U+0300 on (`\cN` is U+000E).
const MAY_JOIN = /[^\0-\f\cN-\u02ff]/g;
// Two characters that cannot join (isSimplePair): a cluster boundary is certain between them.
const SIMPLE_PAIR = /[\0-\f\cN-\u02ff][\0-\u02ff]|\r[\0-\t\v-\u02ff]/g;

/** Whether every character of `text` is a cluster of its own: nothing from U+0300 on, no CR. */
export function isOneClusterPerCharacter(text: string): boolean {
	MAY_JOIN.lastIndex = 0;
	return !MAY_JOIN.test(text);
}

/**
 * Number of extended grapheme clusters in `text`. As graphemeBreaks: plain text
 * is one cluster per character, and the segmenter counts only the runs that may
 * join; the regex engine finds those runs several times faster than a scan in
 * script (this runs for every hook, fold and variant of every note).
 */
export function countGraphemes(text: string): number {
	const len = text.length;
	let count = 0;
	// Every cluster before `done` is counted, and a cluster boundary is certain there.
	let done = 0;
	// Runs in a row with little plain text between them.
	let closeRuns = 0;
	MAY_JOIN.lastIndex = 0;
	for (let found = MAY_JOIN.exec(text); found; found = MAY_JOIN.exec(text)) {
		// Runs this close together (non-Latin text): the segmenter is faster over the rest in one go.
		closeRuns = found.index - done < 32 ? closeRuns + 1 : 0;
		if (closeRuns >= 3) return count + countClusters(text.slice(done));
		// The plain character before this one may still join it: the run starts there.
		const start = found.index > done ? found.index - 1 : found.index;
		count += start - done;
		SIMPLE_PAIR.lastIndex = start;
		const end = SIMPLE_PAIR.exec(text)?.index ?? len - 1;
		count += countClusters(text.slice(start, end + 1));
		done = end + 1;
		MAY_JOIN.lastIndex = done;
	}
	return count + len - done;
}

/**
 * End (exclusive UTF-16 index) of every cluster of `text`, in order; the last is
 * `text.length`. One pass: use it to walk a text cluster by cluster. Plain text
 * (below U+0300) is one cluster per character without asking the segmenter,
 * which is given only the runs that may join (fold layout runs this per
 * keystroke; `npm run bench` shows the difference).
 */
export function graphemeBreaks(text: string): Uint32Array {
	return clusterEnds(text).slice();
}

// The buffer clusterEnds fills, kept between calls up to this many clusters: a zeroed typed array
// per call lives outside the heap and cost more than the fold layout that used it.
const SHARED_LIMIT = 1 << 16;
let shared = new Uint32Array(1024);

/**
 * graphemeBreaks written into a buffer shared by every call: valid only until the next call.
 * For a caller that walks the ends at once and keeps none of them (the fold's layout).
 */
export function clusterEnds(text: string): Uint32Array {
	const len = text.length;
	if (len > shared.length) {
		if (len > SHARED_LIMIT) return fillClusterEnds(text, new Uint32Array(len));
		shared = new Uint32Array(Math.max(len, shared.length * 2));
	}
	return fillClusterEnds(text, shared);
}

function fillClusterEnds(text: string, ends: Uint32Array): Uint32Array {
	const len = text.length;
	let n = 0;
	let i = 0;
	while (i < len) {
		const c = text.charCodeAt(i);
		if (i + 1 >= len ? c < 0x300 && c !== 0x0d : isSimplePair(c, text.charCodeAt(i + 1)) && c !== 0x0d) {
			ends[n++] = ++i;
			continue;
		}
		// A run that may join: up to the next place where a boundary is certain.
		let j = i + 1;
		while (j < len && !isSimplePair(text.charCodeAt(j - 1), text.charCodeAt(j))) j++;
		for (const { index, segment } of graphemeSegments(text.slice(i, j))) ends[n++] = i + index + segment.length;
		i = j;
	}
	return ends.subarray(0, n);
}

// graphemeEnd is called cluster after cluster on one text: its breaks are found
// once and kept for the last text asked about (one entry, so nothing grows).
let cachedText = '';
let cachedBreaks: Uint32Array = new Uint32Array(0);

/**
 * End (exclusive UTF-16 index) of the grapheme cluster that contains `start`;
 * `text.length` at or past the end. Walking `i = graphemeEnd(text, i)` from 0
 * visits every cluster once.
 */
export function graphemeEnd(text: string, start: number): number {
	const len = text.length;
	if (start >= len) return len;
	if (start < 0) start = 0;
	if (text !== cachedText) {
		cachedBreaks = graphemeBreaks(text);
		cachedText = text;
	}
	// The first break after `start`.
	const breaks = cachedBreaks;
	let lo = 0;
	let hi = breaks.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((breaks[mid] as number) > start) hi = mid;
		else lo = mid + 1;
	}
	return breaks[lo] ?? len;
}
