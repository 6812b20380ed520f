/**
 * Closest existing names for an unresolved link. It runs against every name of a 10,000-note vault,
 * so the likeliest names are tried first, candidates are dropped by length and by character counts before
 * any distance is computed, the distance is computed only within the band and up to the bound that could
 * still make the list, and the list never grows past `limit` names.
 */

/** Files sharing a lowercase name (`key`), with the names a suggestion shows for them. */
export interface NameGroup {
	key: string;
	names: string[];
}

interface Ranked {
	group: NameGroup;
	score: number;
}

/** The prefix and substring bonus stays under 1, so it only orders names at equal or near-equal distance. */
const MAX_BONUS = 0.8;

/**
 * Up to `limit` names from the groups, best first. Each search pairs groups with the lowercase query to
 * compare their keys to. A name is plausible when its edit distance is within max(2, 40% of the query).
 */
export function closestNames(searches: ReadonlyArray<readonly [NameGroup[], string]>, limit: number): string[] {
	const top: Ranked[] = [];
	let count = 0;
	for (const [groups, query] of searches) {
		const threshold = Math.max(2, Math.floor(query.length * 0.4));
		// Typed rows allocated once per query, reused for every name.
		const rows = [new Int32Array(query.length + 1), new Int32Array(query.length + 1), new Int32Array(query.length + 1)] as const;
		const queryCounts = new Int32Array(128);
		for (let i = 0; i < query.length; i++) {
			const bucket = query.charCodeAt(i) & 127;
			queryCounts[bucket] = (queryCounts[bucket] as number) + 1;
		}
		const counts = queryCounts.slice();
		const queryMask = letterMask(query);
		const queryRepeats = repeatMask(query);
		// Nearest first by a cheap lower bound of the distance (the larger of the length difference and half
		// the letter-mask bits two names differ in, see `letterMask`), one pass over the names per bound:
		// close names are found early, which lowers the bound `max` and so ends the search sooner (a typo's
		// own name first, not the hundreds of names of the same length). The result does not depend on
		// the order: the list is always the best-ranked names seen, and a name is skipped only when it
		// cannot make the list.
		const byLength = groupsByLength(groups);
		for (let bound = 0; bound <= currentMax(top, count, limit, threshold); bound++) {
			const longest = Math.min(byLength.length - 1, query.length + bound);
			for (let length = Math.max(0, query.length - bound); length <= longest; length++) {
				const bucket = byLength[length];
				if (!bucket) continue;
				const lengthBound = Math.abs(length - query.length);
				for (let g = 0; g < bucket.groups.length; g++) {
					const bits = popCount(queryMask ^ (bucket.masks[g] as number)) + popCount(queryRepeats ^ (bucket.repeats[g] as number));
					if (Math.max(lengthBound, (bits + 1) >> 1) !== bound) continue;
					const group = bucket.groups[g] as NameGroup;
					const key = group.key;
					const max = currentMax(top, count, limit, threshold);
					if (bound > max) break;
					if (bagDistance(key, query.length, counts, queryCounts, max) > max) continue;
					const distance = editDistance(key, query, max, rows);
					// Replacing every character is no resemblance, although short names would pass the threshold of 2.
					if (distance > max || (distance > 0 && distance >= Math.max(key.length, query.length))) continue;
					const ranked = { group, score: distance - bonus(key, query) };
					let at = top.length;
					while (at > 0 && compare(ranked, top[at - 1] as Ranked) < 0) at--;
					if (count >= limit && at === top.length) continue;
					top.splice(at, 0, ranked);
					count += group.names.length;
					// Drop entries no longer needed to fill `limit` names.
					while (top.length > 1 && count - (top[top.length - 1] as Ranked).group.names.length >= limit) {
						count -= (top.pop() as Ranked).group.names.length;
					}
				}
			}
		}
	}
	return top.flatMap((r) => r.group.names).slice(0, limit);
}

/** Once the list is full, a name must beat its last entry, which bounds the distance worth computing. */
function currentMax(top: readonly Ranked[], count: number, limit: number, threshold: number): number {
	const last = top[top.length - 1];
	return last && count >= limit ? Math.min(threshold, Math.floor(last.score + MAX_BONUS + 1e-9)) : threshold;
}

/** Groups whose keys have one length, in the list's own order, with each key's `letterMask` and `repeatMask`. */
interface LengthBucket {
	groups: NameGroup[];
	masks: number[];
	repeats: number[];
}

// The groups of a resolver by key length, built once per list (the vault does not change under a resolver).
const lengthIndex = new WeakMap<readonly NameGroup[], LengthBucket[]>();

