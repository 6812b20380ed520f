import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/metrics/words';

// The FULL POST section of the reference post (PRODUCT §1, examples/reference-post.md), verbatim,
// `---` decoration lines included: they must not count.
const FULL_POST = `
---

Most integration vendors sell you a feature.

We're building infrastructure. There's a real difference between those two things.

A feature gets built, shipped, and maintained. It has an owner. It lives on a roadmap. It gets prioritized against other things.

Infrastructure doesn't work that way. Infrastructure is permanent. It runs in the background. Nobody thinks about it when it's working. You only think about it when it's not.

Projects have a start and an end. Infrastructure has a start and a forever.

When you treat data sync as a project, you build it once and inherit it indefinitely as "not that team's job." Someone owns it in name. Nobody owns it in practice. Every API deprecation is a fire drill. Every schema change is a scramble.

When you treat it as infrastructure, the goal changes completely. The goal isn't speed of build. It's invisibility at scale.

The companies that get this right don't talk about their data layer. It doesn't come up. The ones that get it wrong talk about it constantly — usually in post-mortems.

Before building Stacksync, I kept seeing the same thing: tools that made integration faster to build, not easier to forget about. The vendors were proud of their low-code builders. Their drag-and-drop connectors.

What I kept looking for: a vendor whose pitch was simply "you will never think about this again." I couldn't find one.

That was the bet. Make the data layer invisible.

Still is.

---

`;

/**
 * Independent reference: split on whitespace, keep tokens with a letter or digit. Slow and
 * allocation-heavy, but obviously right for text without CJK or Markdown links.
 */
function referenceCount(text: string): number {
	return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('countWords', () => {
	it('counts the reference FULL POST as 240 words', () => {
		// Counted by hand, paragraph by paragraph (e.g. "A feature gets built, shipped, and
		// maintained. It has an owner. It lives on a roadmap. It gets prioritized against other
		// things." is 7 + 4 + 5 + 6 = 22). The two `---` lines are 0.
		const byHand = [7, 11, 22, 28, 14, 44, 20, 29, 32, 22, 9, 2];
		expect(byHand.reduce((a, b) => a + b, 0)).toBe(240);
		const paragraphs = FULL_POST.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '---' && p !== '');
		expect(paragraphs.map(countWords)).toEqual(byHand);
		expect(referenceCount(FULL_POST)).toBe(240);
		expect(countWords(FULL_POST)).toBe(240);
	});

	it('counts nothing in empty or blank text', () => {
		expect(countWords('')).toBe(0);
		expect(countWords(' \n\t \u00a0\u3000')).toBe(0);
	});

	it('counts hyphenated words, contractions and URLs as one word each', () => {
		expect(countWords('state-of-the-art sync')).toBe(2);
		expect(countWords("We're here, aren't we?")).toBe(4);
		expect(countWords('see https://example.com/a-b?c=d#e now')).toBe(3);
		expect(countWords('post-mortems drag-and-drop')).toBe(2);
	});

	it('does not count Markdown syntax', () => {
		expect(countWords('# Title\n\n---\n\n**bold** and *it*\n> quote\n- item\n* item')).toBe(7);
		expect(countWords('— – -- *** ___ | |---|')).toBe(0);
	});

	it('counts the text and the URL of a Markdown link separately', () => {
		expect(countWords('[two words](https://x.com)')).toBe(3);
		expect(countWords('see [docs](https://x.com/docs).')).toBe(3);
		expect(countWords('![alt text](img.png)')).toBe(3);
	});

	it('counts digits and Unicode letters', () => {
		expect(countWords('3 ways to win in 2026')).toBe(6);
		expect(countWords('naïve café déjà-vu')).toBe(3);
		expect(countWords('Привет мир')).toBe(2);
		expect(countWords('Ελληνικά και עברית')).toBe(3);
		expect(countWords('१२३ ٤٥٦')).toBe(2);
	});

	it('does not count emoji or symbols on their own', () => {
		expect(countWords('🚀 ✅ → & 👍🏽')).toBe(0);
		expect(countWords('Ship 🚀 it')).toBe(2);
		expect(countWords('#hashtag @mention $100')).toBe(3);
	});

	it('counts each CJK character as a word', () => {
		expect(countWords('日本語')).toBe(3);
		expect(countWords('ひらがな カタカナ')).toBe(8);
		expect(countWords('한국어 텍스트')).toBe(6);
		expect(countWords('我爱北京。')).toBe(4); // the full stop is no word
		expect(countWords('中文，English')).toBe(3);
	});

	it('counts the non-CJK letters of a mixed token as one more word', () => {
		expect(countWords('日本語abc')).toBe(4);
		expect(countWords('abc日本語def')).toBe(4);
		expect(countWords('AI时代')).toBe(3);
	});

	it('counts a decomposed Hangul syllable once, like the composed one', () => {
		expect(countWords('\u1100\u1161\u11a8')).toBe(1);
		expect(countWords('각')).toBe(1);
	});

	it('counts astral-plane letters and Han', () => {
		expect(countWords('𝐁𝐨𝐥𝐝 text')).toBe(2); // mathematical bold, a LinkedIn favourite
		expect(countWords('𠀀𠀁')).toBe(2);
	});

	it('treats all Unicode spaces as separators', () => {
		expect(countWords('a\u00a0b\u2009c\u3000d\r\ne\tf')).toBe(6);
	});

	it('agrees with the split-and-filter reference on non-CJK text', () => {
		const samples = [FULL_POST, 'a b  c\n\nd', '  lead and trail  ', 'x—y z – w', '¿Qué? ¡Sí!'];
		for (const sample of samples) expect(countWords(sample)).toBe(referenceCount(sample));
	});
});
