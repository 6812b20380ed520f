/**
 * What a regex lookbehind of one character would test, done by hand: iOS before 16.4
 * refuses a whole main.js that contains `(?<=` or `(?<!`, even one never run (PRODUCT §9).
 */

/** The code point that ends just before `index` (a surrogate pair read whole, as `u` regexes do); -1 at the start. */
export function codePointBefore(text: string, index: number): number {
	if (index <= 0) return -1;
	const low = text.charCodeAt(index - 1);
	if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
		const high = text.charCodeAt(index - 2);
		if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
	}
	return low;
}

/** True when the character before `index` is one that `oneCharClass` (a `u` regex of one class) matches. */
export function isAfter(text: string, index: number, oneCharClass: RegExp): boolean {
	const cp = codePointBefore(text, index);
	return cp !== -1 && oneCharClass.test(String.fromCodePoint(cp));
}

/** The first index after `from` (a whole code point on) where the character before is not in `blocked`. */
function nextUnblocked(text: string, from: number, blocked: RegExp): number {
	let at = from + ((text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1);
	while (at < text.length && isAfter(text, at, blocked)) at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
	return at;
}

/**
 * The matches of global `regex` in `text` that do not follow a character of `blocked`:
 * what `text.matchAll(/(?<!blocked)regex/)` returns. A match refused for what precedes it
 * is retried at the next place the lookbehind would have let through, as the engine would
 * have; skipping the places in between keeps a long word from costing its length squared.
 */
export function matchAllNotAfter(text: string, regex: RegExp, blocked: RegExp): RegExpExecArray[] {
	const found: RegExpExecArray[] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(text); m; m = regex.exec(text)) {
		const at = m.index;
		if (isAfter(text, at, blocked)) {
			regex.lastIndex = nextUnblocked(text, at, blocked);
			continue;
		}
		found.push(m);
		// An empty match would never move on by itself.
		if (m[0].length === 0) regex.lastIndex = at + 1;
	}
	return found;
}
