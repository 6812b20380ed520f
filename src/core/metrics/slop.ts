/**
 * Tell-tale marks of machine-written prose (PRODUCT §3): em dashes, "Here's"
 * openers, stock phrases and, on request, the "it's not X, it's Y" formula.
 */

import { isAfter, matchAllNotAfter } from './char-before';
import { HERE_CANDIDATE, heresAt, W, WORD_CHAR } from './heres';

export type SlopKind = 'em-dash' | 'heres' | 'phrase' | 'contrastive';

export interface SlopHit {
	kind: SlopKind;
	/** UTF-16 offsets into the text given to findSlop. */
	from: number;
	to: number;
	match: string;
}

export interface SlopOptions {
	phrases: readonly string[];
	contrastive: boolean;
}

export const DEFAULT_SLOP_PHRASES: readonly string[] = [
	'delve', 'delves', 'delving', 'tapestry', 'testament to', 'in today\'s fast-paced world', 'in today\'s digital age',
	'ever-evolving landscape', 'game-changer', 'game-changing', 'unlock the power', 'unleash the power',
	'navigate the complexities', 'let that sink in', 'deep dive', 'paradigm shift', 'seamlessly', 'leverage',
	'synergy', 'elevate your', 'embark on a journey', 'in the realm of', 'it\'s important to note', 'at the end of the day',
	'harness the power', 'supercharge', 'revolutionize', 'cutting-edge', 'thought leader', 'buckle up',
];

// "It's not X, it's Y" / "X isn't A — it's B" / "not X, but Y", X kept within one sentence.
// Never right after a word character: collected with matchAllNotAfter(…, WORD_CHAR).
const NEGATION = `(?:(?:it|this|that)(?:['’]s|\\s+is|\\s+was)\\s+not|(?:is|are|was|were)\\s+not|(?:isn|aren|wasn|weren)['’]t)`;
const TURN = `(?:\\s*[,;:—–]|\\s--?)\\s*`;
const CONTRASTIVE = new RegExp(
	`${NEGATION}(?!${W})[^.!?\\n]{1,120}?${TURN}(?:it|this|that|they)(?:['’](?:s|re)|\\s+(?:is|are|was|were))(?!${W})` +
		`|not\\s[^.!?\\n]{1,120}?${TURN}but(?!${W})`,
	'giu',
);

// Bounded cache of compiled phrase lists: settings change rarely, notes are analysed constantly.
const PHRASE_CACHE_SIZE = 4;
const phraseCache = new Map<string, PhraseSearch | null>();

/**
 * `exact` (sticky) decides; `candidate` is the same alternation without the word-boundary checks.
 * After a word character, `exactAfterWord` decides instead: only phrases that open with a
 * non-word character may start there (null when there are none).
 */
interface PhraseSearch {
	candidate: RegExp;
	exact: RegExp;
	exactAfterWord: RegExp | null;
	/** A faster candidate, when every phrase is ASCII; see `asciiCandidate`. */
	ascii: RegExp | null;
}

function phrasePattern(phrase: string): string {
	let out = '';
	let gap = false;
	for (const ch of phrase.trim()) {
		// Space and hyphen are interchangeable ("game changer" is "game-changer"); ' and ’ too.
		if (ch === '-' || ch === '‐' || /\s/.test(ch)) {
			gap = true;
			continue;
		}
		if (gap) out += '[\\s\\-‐]+';
		gap = false;
		out += ch === '\'' || ch === '’' ? '[\'’]' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	}
	return out;
}

// The list used last time, copied: the same phrases come back for every note, and comparing
// them one by one is cheaper than joining and hashing a cache key per note.
let lastPhrases: readonly string[] = [];
let lastSearch: PhraseSearch | null = null;

function phraseRegex(phrases: readonly string[]): PhraseSearch | null {
	if (phrases.length === lastPhrases.length && phrases.every((phrase, i) => phrase === lastPhrases[i])) return lastSearch;
	lastSearch = phraseSearch(phrases);
	lastPhrases = [...phrases];
	return lastSearch;
}

