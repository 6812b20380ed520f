import { describe, expect, it } from 'vitest';
import { measureLength } from '../../../src/core/metrics/platform-length';

describe("measureLength 'graphemes' (LinkedIn, Threads, Bluesky)", () => {
	it('counts what a reader sees as characters', () => {
		expect(measureLength('Hello', 'graphemes')).toBe(5);
		expect(measureLength('café 👍🏽', 'graphemes')).toBe(6);
		expect(measureLength('👨‍👩‍👧 🇫🇷', 'graphemes')).toBe(3);
		expect(measureLength('a\r\nb', 'graphemes')).toBe(3);
		expect(measureLength('', 'graphemes')).toBe(0);
	});
});

describe("measureLength 'x-weighted' (twitter-text config v3)", () => {
	it('weighs Latin, Cyrillic and general punctuation 1 per character', () => {
		expect(measureLength('Hello, world!', 'x-weighted')).toBe(13);
		expect(measureLength('Привет', 'x-weighted')).toBe(6);
		// Curly quotes, the em dash and the apostrophe sit in v3's light punctuation ranges.
		expect(measureLength('“quoted” — it’s', 'x-weighted')).toBe(15);
	});

	it('weighs CJK characters 2 each', () => {
		expect(measureLength('日本語', 'x-weighted')).toBe(6);
		expect(measureLength('한국', 'x-weighted')).toBe(4);
		expect(measureLength('ひらがな', 'x-weighted')).toBe(8);
		expect(measureLength('ｱ', 'x-weighted')).toBe(2); // halfwidth katakana
		expect(measureLength('AI时代', 'x-weighted')).toBe(6);
	});

	it('weighs characters outside the v3 light ranges 2, as X does', () => {
		expect(measureLength('…', 'x-weighted')).toBe(2);
		expect(measureLength('€5', 'x-weighted')).toBe(3);
		expect(measureLength('→', 'x-weighted')).toBe(2);
	});

	it('weighs each emoji 2, however many code points it has', () => {
		expect(measureLength('Hi 👋', 'x-weighted')).toBe(5);
		expect(measureLength('👍🏽', 'x-weighted')).toBe(2);
		expect(measureLength('👨‍👩‍👧', 'x-weighted')).toBe(2);
		expect(measureLength('🇫🇷🇺🇸', 'x-weighted')).toBe(4);
		expect(measureLength('❤️', 'x-weighted')).toBe(2);
		expect(measureLength('1️⃣', 'x-weighted')).toBe(2);
		expect(measureLength('🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}', 'x-weighted')).toBe(2);
	});

	it('counts the NFC form, so a decomposed accent is not an extra character', () => {
		expect(measureLength('cafe\u0301', 'x-weighted')).toBe(4);
	});

	it('weighs every URL 23, long or short, with or without a scheme', () => {
		expect(measureLength('See https://example.com/a/very/long/path?x=1', 'x-weighted')).toBe(4 + 23);
		expect(measureLength('http://a.io', 'x-weighted')).toBe(23);
		expect(measureLength('Visit example.com.', 'x-weighted')).toBe(6 + 23 + 1);
		expect(measureLength('bbc.co.uk', 'x-weighted')).toBe(23);
		expect(measureLength('Go to t.co/abc', 'x-weighted')).toBe(6 + 23);
		expect(measureLength('(see https://en.wikipedia.org/wiki/Sync_(disambiguation))', 'x-weighted')).toBe(5 + 23 + 1);
		expect(measureLength('a https://x.com b https://y.org/z', 'x-weighted')).toBe(2 + 23 + 3 + 23);
	});

	it('does not take e-mail addresses, abbreviations or names ending in no real top-level domain for links', () => {
		expect(measureLength('Read notes.txt now', 'x-weighted')).toBe(18);
		expect(measureLength('me@example.com', 'x-weighted')).toBe(14);
		expect(measureLength('e.g. i.e.', 'x-weighted')).toBe(9);
		expect(measureLength('Node.js', 'x-weighted')).toBe(7);
		expect(measureLength('version 2.0.1', 'x-weighted')).toBe(13);
	});

	it('links a file name whose extension is a country domain, as X does (.md is Moldova)', () => {
		expect(measureLength('Read README.md now', 'x-weighted')).toBe(5 + 23 + 4);
	});
});

describe("measureLength 'mastodon'", () => {
	it('counts graphemes, as its server does', () => {
		expect(measureLength('Hello', 'mastodon')).toBe(5);
		expect(measureLength('日本語', 'mastodon')).toBe(3);
		expect(measureLength('👍🏽', 'mastodon')).toBe(1);
		expect(measureLength('👨‍👩‍👧', 'mastodon')).toBe(1);
		expect(measureLength('cafe\u0301', 'mastodon')).toBe(4);
	});

	it('counts every URL with a scheme as 23', () => {
		expect(measureLength('https://example.com/a/very/long/path/indeed', 'mastodon')).toBe(23);
		expect(measureLength('link: https://a.co/x.', 'mastodon')).toBe(6 + 23 + 1);
		// Mastodon links only URLs with a scheme: a bare domain counts as typed.
		expect(measureLength('see example.com', 'mastodon')).toBe(15);
	});

	it('takes a link\'s path and query as Mastodon does: any character but spaces, brackets and trailing punctuation', () => {
		expect(measureLength('https://example.com/путь/日本語/😀', 'mastodon')).toBe(23);
		expect(measureLength('https://example.com/wiki/Straße?q=日本&x=1', 'mastodon')).toBe(23);
		expect(measureLength('(https://example.com/a_(b)) then', 'mastodon')).toBe(1 + 23 + 1 + 5);
		expect(measureLength('end: https://example.com/x!', 'mastodon')).toBe(5 + 23 + 1);
		expect(measureLength('gemini://example.org/page', 'mastodon')).toBe(23);
		// X stops at the first character outside its path set.
		expect(measureLength('https://example.com/日本', 'x-weighted')).toBe(23 + 4);
	});

	it('counts a remote mention by its user name only', () => {
		expect(measureLength('@alice@mastodon.social hi', 'mastodon')).toBe(6 + 3);
		expect(measureLength('@bob hi', 'mastodon')).toBe(7);
		expect(measureLength('@first.last@social.example.org', 'mastodon')).toBe(11);
		// Not a mention: inside a word, after a slash, or inside a link.
		expect(measureLength('mail@alice@example.com', 'mastodon')).toBe(22);
		expect(measureLength('https://example.social/@alice@other.example', 'mastodon')).toBe(23);
		expect(measureLength('@alice@mastodon.social: https://example.com/x', 'mastodon')).toBe(6 + 2 + 23);
	});
});
