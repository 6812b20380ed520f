/**
 * Word count as a careful person counts by hand (PRODUCT §3): whitespace-separated
 * tokens that contain a letter or digit, each CJK character a word of its own.
 * A plain char-code scan: Intl.Segmenter is ~50× slower and this runs per keystroke.
 */

// Sticky: tests the code point at lastIndex in place, no substring per character.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

function isSpace(c: number): boolean {
	if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	return (
		c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
		c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

/**
 * 1 when the code point is a CJK character that is a word by itself, -1 when it is a
 * CJK sign that is no word at all (conjoining Hangul vowels/finals, halfwidth sound
 * marks: part of the syllable before them), 0 for everything else.
 */
function cjkWord(cp: number): number {
	if (cp < 0x1100) return 0;
	if (cp <= 0x11ff) return cp <= 0x115f ? 1 : -1; // jamo: a leading consonant starts a syllable
	if (cp < 0x3005) return 0;
	if (cp <= 0x3007) return 1; // 々 〆 〇
	if (cp >= 0x3041 && cp <= 0x3096) return 1; // Hiragana
	if (cp >= 0x309d && cp <= 0x30ff) return cp === 0x30a0 || cp === 0x30fb ? 0 : 1; // Katakana, not its punctuation
	if (cp >= 0x3131 && cp <= 0x318e) return 1; // Hangul compatibility jamo (ㅋㅋ)
	if (cp >= 0x31f0 && cp <= 0x31ff) return 1;
	if (cp >= 0x3400 && cp <= 0x4dbf) return 1;
	if (cp >= 0x4e00 && cp <= 0x9fff) return 1;
	if (cp >= 0xa960 && cp <= 0xa97c) return 1;
	if (cp >= 0xac00 && cp <= 0xd7a3) return 1;
	if (cp >= 0xd7b0 && cp <= 0xd7fb) return -1;
	if (cp >= 0xf900 && cp <= 0xfaff) return 1;
	if (cp >= 0xff66 && cp <= 0xff9d) return 1;
	if (cp === 0xff9e || cp === 0xff9f) return -1;
	if (cp >= 0x20000 && cp <= 0x323af) return 1;
	return 0;
}

// What each ASCII character does to the count, looked up once per character instead of several range tests.
const OTHER = 0;
const SPACE = 1;
const ALNUM = 2;
/** `]`: before `(` it ends the word, as a link's URL is a word of its own. */
const CLOSE_BRACKET = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
	ASCII_KIND[c] = isSpace(c) ? SPACE : alnum ? ALNUM : c === 0x5d ? CLOSE_BRACKET : OTHER;
}

/** Number of words in `text`. Markdown marks (`#`, `---`, `**`, `>`, `-`) have no letters and so are no words. */
export function countWords(text: string): number {
	return scanWords(text).words;
}

export interface WordScan {
	words: number;
	/** Nothing from U+0300 on and no CR: every character is a grapheme cluster of its own (see countGraphemes). */
	oneClusterPerCharacter: boolean;
}

/**
 * countWords, and in the same pass whether the text is one cluster per character: the FULL POST's
 * character count is then its length, without a second scan of the longest text of the note.
 */
export function scanWords(text: string): WordScan {
	let words = 0;
	// Whether the current token has a letter or digit outside CJK: it then counts once more.
	let lettered = false;
	let plain = true;
	const len = text.length;
	for (let i = 0; i < len; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) {
			const kind = ASCII_KIND[c];
			if (kind === ALNUM) {
				lettered = true;
			} else if (kind === SPACE || (kind === CLOSE_BRACKET && text.charCodeAt(i + 1) === 0x28)) {
				// `[link text](url)`: the URL is a word of its own, not glued to the text's last word.
				if (lettered) words++;
				lettered = false;
				if (c === 0x0d) plain = false;
			}
			continue;
		}
		if (c >= 0x300) plain = false;
		let cp = c;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
			const lo = text.charCodeAt(i + 1);
			if (lo >= 0xdc00 && lo <= 0xdfff) cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
		}
		if (isSpace(cp)) {
			if (lettered) words++;
			lettered = false;
			continue;
		}
		const cjk = cjkWord(cp);
		if (cjk > 0) words++;
		else if (cjk === 0 && !lettered) {
			// Latin-1 and Latin Extended letters are common enough to skip the regex.
			if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || cp === 0xaa || cp === 0xb5 || cp === 0xba) {
				lettered = true;
			} else {
				LETTER_OR_DIGIT.lastIndex = i;
				lettered = LETTER_OR_DIGIT.test(text);
			}
		}
		if (cp > 0xffff) i++;
	}
	if (lettered) words++;
	return { words, oneClusterPerCharacter: plain };
}
