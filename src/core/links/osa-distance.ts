/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) of a query of up to 32
 * characters against many names, one machine word per column: Myers' bit-vector algorithm with
 * Hyyrö's transposition term (H. Hyyrö, "A bit-vector algorithm for computing Levenshtein and
 * Damerau edit distances", 2003). A name costs a few operations per character instead of a row of
 * the table, and the query's bits are worked out once for all the names it is compared with.
 */

/** A query prepared for `patternDistance`: bit i of a character's mask is set where the query has it at i. */
export interface BitPattern {
	length: number;
	/** Masks by character code; the query is ASCII, so any other character of a name matches nowhere. */
	ascii: Int32Array;
}

/** The widest query one 32-bit word holds. */
export const MAX_PATTERN_LENGTH = 32;

/** The query's masks; null when it is longer than a word or not ASCII (the caller computes those another way). */
export function bitPattern(query: string): BitPattern | null {
	if (query.length > MAX_PATTERN_LENGTH) return null;
	const ascii = new Int32Array(128);
	for (let i = 0; i < query.length; i++) {
		const code = query.charCodeAt(i);
		if (code >= 128) return null;
		ascii[code] = (ascii[code] as number) | (1 << i);
	}
	return { length: query.length, ascii };
}

/** The distance between the query and `text`, or `max` + 1 as soon as it must exceed `max`. */
export function patternDistance(pattern: BitPattern, text: string, max: number): number {
	const m = pattern.length;
	const n = text.length;
	if (m === 0) return Math.min(n, max + 1);
	const { ascii } = pattern;
	const lastRow = 1 << (m - 1);
	// Vertical deltas of the column (+1 in vp, -1 in vn): the first column climbs by one per row.
	let vp = m === 32 ? -1 : (1 << m) - 1;
	let vn = 0;
	let d0 = 0;
	let previousMatch = 0;
	let score = m;
	for (let j = 0; j < n; j++) {
		const code = text.charCodeAt(j);
		const match = code < 128 ? (ascii[code] as number) : 0;
		// Cells reached diagonally through a transposition of this character and the one before.
		const transposed = ((~d0 & match) << 1) & previousMatch;
		d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
		const hp = vn | ~(d0 | vp);
		const hn = d0 & vp;
		if (hp & lastRow) score++;
		else if (hn & lastRow) score--;
		// The bottom cell moves by at most one per character left, so past this point it cannot come back under `max`.
		if (score - (n - 1 - j) > max) return max + 1;
		const x = (hp << 1) | 1;
		vn = x & d0;
		vp = (hn << 1) | ~(x | d0);
		previousMatch = match;
	}
	return Math.min(score, max + 1);
}