function phraseSearch(phrases: readonly string[]): PhraseSearch | null {
	const key = phrases.join('\u0000');
	const cached = phraseCache.get(key);
	if (cached !== undefined) return cached;
	const patterns: string[] = [];
	const patternsAfterWord: string[] = [];
	const bodies: string[] = [];
	const phrasesByLength: string[] = [];
	// Longest first, so "deep dive" wins over a shorter phrase starting at the same place.
	for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
		const body = phrasePattern(phrase);
		if (!body) continue;
		phrasesByLength.push(phrase.trim());
		const trimmed = phrase.trim();
		const tail = /[\p{L}\p{N}_]$/u.test(trimmed) ? `(?!${W})` : '';
		patterns.push(body + tail);
		if (!/^[\p{L}\p{N}_]/u.test(trimmed)) patternsAfterWord.push(body + tail);
		bodies.push(body);
	}
	const regex = patterns.length > 0
		? {
			candidate: new RegExp(bodies.join('|'), 'giu'),
			exact: new RegExp(patterns.join('|'), 'iuy'),
			exactAfterWord: patternsAfterWord.length > 0 ? new RegExp(patternsAfterWord.join('|'), 'iuy') : null,
			ascii: asciiCandidate(phrasesByLength, bodies),
		}
		: null;
	if (phraseCache.size >= PHRASE_CACHE_SIZE) {
		const oldest = phraseCache.keys().next().value;
		if (oldest !== undefined) phraseCache.delete(oldest);
	}
	phraseCache.set(key, regex);
	return regex;
}

/**
 * The candidate alternation in non-Unicode mode, each phrase that opens with an ASCII word
 * character behind a `\b`: three times faster, because V8 then skips most positions without
 * trying the alternation (`\b` in `iu` mode is twice as slow instead). It finds a subset
 * of the `giu` candidate's places that still holds every place `exact` matches: `exact` wants no
 * letter, digit or `_` before such a phrase, so an ASCII word character there already rules it
 * out. Only for ASCII phrases (the dash and curly quote classes aside), and `findSlop` uses it
 * only on text without `ſ` or the Kelvin sign, the two characters that match ASCII letters
 * (`s`, `k`) under Unicode case folding and not otherwise. Null when it does not apply.
 */
function asciiCandidate(trimmedPhrases: readonly string[], bodies: readonly string[]): RegExp | null {
	if (!bodies.every((body) => [...body].every((ch) => ch < '\u0080' || ch === '‐' || ch === '’'))) return null;
	// One `\b` in front of a group, not one per alternative: only then does V8 test it first.
	// Only where a match starts matters here (`exact` decides which phrase), so the order may change.
	const worded = bodies.filter((_, i) => /^[A-Za-z0-9_]/.test(trimmedPhrases[i] as string));
	const others = bodies.filter((_, i) => !/^[A-Za-z0-9_]/.test(trimmedPhrases[i] as string));
	const alternatives = worded.length > 0 ? [`\\b(?:${worded.join('|')})`, ...others] : others;
	return new RegExp(alternatives.join('|'), 'gi');
}

/** Characters that `/s/iu` and `/k/iu` match but `/s/i` and `/k/i` do not. */
function hasAsciiFoldingLetter(text: string): boolean {
	return text.indexOf('\u017f') !== -1 || text.indexOf('\u212a') !== -1;
}