function groupsByLength(groups: readonly NameGroup[]): LengthBucket[] {
	let index = lengthIndex.get(groups);
	if (!index) {
		index = [];
		for (const group of groups) {
			const bucket = (index[group.key.length] ??= { groups: [], masks: [], repeats: [] });
			bucket.groups.push(group);
			bucket.masks.push(letterMask(group.key));
			bucket.repeats.push(repeatMask(group.key));
		}
		lengthIndex.set(groups, index);
	}
	return index;
}

/**
 * Which of 32 character buckets a name uses, one bit each. An edit flips at most two bits (a
 * substitution drops one character and adds another; a transposition none), so half the bits two
 * names differ in is a lower bound of their distance: one XOR rules out most of a vault's names.
 */
function letterMask(text: string): number {
	let mask = 0;
	for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
	return mask;
}

/**
 * Which of the same buckets a name uses twice or more. An edit moves a bucket's count by one, so it
 * flips a bit of this mask or of `letterMask`, not both: the bits both masks differ in, halved, are
 * still a lower bound of the distance, and a closer one for names built from the same letters.
 */
function repeatMask(text: string): number {
	let seen = 0;
	let repeats = 0;
	for (let i = 0; i < text.length; i++) {
		const bit = 1 << (text.charCodeAt(i) & 31);
		if (seen & bit) repeats |= bit;
		seen |= bit;
	}
	return repeats;
}

function popCount(bits: number): number {
	let n = bits - ((bits >>> 1) & 0x55555555);
	n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
	return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function compare(a: Ranked, b: Ranked): number {
	return a.score - b.score || (a.group.key < b.group.key ? -1 : a.group.key > b.group.key ? 1 : 0);
}

/** Up to 0.4 for a shared prefix, 0.4 when one name contains the other: `hook` is closer to `hooks` than to `book`. */
function bonus(key: string, query: string): number {
	let prefix = 0;
	while (prefix < 4 && prefix < key.length && key[prefix] === query[prefix]) prefix++;
	return prefix * 0.1 + (key.includes(query) || query.includes(key) ? 0.4 : 0);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions); `max` + 1 as soon as it exceeds `max`.
 * Only the diagonal band |i - j| <= max is computed: any cell outside it already costs more than `max`.
 */
export function editDistance(a: string, b: string, max: number, rows?: readonly [Int32Array, Int32Array, Int32Array]): number {
	const n = b.length;
	if (Math.abs(a.length - n) > max) return max + 1;
	const over = max + 1;
	let before = rows?.[0] ?? new Int32Array(n + 1);
	let prev = rows?.[1] ?? new Int32Array(n + 1);
	let row = rows?.[2] ?? new Int32Array(n + 1);
	for (let j = 0; j <= n; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const ca = a.charCodeAt(i - 1);
		const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
		const lo = Math.max(1, i - max);
		const hi = Math.min(n, i + max);
		// The cells just outside the band stand for "too far"; the next row reads them.
		row[lo - 1] = lo === 1 ? i : over;
		if (hi < n) row[hi + 1] = over;
		let rowMin = row[lo - 1] as number;
		for (let j = lo; j <= hi; j++) {
			const cb = b.charCodeAt(j - 1);
			let d = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
			const del = (prev[j] as number) + 1;
			const ins = (row[j - 1] as number) + 1;
			if (del < d) d = del;
			if (ins < d) d = ins;
			if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
				const swap = (before[j - 2] as number) + 1;
				if (swap < d) d = swap;
			}
			row[j] = d;
			if (d < rowMin) rowMin = d;
		}
		// No later cell is below this row's minimum (a transposition costs at least the diagonal it skips).
		if (rowMin > max) return over;
		const spare = before;
		before = prev;
		prev = row;
		row = spare;
	}
	return Math.min(prev[n] as number, over);
}

/**
 * A lower bound of the edit distance from character counts alone (each edit changes one count by one),
 * far cheaper than the distance itself; it stops counting once the bound passes `max`. `counts` holds
 * the query's counts per bucket and is restored before returning.
 */
function bagDistance(key: string, queryLength: number, counts: Int32Array, queryCounts: Int32Array, max: number): number {
	let unmatched = 0;
	let seen = 0;
	while (seen < key.length && unmatched <= max) {
		const bucket = key.charCodeAt(seen++) & 127;
		const left = counts[bucket] as number;
		if (left > 0) counts[bucket] = left - 1;
		else unmatched++;
	}
	for (let i = 0; i < seen; i++) {
		const bucket = key.charCodeAt(i) & 127;
		counts[bucket] = queryCounts[bucket] as number;
	}
	return unmatched > max ? unmatched : Math.max(unmatched, queryLength - (key.length - unmatched));
}
