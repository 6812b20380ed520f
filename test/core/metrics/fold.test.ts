import { describe, expect, it } from 'vitest';
import { computeFold } from '../../../src/core/metrics/fold';
import { PLATFORMS } from '../../../src/core/profiles/platforms';
import type { FoldDevice } from '../../../src/core/profiles/platforms';

const fold = PLATFORMS['linkedin']?.fold;
if (!fold) throw new Error('LinkedIn has a fold');
const { mobile, desktop } = fold;

// Hook A of the reference post: 44 + 2 line breaks + 82 = 128 characters.
const HOOK_A =
	"Most integration vendors sell you a feature.\n\nWe're building infrastructure. There's a real difference between those two things.";

describe('computeFold on the reference hook', () => {
	it('is 128 characters long', () => {
		expect([...HOOK_A].length).toBe(128);
	});

	it('shows 83 characters on mobile: 44 + 2 breaks + 37 (47 per line, 10 given to "…see more")', () => {
		const result = computeFold(HOOK_A, mobile);
		expect(result).toMatchObject({ visibleChars: 83, visibleLines: 3, fits: true, complete: false });
		expect(result.visibleText).toBe("Most integration vendors sell you a feature.\n\nWe're building infrastructure. There'");
		expect(result.visibleText.length).toBe(83);
	});

	it('shows 106 characters on desktop: 44 + 2 breaks + 60', () => {
		const result = computeFold(HOOK_A, desktop);
		expect(result).toMatchObject({ visibleChars: 106, visibleLines: 3, fits: true, complete: false });
		// "We're building infrastructure. " is 31, "There's a real difference bet" 29: 60.
		expect(result.visibleText).toBe(
			"Most integration vendors sell you a feature.\n\nWe're building infrastructure. There's a real difference bet",
		);
	});
});