function isSpace(c: number): boolean {
	return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const LETTER = /\p{L}/uy;
function isLetterAt(text: string, i: number): boolean {
	if (i < 0 || i >= text.length) return false;
	// Step back onto the high half of a surrogate pair so the regex sees the whole letter.
	const c = text.charCodeAt(i);
	LETTER.lastIndex = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
	return LETTER.test(text);
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** Nearest character code on the same line, skipping spaces and tabs; -1 at a line or text edge. */
function neighbour(text: string, i: number, step: 1 | -1): number {
	for (let j = i; j >= 0 && j < text.length; j += step) {
		const c = text.charCodeAt(j);
		if (c !== 0x20 && c !== 0x09) return c === 0x0a || c === 0x0d ? -1 : c;
	}
	return -1;
}

// The regex engine skips to the next dash far faster than a loop over every character.
const DASH = /[-\u2013\u2014]/g;

function findDashes(text: string, hits: SlopHit[]): void {
	DASH.lastIndex = 0;
	for (let found = DASH.exec(text); found; found = DASH.exec(text)) {
		const i = found.index;
		const c = text.charCodeAt(i);
		if (c === 0x2014) {
			hits.push({ kind: 'em-dash', from: i, to: i + 1, match: '—' });
		} else if (c === 0x2013) {
			// An en dash is a dash when spaced; unspaced, or between numbers, it marks a range (2020–2024).
			const spaced = (i > 0 && isSpace(text.charCodeAt(i - 1))) || (i + 1 < text.length && isSpace(text.charCodeAt(i + 1)));
			if (spaced && !(isDigit(neighbour(text, i - 1, -1)) && isDigit(neighbour(text, i + 1, 1)))) {
				hits.push({ kind: 'em-dash', from: i, to: i + 1, match: '–' });
			}
		} else if (c === 0x2d) {
			let end = i + 1;
			while (end < text.length && text.charCodeAt(end) === 0x2d) end++;
			// Exactly two hyphens, spaced or between letters. Longer runs are rules (`---`), a lone
			// `--` line is a setext underline, and `--flag` is an option.
			if (end - i === 2 && !(neighbour(text, i - 1, -1) === -1 && neighbour(text, end, 1) === -1)) {
				const before = text.charCodeAt(i - 1);
				const after = text.charCodeAt(end);
				const spaced = i > 0 && end < text.length && isSpace(before) && isSpace(after);
				if (spaced || (isLetterAt(text, i - 1) && isLetterAt(text, end))) {
					hits.push({ kind: 'em-dash', from: i, to: end, match: '--' });
				}
			}
			DASH.lastIndex = end;
		}
	}
}

function phraseAt(search: PhraseSearch, text: string, at: number): string | null {
	const exact = isAfter(text, at, WORD_CHAR) ? search.exactAfterWord : search.exact;
	if (!exact) return null;
	exact.lastIndex = at;
	return exact.exec(text)?.[0] ?? null;
}

/** Matches of `regex` not right after a word character. */
function collectAfterNonWord(text: string, regex: RegExp, kind: SlopKind, hits: SlopHit[]): void {
	for (const m of matchAllNotAfter(text, regex, WORD_CHAR)) {
		const from = m.index ?? 0;
		hits.push({ kind, from, to: from + m[0].length, match: m[0] });
	}
}

/**
 * What a global search for `matchAt`'s pattern would find, where every match of it is also
 * a `candidate` match at the same place. Why: a pattern that checks what precedes it is tried
 * at every character, which made "Here's" alone cost more than parsing the frontmatter; a
 * plain candidate is found by V8's fast scan, and the exact test then runs only there. On a
 * miss the scan resumes one character on, so a match starting inside a failed candidate is not lost.
 */
function findCandidates(text: string, candidate: RegExp, matchAt: (text: string, at: number) => string | null, kind: SlopKind, hits: SlopHit[]): void {
	candidate.lastIndex = 0;
	for (let found = candidate.exec(text); found; found = candidate.exec(text)) {
		const at = found.index;
		const match = matchAt(text, at);
		if (match !== null) hits.push({ kind, from: at, to: at + match.length, match });
		// Step over a whole surrogate pair, as matchAll does in Unicode mode.
		const step = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
		candidate.lastIndex = at + Math.max(match?.length ?? 0, step);
	}
}

/** Every slop mark in `text`, in order of position. */
export function findSlop(text: string, options: SlopOptions): SlopHit[] {
	const hits: SlopHit[] = [];
	findDashes(text, hits);
	findCandidates(text, HERE_CANDIDATE, heresAt, 'heres', hits);
	const phrases = phraseRegex(options.phrases);
	if (phrases) {
		const candidate = phrases.ascii && !hasAsciiFoldingLetter(text) ? phrases.ascii : phrases.candidate;
		findCandidates(text, candidate, (source, at) => phraseAt(phrases, source, at), 'phrase', hits);
	}
	if (options.contrastive) collectAfterNonWord(text, CONTRASTIVE, 'contrastive', hits);
	return hits.sort((a, b) => a.from - b.from || a.to - b.to);
}
