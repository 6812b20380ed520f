/**
 * The links X shortens to t.co (each then weighs 23), found by the grammar
 * twitter-text 3.1.0 uses (its `extractUrlsWithIndices`), so that Postwright's
 * X count agrees with twitter-text's conformance suite and with X itself:
 * `bit.ly/abc`, `münchen.de` and `see README.md` (.md is Moldova) are links,
 * `notes.txt` and `Node.js` are not. Written for this project; no twitter-text
 * code is bundled. Mastodon's server uses the same grammar with a scheme
 * required, more schemes, and paths and queries that take any non-space
 * character (its config/initializers/twitter_regex.rb).
 *
 * No regex lookbehind anywhere (iOS before 16.4 rejects a main.js holding one):
 * the character before a link is matched and consumed instead.
 */
import { countryTlds, genericTlds } from './x-tld-codes';

/** A link as twitter-text reports it: where it starts, and how many code units the counter skips. */
export interface UrlSpan {
	start: number;
	/** The counter skips this many code units from `start` (twitter-text's `url.length`). */
	length: number;
	/** End of the link in the text (`indices[1]`). */
	end: number;
}

const DIRECTIONAL = '\\u202A-\\u202E\\u061C\\u200E\\u200F\\u2066-\\u2069';
const INVALID = '\\uFFFE\\uFEFF\\uFFFF';
const SPACES = '\\x09-\\x0D\\x20\\x85\\xA0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const PUNCTUATION = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$";
const LATIN_ACCENTS = '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF';
const CYRILLIC = '\\u0400-\\u04FF';

const DOMAIN_CHAR = `[^${PUNCTUATION}${SPACES}${INVALID}${DIRECTIONAL}]`;
/** What may stand right before a link: not a letter, digit, `@`, `$` or `#` (nor their full-width forms). */
const PRECEDING = `(?:[^A-Za-z0-9@\\uFF20$#\\uFF03${INVALID}]|[${DIRECTIONAL}]|^)`;
const SUBDOMAIN = `(?:(?:${DOMAIN_CHAR}(?:[_-]|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`;
const DOMAIN_NAME = `(?:(?:${DOMAIN_CHAR}(?:-|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`;
/** A top-level domain ends where no ASCII letter, digit, `@`, `+` or `-` follows. */
const TLD_END = '(?=[^0-9a-zA-Z@+-]|$)';
const PUNYCODE_TLD = 'xn--[\\-0-9a-z]+';
const PATH_CHAR = `[a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`;
const BALANCED_PARENS = `\\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*))\\)`;
const PATH_END = `(?:[+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS}]|${BALANCED_PARENS})`;
const PATH = `(?:(?:${PATH_CHAR}*(?:${BALANCED_PARENS}${PATH_CHAR}*)*${PATH_END})|(?:@${PATH_CHAR}+/))`;
const QUERY_CHAR = "[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]";
const QUERY_END = '[a-z0-9\\-_&=#/]';
const TCO = new RegExp(`^https?://t\\.co/([a-z0-9]+)(?:\\?${QUERY_CHAR}*${QUERY_END})?`, 'i');
/** twitter-text never links a bare domain glued to one of these. */
const BAD_BEFORE_BARE = /[-_./]$/;
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL = 63;

/** Mastodon's wider paths: any character but white space, `<`, `>`, `(`, `)` and `?`. */
const M_PATH_CHAR = '[^\\p{White_Space}<>()?]';
const M_PARENS = `\\((?:${M_PATH_CHAR}+|(?:${M_PATH_CHAR}*\\(${M_PATH_CHAR}+\\)${M_PATH_CHAR}*))\\)`;
const M_PATH_END = `(?:[^\\p{White_Space}()?!*"'「」<>;:=,.$%\\[\\]~&|@]|${M_PARENS})`;
const M_PATH = `(?:(?:${M_PATH_CHAR}*(?:${M_PARENS}${M_PATH_CHAR}*)*${M_PATH_END})|(?:${M_PATH_CHAR}+/))`;
/** RFC 3987's ucschar and iprivate: what Mastodon lets a query hold beyond ASCII. */
const UCHARS = '\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\uE000-\\uF8FF' +
	[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16].map((plane) => `\\u{${plane.toString(16)}0000}-\\u{${plane.toString(16)}FFFD}`).join('') + '\\u{E1000}-\\u{EFFFD}';
const M_SCHEMES = '(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)';

/** Which platform's link grammar: X's (bare domains too), or Mastodon's (a scheme, wider paths). */
export type UrlGrammar = 'x' | 'mastodon';

interface Patterns {
	url: RegExp;
	mastodonUrl: RegExp;
	asciiDomain: RegExp;
}
let patterns: Patterns | null = null;

