/**
 * Grapheme clusters (UAX #29 extended grapheme clusters: what a reader sees as
 * one character), from the maintained `unicode-segmenter` library. Its tables
 * follow each Unicode release; Unicode's own GraphemeBreakTest.txt is the test
 * (test/core/metrics/grapheme-break-test.test.ts). Intl.Segmenter gives the same
 * answers but is hundreds of times slower, far too slow for a count taken on
 * every keystroke.
 */
import { countGraphemes as countClusters, graphemeSegments } from 'unicode-segmenter/grapheme';

/** Number of extended grapheme clusters in `text`. */
export function countGraphemes(text: string): number {
	return countClusters(text);
}

/** Below U+0300 nothing joins a neighbour, so two such characters in a row (but CR LF) are two clusters. */
function isSimplePair(before: number, after: number): boolean {
	return before < 0x300 && after < 0x300 && !(before === 0x0d && after === 0x0a);
}

/**
 * End (exclusive UTF-16 index) of every cluster of `text`, in order; the last is
 * `text.length`. One pass: use it to walk a text cluster by cluster. Plain text
 * (below U+0300) is one cluster per character without asking the segmenter,
 * which is given only the runs that may join (fold layout runs this per
 * keystroke; `npm run bench` shows the difference).
 */
export function graphemeBreaks(text: string): Uint32Array {
	const len = text.length;
	const ends = new Uint32Array(len);
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
