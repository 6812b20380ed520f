/**
 * Closest existing names for an unresolved link. It runs against every name of a 10,000-note vault,
 * so the likeliest names are tried first, candidates are dropped by length and by letter masks before
 * any distance is computed, the distance (bit-parallel for ASCII queries of up to 32 characters) stops as soon
 * as it cannot make the list, and the list never grows past `limit` names.
 */

import { bitPattern, patternDistance, type BitPattern } from './osa-distance';

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
	const list: RankedList = { top: [], count: 0, limit };
	for (const [groups, query] of searches) searchGroups(groupsByLength(groups), query, list);
	return list.top.flatMap((r) => r.group.names).slice(0, limit);
}

/** The best-ranked groups seen so far, just enough of them to fill `limit` names. */
interface RankedList {
	top: Ranked[];
	count: number;
	limit: number;
}

/**
 * Nearest first by a cheap lower bound of the distance (the larger of the length difference and half the
 * letter-mask bits two names differ in, see `letterMask`): close names are found early, which lowers the
 * bound `max` and so ends the search sooner. Each name's bound is computed once, when its length first
 * comes within reach, and names whose bound is not reached yet wait in `pending`; lengths beyond the
 * final `max` are never read. The result does not depend on the order: the list is always the
 * best-ranked names seen, and a name is skipped only when it cannot make the list.
 */
function searchGroups(index: readonly LengthBucket[], query: string, list: RankedList): void {
	const threshold = Math.max(2, Math.floor(query.length * 0.4));
	const pattern = bitPattern(query);
	const search: Search = {
		query, pattern,
		// Rows for the table distance, needed only by a query too long for the bit-parallel one; reused for every name.
		rows: pattern ? null : [new Int32Array(query.length + 1), new Int32Array(query.length + 1), new Int32Array(query.length + 1)],
	};
	const queryMask = letterMask(query);
	const queryRepeats = repeatMask(query);
	// The names waiting for their bound; `max` never exceeds the threshold.
	const pending: NameGroup[][] = Array.from({ length: threshold + 1 }, () => []);
	// Lowered only by a name joining the list, so recomputed only then.
	let max = currentMax(list, threshold);
	for (let bound = 0; bound <= max; bound++) {
		// The lengths that come within reach at this bound: the query's own, then one shorter and one longer per step.
		for (let side = bound === 0 ? 1 : 0; side < 2; side++) {
			const length = side === 0 ? query.length - bound : query.length + bound;
			if (length >= 0 && length < index.length) scanBucket(index[length] as LengthBucket, queryMask, queryRepeats, bound, max, pending);
		}
		for (const group of pending[bound] as NameGroup[]) {
			// Every name left is at least `bound` away.
			if (bound > max) return;
			if (consider(group, max, search, list)) max = currentMax(list, threshold);
		}
	}
}

/**
 * Files each name of a bucket under its lower bound (never below `bound`, the bucket's length difference),
 * dropping those beyond `max`. Kept apart from the distances: this small loop runs over thousands of
 * names per query and is compiled on its own, quickly, at the first suggestion.
 */
function scanBucket(bucket: LengthBucket, queryMask: number, queryRepeats: number, bound: number, max: number, pending: NameGroup[][]): void {
	const { groups, masks, repeats } = bucket;
	for (let g = 0; g < groups.length; g++) {
		const bits = popCount(queryMask ^ (masks[g] as number)) + popCount(queryRepeats ^ (repeats[g] as number));
		const lowerBound = Math.max(bound, (bits + 1) >> 1);
		if (lowerBound <= max) (pending[lowerBound] as NameGroup[]).push(groups[g] as NameGroup);
	}
}

/** A query's reusable scratch space. */
interface Search {
	query: string;
	/** The query's bit masks, when it fits the bit-parallel distance (nearly every name does). */
	pattern: BitPattern | null;
	rows: readonly [Int32Array, Int32Array, Int32Array] | null;
}

/** Ranks one group against the query and puts it in the list if it makes it (then true). */
function consider(group: NameGroup, max: number, search: Search, list: RankedList): boolean {
	const { query } = search;
	const { top } = list;
	const key = group.key;
	const distance = search.pattern ? patternDistance(search.pattern, key, max) : editDistance(key, query, max, search.rows ?? undefined);
	// Replacing every character is no resemblance, although short names would pass the threshold of 2.
	if (distance > max || (distance > 0 && distance >= Math.max(key.length, query.length))) return false;
	const ranked = { group, score: distance - bonus(key, query) };
	let at = top.length;
	while (at > 0 && compare(ranked, top[at - 1] as Ranked) < 0) at--;
	if (list.count >= list.limit && at === top.length) return false;
	top.splice(at, 0, ranked);
	list.count += group.names.length;
	// Drop entries no longer needed to fill `limit` names.
	while (top.length > 1 && list.count - (top[top.length - 1] as Ranked).group.names.length >= list.limit) {
		list.count -= (top.pop() as Ranked).group.names.length;
	}
	return true;
}

/** Once the list is full, a name must beat its last entry, which bounds the distance worth computing. */
function currentMax(list: RankedList, threshold: number): number {
	const last = list.top[list.top.length - 1];
	return last && list.count >= list.limit ? Math.min(threshold, Math.floor(last.score + MAX_BONUS + 1e-9)) : threshold;
}

/** Groups whose keys have one length, in the list's own order, with each key's `letterMask` and `repeatMask`. */
interface LengthBucket {
	groups: NameGroup[];
	masks: Int32Array;
	repeats: Int32Array;
}

// The groups of a resolver by key length, built once per list (the vault does not change under a resolver).
const lengthIndex = new WeakMap<readonly NameGroup[], LengthBucket[]>();

function groupsByLength(groups: readonly NameGroup[]): LengthBucket[] {
	let index = lengthIndex.get(groups);
	if (!index) {
		const byLength: NameGroup[][] = [];
		for (const group of groups) (byLength[group.key.length] ??= []).push(group);
		// Every length up to the longest gets a bucket and the masks are typed arrays (a mask with bit 30 or 31 set
		// is no small integer): the search loop always meets the same shapes, and the engine compiles it once
		// instead of recompiling it after each surprise, which cost more than the searches themselves.
		index = Array.from(byLength, (bucket: NameGroup[] = []) => ({
			groups: bucket,
			masks: Int32Array.from(bucket, (group) => letterMask(group.key)),
			repeats: Int32Array.from(bucket, (group) => repeatMask(group.key)),
		}));
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
