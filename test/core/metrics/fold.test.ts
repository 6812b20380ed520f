/**
 * The fold model's own rules. Whether it lays text out as a browser does is
 * the browser test's question (test/browser/fold.browser.test.ts, against
 * Chromium); here each rule of PRODUCT.md §3 is checked on inputs where it
 * decides the outcome, with widths measured by the model's own `measureText`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFold, layoutLines, type VisualLine } from '../../../src/core/metrics/fold';
import { countGraphemes } from '../../../src/core/metrics/graphemes';
import { clusterWidth, measureText } from '../../../src/core/metrics/text-width';
import { LINKEDIN_FOLD, type FoldDevice } from '../../../src/core/profiles/fold-defaults';

const { mobile, desktop } = LINKEDIN_FOLD;
const linesOf = (text: string, device: FoldDevice): string[] => layoutLines(text, device, 1000).map((l: VisualLine) => text.slice(l.from, l.to));

// Hook A of the reference post.
const HOOK_A = "Most integration vendors sell you a feature.\n\nWe're building infrastructure. There's a real difference between those two things.";

describe('the reference post\'s Hook A', () => {
	it('shows whole on desktop: its 82-character paragraph fits one 523 px line', () => {
		expect(measureText("We're building infrastructure. There's a real difference between those two things.", desktop)).toBeLessThan(523);
		expect(computeFold(HOOK_A, desktop)).toMatchObject({ visibleChars: 128, visibleLines: 3, complete: true, fits: true });
	});

	it('is cut on mobile inside its second paragraph, the label ending the third line', () => {
		const result = computeFold(HOOK_A, mobile);
		expect(result).toMatchObject({ visibleLines: 3, complete: false, fits: true });
		expect(result.lines.slice(0, 2)).toEqual(['Most integration vendors sell you a feature.', '']);
		// The paragraph takes two lines of 328 px; the label fits after the first of them, whose text shows whole.
		const laid = linesOf(HOOK_A, mobile);
		expect(laid).toHaveLength(4);
		expect(result.lines[2]).toBe(laid[2]);
		expect(measureText(laid[2]!.trimEnd(), mobile) + measureText('…more', mobile)).toBeLessThanOrEqual(328);
		expect(result.visibleChars).toBe(countGraphemes(result.visibleText));
		expect(result.visibleText).toBe(HOOK_A.slice(0, result.visibleText.length));
	});
});

describe('wrapping like pre-wrap / break-word', () => {
	const words = fc.array(fc.constantFrom('a', 'to', 'the', 'sync', 'between', 'infrastructure', 'Wi', 'MMMM', 'état', '🚀', 'x-ray'), { minLength: 1, maxLength: 60 });

	it('fills each line greedily: no line is wider than the column, and the next word would not have fitted', () => {
		fc.assert(fc.property(words, (list) => {
			const text = list.join(' ');
			for (const device of [mobile, desktop]) {
				const lines = linesOf(text, device);
				expect(lines.join('')).toBe(text);
				lines.forEach((line, i) => {
					expect(measureText(line.trimEnd(), device)).toBeLessThanOrEqual(device.width + 0.01);
					const next = lines[i + 1];
					// The next line's first piece (up to a space or after a hyphen) must not fit on this one.
					if (next !== undefined) {
						const piece = /^[^ -]*-?/.exec(next)![0];
						expect(measureText(line + piece, device)).toBeGreaterThan(device.width);
					}
				});
			}
		}), { numRuns: 300 });
	});

	it('breaks a word longer than the line where it must, and nowhere else', () => {
		const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
		const lines = linesOf(`Long: ${word} end`, mobile);
		expect(lines[0]).toBe('Long: ');
		expect(lines.slice(1, -1).join('') + lines.at(-1)).toBe(`${word} end`);
		for (const line of lines) expect(measureText(line.trimEnd(), mobile)).toBeLessThanOrEqual(328.01);
	});

	it('breaks after hyphens and dashes, and between CJK characters, but not before closing punctuation', () => {
		const hyphens = linesOf('state-of-the-art-'.repeat(12), mobile);
		expect(hyphens.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
		const cjk = linesOf('我们停止写周报之后，团队的效率反而提高了。'.repeat(4), mobile);
		expect(cjk.length).toBeGreaterThan(1);
		expect(cjk.every((line) => !line.startsWith('，') && !line.startsWith('。'))).toBe(true);
		// 14 px each: 23 fit in 328 px.
		expect([...(cjk[0] ?? '')].length).toBeLessThanOrEqual(23);
	});

	it('never splits an emoji cluster, and draws one at the colour-emoji advance', () => {
		const family = '👨‍👩‍👧‍👦';
		expect(clusterWidth(family, 0, family.length, family.codePointAt(0)!, mobile)).toBeCloseTo(mobile.emojiWidth * 14);
		const lines = linesOf(family.repeat(40), mobile);
		expect(lines.every((line) => line.length % family.length === 0)).toBe(true);
		// 17.43 px each: 18 fit in 328 px.
		expect(lines[0]!.length / family.length).toBe(18);
	});

	it('keeps a blank line as a line, and spaces at a line\'s end out of its width', () => {
		expect(linesOf('One.\n\nTwo.', desktop)).toEqual(['One.', '', 'Two.']);
		// 200 spaces are 694 px: they hang past the 328 px edge, and the word after them starts the next line.
		const spaced = `a${' '.repeat(200)}end`;
		expect(linesOf(spaced, mobile)).toEqual([`a${' '.repeat(200)}`, 'end']);
	});
});

describe('the fold', () => {
	it('shows a short one-liner whole, without the label', () => {
		expect(computeFold('Sync is infrastructure.', mobile)).toEqual({
			visibleChars: 23, visibleLines: 1, lines: ['Sync is infrastructure.'], visibleText: 'Sync is infrastructure.', fits: true, complete: true,
		});
	});

	it('handles empty text', () => {
		expect(computeFold('', mobile)).toEqual({ visibleChars: 0, visibleLines: 0, lines: [], visibleText: '', fits: true, complete: true });
	});

	it('shows exactly 3 lines whole, and cuts a 4th', () => {
		expect(computeFold('one\ntwo\nthree', mobile)).toMatchObject({ complete: true, visibleLines: 3, visibleChars: 13 });
		const cut = computeFold('one\ntwo\nthree\nfour', mobile);
		expect(cut).toMatchObject({ complete: false, visibleLines: 3, visibleText: 'one\ntwo\nthree', lines: ['one', 'two', 'three'], fits: false });
	});

	it('shows only 2 lines on desktop when the third would be blank; mobile shows the blank line with the label on it', () => {
		const text = 'First line of the hook.\nSecond line of the hook.\n\nAfter the blank line.';
		expect(computeFold(text, desktop)).toMatchObject({ visibleLines: 2, lines: ['First line of the hook.', 'Second line of the hook.'], complete: false });
		expect(computeFold(text, mobile)).toMatchObject({ visibleLines: 3, lines: ['First line of the hook.', 'Second line of the hook.', ''], complete: false });
		expect(computeFold(text, mobile).visibleText).toBe('First line of the hook.\nSecond line of the hook.\n');
	});

	it('hides only one blank line when several follow each other', () => {
		const text = 'First line.\n\n\nAfter two blank lines.';
		expect(computeFold(text, desktop)).toMatchObject({ visibleLines: 2, lines: ['First line.', ''], complete: false, fits: true });
	});

	it('fits when the opening paragraph shows whole though later ones do not, and not when the label cuts it', () => {
		const opener = computeFold(`Short opener.\n\n${'more '.repeat(80)}`, mobile);
		expect(opener).toMatchObject({ fits: true, complete: false });
		const long = computeFold(`${'word '.repeat(60).trim()}\n\nNext.`, mobile);
		expect(long).toMatchObject({ fits: false, complete: false, visibleLines: 3 });
	});

	it('gives the label the room it measures: a longer label shows fewer characters', () => {
		const text = 'word '.repeat(100).trim();
		const short = computeFold(text, mobile);
		const long = computeFold(text, { ...mobile, label: '… see the whole post' });
		expect(long.visibleChars).toBeLessThan(short.visibleChars);
		expect(measureText(long.lines[2]!, mobile) + measureText('… see the whole post', mobile)).toBeLessThanOrEqual(328);
	});

	it('takes its numbers from the profile data: a wider column or a smaller font shows more', () => {
		const text = 'word '.repeat(100).trim();
		const base = computeFold(text, mobile).visibleChars;
		expect(computeFold(text, { ...mobile, width: 400 }).visibleChars).toBeGreaterThan(base);
		expect(computeFold(text, { ...mobile, fontSize: 12 }).visibleChars).toBeGreaterThan(base);
		expect(computeFold(text, { ...mobile, maxLines: 5 }).visibleLines).toBe(5);
	});

	it('reads the width table: accented letters as wide as their base, Unicode bold wider than plain', () => {
		for (const [accented, plain] of [['é', 'e'], ['Å', 'A'], ['Ё', 'Е'], ['ś', 's']]) {
			expect(measureText(accented!, mobile)).toBeCloseTo(measureText(plain!, mobile), 6);
			expect(measureText(accented!, mobile)).toBeGreaterThan(0);
		}
		// …unless the font draws it wider: Vietnamese ư's horn takes room.
		expect(measureText('ự', mobile)).toBeGreaterThan(measureText('u', mobile));
		expect(measureText('𝗯𝗼𝗹𝗱', mobile)).toBeGreaterThan(measureText('bold', mobile) * 1.1);
		// Roboto's i is narrower than its m, and the table says so: 498 and 1796 units of 2048 at 14 px.
		expect(measureText('i', mobile)).toBeCloseTo((498 * 14) / 2048, 6);
		expect(measureText('m', mobile)).toBeCloseTo((1796 * 14) / 2048, 6);
	});

	it('measures what the table lacks at the stated fallback width', () => {
		const arabic = 'ا'.repeat(10);
		const hebrewLike = '\u0800'.repeat(10); // Samaritan: in no table
		expect(measureText(hebrewLike, mobile)).toBeCloseTo(10 * mobile.fallbackWidth * 14);
		expect(measureText(arabic, mobile)).toBeGreaterThan(0);
	});

	it('keeps visibleChars equal to the graphemes of visibleText, a prefix of the text, on every kind of input', () => {
		const piece = fc.constantFrom('a', ' ', '\n', '\n\n', 'word ', '👍🏽', '🇫🇷', 'é', 'e\u0301', '日本', '—', '-', 'https://example.com/a-b ', '𝗯𝗼𝗹𝗱', '\t');
		fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
			const text = parts.join('').trim();
			for (const device of [mobile, desktop]) {
				const result = computeFold(text, device);
				expect(text.startsWith(result.visibleText)).toBe(true);
				expect(result.visibleChars).toBe(countGraphemes(result.visibleText));
				expect(result.lines.length).toBe(result.visibleLines);
				expect(result.visibleLines).toBeLessThanOrEqual(3);
				expect(result.visibleChars).toBeLessThanOrEqual(countGraphemes(text));
				if (result.complete) expect(result.visibleText).toBe(text);
			}
		}), { numRuns: 500 });
	});
});
