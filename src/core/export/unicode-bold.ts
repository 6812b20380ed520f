/**
 * Unicode "Mathematical Sans-Serif Bold" letters and digits: the only bold a
 * LinkedIn post can carry. Screen readers spell these out letter by letter,
 * which is why plain text is the default. Characters without a bold form
 * (accented letters, punctuation, emoji) stay as they are.
 */

const BOLD_UPPER_A = 0x1d5d4;
const BOLD_LOWER_A = 0x1d5ee;
const BOLD_DIGIT_0 = 0x1d7ec;

export function toUnicodeBold(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) out += String.fromCodePoint(BOLD_UPPER_A + c - 65);
		else if (c >= 97 && c <= 122) out += String.fromCodePoint(BOLD_LOWER_A + c - 97);
		else if (c >= 48 && c <= 57) out += String.fromCodePoint(BOLD_DIGIT_0 + c - 48);
		else out += text[i];
	}
	return out;
}