describe('computeFold', () => {
	it('shows a short one-liner whole, without giving room to the label', () => {
		const text = 'Sync is infrastructure.';
		for (const device of [mobile, desktop]) {
			expect(computeFold(text, device)).toEqual({
				visibleChars: 23,
				visibleLines: 1,
				visibleText: text,
				fits: true,
				complete: true,
			});
		}
	});

	it('shows a text that fills exactly three full lines whole', () => {
		const text = 'a'.repeat(47 * 2) + '\n' + 'b'.repeat(44); // 3 lines, 139 chars ≤ 140
		expect(computeFold(text, mobile)).toMatchObject({ visibleChars: 139, visibleLines: 3, complete: true, fits: true });
	});

	it('handles empty text', () => {
		expect(computeFold('', mobile)).toEqual({ visibleChars: 0, visibleLines: 0, visibleText: '', fits: true, complete: true });
	});

	it('shows only 2 lines on desktop when the third visual line would be blank', () => {
		const first = 'x'.repeat(100); // 2 visual lines at 70
		const text = `${first}\n\nSecond paragraph.`;
		const result = computeFold(text, desktop);
		expect(result).toMatchObject({ visibleLines: 2, visibleChars: 100, visibleText: first, fits: true, complete: false });
		// Mobile has no such rule: the blank third line shows, and the label sits on it.
		const short = `${'y'.repeat(60)}\n\nSecond paragraph.`; // 2 visual lines at 47
		expect(computeFold(short, mobile)).toMatchObject({ visibleLines: 3, visibleChars: 61, fits: true, complete: false });
	});

	it('trims the line before a hidden blank line when the label does not fit after it', () => {
		const first = 'x'.repeat(140); // exactly 2 full desktop lines
		const result = computeFold(`${first}\n\nMore.`, desktop);
		expect(result).toMatchObject({ visibleLines: 2, visibleChars: 130, fits: false, complete: false });
	});

	it('cuts a single long paragraph at the line limit and leaves room for the label', () => {
		const text = 'word '.repeat(80).trim(); // 399 chars, one paragraph
		const onMobile = computeFold(text, mobile);
		expect(onMobile).toMatchObject({ visibleChars: 47 + 47 + 37, visibleLines: 3, fits: false, complete: false });
		const onDesktop = computeFold(text, desktop);
		expect(onDesktop).toMatchObject({ visibleChars: 70 + 70 + 60, visibleLines: 3, fits: false, complete: false });
		expect(text.startsWith(onDesktop.visibleText)).toBe(true);
	});

	it('cuts at the character budget when it binds before the lines do', () => {
		const device: FoldDevice = { charsPerLine: 100, maxLines: 3, charBudget: 50, seeMoreReserve: 10, blankLastLineHides: false };
		const result = computeFold('z'.repeat(80), device);
		// 50 fit the budget, all on one visual line with room left for the label.
		expect(result).toMatchObject({ visibleChars: 50, visibleLines: 1, fits: false, complete: false });
		const lines = computeFold('abc\ndef\n' + 'g'.repeat(60), device);
		// 3 + 1 + 3 + 1 = 8 used, 42 left for the third line.
		expect(lines).toMatchObject({ visibleChars: 50, visibleLines: 3, complete: false });
	});

	it('counts line breaks against the budget', () => {
		const device: FoldDevice = { charsPerLine: 100, maxLines: 10, charBudget: 5, seeMoreReserve: 0, blankLastLineHides: false };
		expect(computeFold('ab\ncd\nef', device)).toMatchObject({ visibleChars: 5, visibleText: 'ab\ncd', complete: false });
	});

	it('cuts at the line limit when lines run out before the next line starts', () => {
		const text = 'one\ntwo\nthree\nfour';
		expect(computeFold(text, mobile)).toMatchObject({ visibleText: 'one\ntwo\nthree', visibleLines: 3, visibleChars: 13, fits: false });
	});

	it('fits when the opening paragraph shows whole though later ones do not', () => {
		const text = 'Short opener.\n\n' + 'more '.repeat(50);
		const result = computeFold(text, mobile);
		expect(result.fits).toBe(true);
		expect(result.complete).toBe(false);
	});

	it('does not fit when the opening paragraph is cut by the label', () => {
		const opener = 'o'.repeat(47 * 3 - 5); // 136 chars, 3 lines; the label takes the end of line 3
		const result = computeFold(`${opener}\n\nNext.`, mobile);
		expect(result).toMatchObject({ fits: false, complete: false, visibleChars: 47 + 47 + 37 });
	});

	it('measures in code points and never cuts inside a surrogate pair', () => {
		const text = '😀'.repeat(200);
		const result = computeFold(text, mobile);
		expect(result.visibleChars).toBe(47 + 47 + 37);
		expect(result.visibleText.length).toBe(2 * (47 + 47 + 37));
		const last = result.visibleText.charCodeAt(result.visibleText.length - 1);
		expect(last >= 0xdc00 && last <= 0xdfff).toBe(true);
		for (let n = 1; n < 60; n++) {
			const mixed = ('a😀'.repeat(n) + '\n').repeat(4).trim();
			const cut = computeFold(mixed, mobile).visibleText;
			const end = cut.charCodeAt(cut.length - 1);
			expect(end >= 0xd800 && end <= 0xdbff).toBe(false);
		}
	});

	it('keeps visibleChars equal to the code points of visibleText', () => {
		for (const text of [HOOK_A, 'a\n\n\nb\n\n\nc', 'x'.repeat(500), 'héllo wörld\n\n'.repeat(10).trim()]) {
			for (const device of [mobile, desktop]) {
				const result = computeFold(text, device);
				expect([...result.visibleText].length).toBe(result.visibleChars);
				expect(text.startsWith(result.visibleText)).toBe(true);
			}
		}
	});

	it('hides only one blank line when several follow each other', () => {
		const text = 'First line.\n\n\nAfter two blank lines.';
		expect(computeFold(text, desktop)).toMatchObject({ visibleLines: 2, visibleText: 'First line.\n', complete: false, fits: true });
	});
});
