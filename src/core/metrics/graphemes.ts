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

/**
 * End (exclusive UTF-16 index) of every cluster of `text`, in order; the last is
 * `text.length`. One pass: use it to walk a text cluster by cluster.
 */
export function graphemeBreaks(text: string): Uint32Array {
	const ends = new Uint32Array(text.length);
	let n = 0;
	for (const { index, segment } of graphemeSegments(text)) ends[n++] = index + segment.length;
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
