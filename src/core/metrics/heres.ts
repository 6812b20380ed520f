/**
 * "Here's" constructions (PRODUCT §3): `Here's` after any non-word character, and
 * `Here is` / `Here are` where a clause opens (a line start after list or quote marks,
 * a sentence end, or but/and/so). Split from slop.ts: the clause test is most of it.
 * No lookbehind (iOS before 16.4 refuses the whole plugin): what precedes a match is
 * checked by hand.
 */

import { isAfter } from './char-before';

// Word characters for boundary tests; Unicode-aware so `naïve` is one word. No lookbehind anywhere
// in this file (iOS before 16.4 refuses the whole plugin): what precedes a match is checked by hand.
export const W = '[\\p{L}\\p{N}_]';
export const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

// Sticky: only tried where HERE_CANDIDATE found a "here" (see findCandidates). "Here's" counts
// anywhere after a non-word character; "Here is/are" only where a clause opens (see opensClause).
const HERES_APOSTROPHE = new RegExp(`here['’]s(?!${W})`, 'iuy');
const HERE_IS = new RegExp(`here\\s+(?:is|are)(?!${W})`, 'iuy');
// Every "Here's" or "Here is" starts with "here" (no other character case-folds to h, e or r).
export const HERE_CANDIDATE = /here/gi;

// Opening quotes or emphasis allowed between a clause start and its "Here is".
const CLAUSE_OPENERS = '"“‘\'(*_';
// Closing quotes, brackets or emphasis allowed between a sentence's end and the spaces after it.
const SENTENCE_CLOSERS = '"”’\')]*_';

function isLineStart(text: string, at: number): boolean {
	if (at === 0) return true;
	const c = text.charCodeAt(at - 1);
	return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

const WHITE_SPACE = /\s/;
/** Start of the run of white space (`\s`) that ends at `at`. */
function spacesBefore(text: string, at: number): number {
	let start = at;
	while (start > 0 && WHITE_SPACE.test(text.charAt(start - 1))) start--;
	return start;
}

/** Line start, spaces, then any list or quote marks each followed by spaces: `- > 1. ` ending at `at`. */
function afterListMarks(text: string, at: number): boolean {
	for (let end = at; ;) {
		let start = end;
		while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start--;
		if (isLineStart(text, start)) return true;
		if (start === end) return false; // a mark needs a space or tab after it
		const mark = text.charAt(start - 1);
		if ('-*+>'.includes(mark)) {
			end = start - 1;
		} else if ((mark === '.' || mark === ')') && start >= 2 && isDigit(text.charCodeAt(start - 2))) {
			end = start - 2;
			while (end > 0 && isDigit(text.charCodeAt(end - 1))) end--;
		} else {
			return false;
		}
	}
}

/** `. ` `?" ` `:) ` ending at `at`: a sentence or clause end, its closing marks, then white space. */
function afterSentenceEnd(text: string, at: number): boolean {
	let start = spacesBefore(text, at);
	if (start === at) return false;
	while (start > 0 && SENTENCE_CLOSERS.includes(text.charAt(start - 1))) start--;
	return start > 0 && '.!?:'.includes(text.charAt(start - 1));
}

/** Whether the word before `end` is `word`, as an `iu` regex compares letters (`ſ` folds to `s`). */
function isWordBefore(text: string, end: number, word: string): boolean {
	const start = end - word.length;
	if (start < 0) return false;
	for (let i = 0; i < word.length; i++) {
		const c = text.charAt(start + i);
		if (c.toLowerCase() !== word[i] && !(c === '\u017f' && word[i] === 's')) return false;
	}
	return !isAfter(text, start, WORD_CHAR);
}

/** `but `, `and, `, `so ` ending at `at`, the conjunction a whole word. */
function afterConjunction(text: string, at: number): boolean {
	let start = spacesBefore(text, at);
	if (start === at) return false;
	if (text.charAt(start - 1) === ',') start--;
	return isWordBefore(text, start, 'but') || isWordBefore(text, start, 'and') || isWordBefore(text, start, 'so');
}

/** Whether a clause opens at `at`: after a line start with list marks, a sentence end, or but/and/so, then opening marks. */
function opensClause(text: string, at: number): boolean {
	// Every way of opening a clause ends in white space or a line start, never in an opening mark,
	// so all the opening marks before `at` belong to the clause's opening.
	let end = at;
	while (end > 0 && CLAUSE_OPENERS.includes(text.charAt(end - 1))) end--;
	return afterListMarks(text, end) || afterSentenceEnd(text, end) || afterConjunction(text, end);
}

/** The "Here's" construction starting at `at` (where HERE_CANDIDATE found "here"), or null. */
export function heresAt(text: string, at: number): string | null {
	if (!isAfter(text, at, WORD_CHAR)) {
		HERES_APOSTROPHE.lastIndex = at;
		const m = HERES_APOSTROPHE.exec(text);
		if (m) return m[0];
	}
	if (!opensClause(text, at)) return null;
	HERE_IS.lastIndex = at;
	return HERE_IS.exec(text)?.[0] ?? null;
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}