/** Built on first use: 1,574 domains make a large pattern that most notes never need. */
function getPatterns(): Patterns {
	if (patterns) return patterns;
	const generic = genericTlds().join('|');
	const country = countryTlds().join('|');
	const tld = `(?:(?:${generic})${TLD_END}|(?:${country})${TLD_END}|${PUNYCODE_TLD})`;
	const domain = `(?:${SUBDOMAIN}*${DOMAIN_NAME}${tld})`;
	patterns = {
		// 1 preceding character, 2 link, 3 scheme, 4 domain, 5 port, 6 path, 7 query.
		url: new RegExp(`(${PRECEDING})((https?:\\/\\/)?(${domain})(?::([0-9]+))?(\\/${PATH}*)?(\\?${QUERY_CHAR}*${QUERY_END})?)`, 'gi'),
		mastodonUrl: new RegExp(
			`(${PRECEDING})((${M_SCHEMES}:\\/\\/)?(${domain})(?::([0-9]+))?(\\/${M_PATH}*)?(\\?[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@^${UCHARS}]*[a-z0-9_&=#/\\-${UCHARS}])?)`,
			'giu',
		),
		asciiDomain: new RegExp(`(?:[\\-a-z0-9${LATIN_ACCENTS}]+\\.)+${tld}`, 'gi'),
	};
	return patterns;
}

/**
 * The links in `text` (already NFC for X) that the platform would make, in order.
 * X links `example.com` typed without a scheme; Mastodon does not.
 */
export function findUrls(text: string, grammar: UrlGrammar): UrlSpan[] {
	const bareDomains = grammar === 'x';
	if (bareDomains ? !text.includes('.') : !text.includes(':')) return [];
	const { url, mastodonUrl, asciiDomain } = getPatterns();
	const pattern = bareDomains ? url : mastodonUrl;
	const spans: UrlSpan[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const before = m[1] ?? '';
		let url = m[2] ?? '';
		const scheme = m[3];
		const domain = m[4] ?? '';
		const end = pattern.lastIndex;
		const start = end - url.length;
		if (!isValidHost(domain) || (scheme ?? 'https://').length + url.length > MAX_URL_LENGTH) continue;
		if (scheme) {
			const tco = TCO.exec(url);
			if (tco) {
				if ((tco[1] ?? '').length > MAX_TCO_SLUG) continue;
				url = tco[0];
			}
			spans.push({ start, length: url.length, end: start + url.length });
			continue;
		}
		if (!bareDomains || BAD_BEFORE_BARE.test(before)) continue;
		// Without a scheme only the Latin-script domains inside the match are links, each on its own.
		let last: UrlSpan | null = null;
		let searchFrom = 0;
		asciiDomain.lastIndex = 0;
		for (let a = asciiDomain.exec(domain); a; a = asciiDomain.exec(domain)) {
			const at = domain.indexOf(a[0], searchFrom);
			searchFrom = at + a[0].length;
			last = { start: start + at, length: a[0].length, end: start + searchFrom };
			spans.push(last);
		}
		if (last && m[6]) {
			// A path carries the last domain on to the end of the match; the counter skips the rewritten link's length.
			last.length = url.replace(domain, text.slice(last.start, last.start + last.length)).length;
			last.end = end;
		}
	}
	return spans;
}

/** Each label fits DNS once Punycode-encoded (1–63 characters), and an `xn--` host is Latin-script. */
function isValidHost(domain: string): boolean {
	if (domain.startsWith('xn--')) {
		const { asciiDomain } = getPatterns();
		asciiDomain.lastIndex = 0;
		if (!asciiDomain.test(domain)) return false;
	}
	for (const label of domain.split('.')) {
		const length = encodedLabelLength(label);
		if (length < 1 || length > MAX_LABEL) return false;
	}
	return true;
}

/** A label's length once encoded for DNS; the ideographic full stops inside it separate labels there too. */
export function encodedLabelLength(label: string): number {
	const pieces = label.split(/[\u3002\uFF0E\uFF61]/);
	let length = pieces.length - 1;
	for (const piece of pieces) length += punycodeLength(piece);
	return length;
}

/** Length of a label as `xn--` Punycode (RFC 3492), or as typed when it is printable ASCII. */
function punycodeLength(label: string): number {
	if (!/[^\x20-\x7E]/.test(label)) return label.length;
	return 4 + punycodeEncode(label).length;
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
	let d = first ? Math.floor(delta / 700) : delta >> 1;
	d += Math.floor(d / points);
	let k = 0;
	for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
	return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + 38));
}

function digit(d: number): string {
	return String.fromCharCode(d + 22 + 75 * (d < 26 ? 1 : 0));
}

/** RFC 3492 encoding of one label (code units paired into code points as UCS-2 decoding does). */
function punycodeEncode(label: string): string {
	const points: number[] = [];
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		const next = label.charCodeAt(i + 1);
		if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			points.push(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
			i++;
		} else points.push(c);
	}
	let output = '';
	for (const p of points) if (p < 0x80) output += String.fromCharCode(p);
	const basic = output.length;
	let handled = basic;
	if (basic > 0) output += '-';
	let n = 0x80;
	let delta = 0;
	let bias = 72;
	while (handled < points.length) {
		let m = Infinity;
		for (const p of points) if (p >= n && p < m) m = p;
		const round = handled + 1;
		delta += (m - n) * round;
		n = m;
		for (const p of points) {
			if (p < n) delta++;
			if (p !== n) continue;
			let q = delta;
			for (let k = BASE; ; k += BASE) {
				const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
				if (q < t) break;
				output += digit(t + ((q - t) % (BASE - t)));
				q = Math.floor((q - t) / (BASE - t));
			}
			output += digit(q);
			bias = adapt(delta, round, handled === basic);
			delta = 0;
			handled++;
		}
		delta++;
		n++;
	}
	return output;
}
