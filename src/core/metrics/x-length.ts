/**
 * X's weighted length, as twitter-text 3.1.0's `parseTweet` counts it with its
 * config v3: the text NFC-normalised first; every link twitter-text extracts
 * weighs 23; every emoji twemoji recognises weighs 2 however many code points
 * it has; every other code point weighs 1 in four light ranges (Latin and most
 * scripts up to U+10FF, and three stretches of General Punctuation) and 2
 * elsewhere (CJK, astral characters, most symbols).
 */
import { EMOJI_ALPHABET, EMOJI_PATTERN, EMOJI_SINGLES, EMOJI_UNITS } from './x-tables';
import { findUrls } from './x-urls';

/** What X charges for any link, whatever its length (t.co wrapping). */
export const X_URL_WEIGHT = 23;

/** Config v3's light ranges, inclusive, in UTF-16 code units (all are in the BMP). */
function codeUnitWeight(unit: number): number {
	return unit <= 0x10ff || (unit >= 0x2000 && unit <= 0x200d) || (unit >= 0x2010 && unit <= 0x201f) || (unit >= 0x2032 && unit <= 0x2037)
		? 1
		: 2;
}

let emojiPattern: RegExp | null = null;

/** twemoji's pattern, its code units decoded from one or two characters each (see x-tables.ts). */
export function decodeEmojiPattern(coded: string): string {
	let source = '';
	for (let i = 0; i < coded.length; i++) {
		const c = coded[i] as string;
		const single = EMOJI_SINGLES.indexOf(c);
		const high = EMOJI_ALPHABET.indexOf(c);
		let unit: number;
		if (single >= 0) unit = EMOJI_UNITS[single] as number;
		else if (high >= 0) {
			const n = high * 64 + EMOJI_ALPHABET.indexOf(coded[++i] as string);
			unit = n < 1024 ? 0xdc00 + n : 0x2000 + n - 1024;
		} else {
			source += c;
			continue;
		}
		source += `\\u${unit.toString(16).padStart(4, '0')}`;
	}
	return source;
}

/** Start offset → length of each emoji twitter-text would weigh as one. */
function emojiStarts(text: string): Map<number, number> {
	const starts = new Map<number, number>();
	const pattern = (emojiPattern ??= new RegExp(decodeEmojiPattern(EMOJI_PATTERN), 'g'));
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		if (m[0].length === 0) {
			pattern.lastIndex++;
			continue;
		}
		starts.set(m.index, m[0].length);
	}
	return starts;
}

/** Every emoji twemoji knows holds ©, ® or a code unit from U+2000 on (a keycap ends in U+20E3): a cheap test first. */
const MAYBE_EMOJI = /[\u00a9\u00ae\u2000-\uffff]/;

export function xWeightedLength(raw: string): number {
	const text = raw.normalize('NFC');
	const urls = findUrls(text, 'x');
	const emoji = MAYBE_EMOJI.test(text) ? emojiStarts(text) : null;
	let weight = 0;
	let u = 0;
	for (let i = 0; i < text.length; i++) {
		// Links found later than this point but starting before it (nested in a skipped one) are passed over.
		while (u < urls.length && (urls[u] as { start: number }).start < i) u++;
		const url = urls[u];
		if (url && url.start === i) {
			weight += X_URL_WEIGHT;
			i += url.length - 1;
			u++;
			continue;
		}
		const emojiLength = emoji?.get(i);
		if (emojiLength !== undefined) {
			weight += 2;
			i += emojiLength - 1;
			continue;
		}
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		// A surrogate pair is one character; its weight is that of its second half, as twitter-text reads it.
		if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
		weight += codeUnitWeight(text.charCodeAt(i));
	}
	return weight;
}
