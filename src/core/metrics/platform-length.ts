/**
 * Post length as each platform counts it against its limit (PRODUCT §2).
 */
import type { LengthMode } from '../profiles/platforms';
import { matchAllNotAfter } from './char-before';
import { countGraphemes, graphemeEnd } from './graphemes';

/** What X and Mastodon charge for any link, whatever its length (t.co wrapping). */
const URL_WEIGHT = 23;

// Two-letter country-code TLDs (twitter-text's list, ASCII part). A bare `name.cc` without a path is
// not linked by X (it would turn `README.md` into a link), except .co and .tv.
const CC_TLDS = new Set(
	('ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ' +
		'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ' +
		'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
		'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt ' +
		'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw ' +
		'sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ' +
		'ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw').split(' '),
);
// Common generic TLDs. twitter-text knows ~1,500; these cover what people write bare in posts.
const G_TLDS = new Set(
	('com org net edu gov mil int info biz name pro app dev blog cloud page site online store shop tech xyz news ' +
		'club design digital email global group link live media network one agency company studio solutions systems ' +
		'software team tools works world today wiki social space website academy center careers jobs mobi travel').split(' '),
);

// A URL with a scheme, or a bare host name ending in a TLD, optionally with a port and path.
// Not after NOT_BEFORE_URL, so e-mail addresses, file paths and hashtags do not look like bare domains.
// No lookbehind in this file, checked by hand instead: see char-before.ts.
const URL = /(https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\p{L}\p{N}@+-])(?::\d{1,5})?([/?#][^\s<>"]*)?/giu;
const SCHEME_URL = /https?:\/\/[^\s<>"]+/giu;
const NOT_BEFORE_URL = /^[\p{L}\p{N}@#$_]$/u;
// Mastodon counts a remote mention `@user@server` as just `@user`.
const MENTION = /@([a-z0-9_]+)(?:@[a-z0-9.-]+[a-z0-9])?/giu;
const NOT_BEFORE_MENTION = /^[\p{L}\p{N}_/]$/u;

/** Trailing punctuation belongs to the sentence, not the link; a closing bracket stays if the URL opened one. */
function trimUrlEnd(text: string, from: number, to: number): number {
	let end = to;
	while (end > from) {
		const c = text.charCodeAt(end - 1);
		if (c === 0x29 || c === 0x5d) {
			const open = c === 0x29 ? '(' : '[';
			const segment = text.slice(from, end);
			if (segment.split(open).length >= segment.split(String.fromCharCode(c)).length) break;
		} else if (!'.,;:!?\'"*_'.includes(String.fromCharCode(c))) break;
		end--;
	}
	return end;
}

/** [from, to) index pairs of the links X would shorten, in order. */
function findXUrls(text: string): number[] {
	const ranges: number[] = [];
	if (!text.includes('.')) return ranges;
	for (const m of matchAllNotAfter(text, URL, NOT_BEFORE_URL)) {
		const from = m.index ?? 0;
		const to = trimUrlEnd(text, from, from + m[0].length);
		if (!m[1]) {
			const host = (m[2] ?? '').toLowerCase();
			const tld = (m[3] ?? '').toLowerCase();
			// A path is only a path if something is left of it once sentence punctuation is trimmed.
			const hasPath = to > from + m[0].length - (m[4]?.length ?? 0);
			const preceding = from > 0 ? text.charCodeAt(from - 1) : 0;
			// twitter-text never links a bare domain glued to `-`, `.` or `/`.
			if (preceding === 0x2d || preceding === 0x2e || preceding === 0x2f) continue;
			if (!G_TLDS.has(tld) && !CC_TLDS.has(tld)) continue;
			const shortCc = !G_TLDS.has(tld) && tld !== 'co' && tld !== 'tv' && host.indexOf('.') === host.length - tld.length - 1;
			if (shortCc && !hasPath) continue;
		}
		ranges.push(from, to);
	}
	return ranges;
}

/** X's weight of one code point under twitter-text config v3: 1 in its light ranges, 2 elsewhere. */
function xWeight(cp: number): number {
	return cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037)
		? 1
		: 2;
}

const PICTOGRAPHIC_START = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/uy;

/** `1️⃣`, `#⃣`: a keycap is an emoji though its base is an ASCII character. */
function hasKeycap(text: string, from: number, to: number): boolean {
	for (let j = from + 1; j < to; j++) if (text.charCodeAt(j) === 0x20e3) return true;
	return false;
}

function xWeighted(raw: string): number {
	// twitter-text counts the NFC form: a decomposed `é` is one character there.
	const text = raw.normalize('NFC');
	const urls = findXUrls(text);
	let weight = 0;
	let u = 0;
	for (let i = 0; i < text.length; ) {
		if (u < urls.length && i === urls[u]) {
			weight += URL_WEIGHT;
			i = urls[u + 1] ?? text.length;
			u += 2;
			continue;
		}
		let end = graphemeEnd(text, i);
		const nextUrl = urls[u];
		if (nextUrl !== undefined && end > nextUrl) end = nextUrl;
		// An emoji, however many code points (skin tone, ZWJ family, flag, keycap), weighs 2 as a whole.
		PICTOGRAPHIC_START.lastIndex = i;
		if (PICTOGRAPHIC_START.test(text) || hasKeycap(text, i, end)) {
			weight += 2;
		} else {
			for (let j = i; j < end; j++) {
				const cp = text.codePointAt(j) ?? 0;
				if (cp > 0xffff) j++;
				weight += xWeight(cp);
			}
		}
		i = end;
	}
	return weight;
}

function mastodon(text: string): number {
	let length = 0;
	let last = 0;
	// Rewrite links and remote mentions the way Mastodon's validator does, then count code points.
	const spans: Array<[number, number, number]> = [];
	if (text.includes('://')) {
		for (const m of matchAllNotAfter(text, SCHEME_URL, NOT_BEFORE_URL)) {
			const from = m.index ?? 0;
			spans.push([from, trimUrlEnd(text, from, from + m[0].length), URL_WEIGHT]);
		}
	}
	if (text.includes('@')) {
		for (const m of matchAllNotAfter(text, MENTION, NOT_BEFORE_MENTION)) {
			const from = m.index ?? 0;
			if (spans.some(([a, b]) => from >= a && from < b)) continue; // `@` inside a link
			spans.push([from, from + m[0].length, 1 + (m[1] ?? '').length]);
		}
		spans.sort((a, b) => a[0] - b[0]);
	}
	for (const [from, to, counted] of spans) {
		length += codePointCount(text, last, from) + counted;
		last = to;
	}
	return length + codePointCount(text, last, text.length);
}

function codePointCount(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c < 0xdc00 || c > 0xdfff) n++;
	}
	return n;
}

/** Length of `text` as the platform with this length mode counts it against its limit. */
export function measureLength(text: string, mode: LengthMode): number {
	switch (mode) {
		case 'graphemes':
			return countGraphemes(text);
		case 'x-weighted':
			return xWeighted(text);
		case 'mastodon':
			return mastodon(text);
	}
}
