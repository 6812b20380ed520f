/**
 * Mastodon's length, as its server's status-length validator counts it: the
 * text with every link (a scheme is required; twitter-text's grammar finds
 * them) replaced by 23 characters and every remote mention `@user@server`
 * by `@user`, then counted in grapheme clusters.
 */
import { countGraphemes } from './graphemes';
import { findUrls } from './x-urls';

const URL_PLACEHOLDER = 'x'.repeat(23);
/** A Mastodon user name: word characters, with dots or dashes only between them. */
const USERNAME = /[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*/iy;
/** The server part of a remote mention. */
const SERVER = /@[\p{L}\p{M}\p{N}_]+(?:[.-]+[\p{L}\p{M}\p{N}_]+)*/uy;
/** A mention starts after nothing, or after a character that is not a word character, `/` or `=`. */
const WORD_OR_SLASH = /[\p{L}\p{M}\p{N}_/=]/u;

export function mastodonLength(text: string): number {
	const hasUrl = text.includes(':');
	const hasMention = text.includes('@');
	if (!hasUrl && !hasMention) return countGraphemes(text);
	const urls = hasUrl ? findUrls(text, 'mastodon') : [];
	let rewritten = '';
	let last = 0;
	let u = 0;
	for (let i = 0; i < text.length; i++) {
		const url = urls[u];
		if (url && url.start === i) {
			rewritten += text.slice(last, i) + URL_PLACEHOLDER;
			i = url.end - 1;
			last = url.end;
			u++;
			continue;
		}
		if (!hasMention || text.charCodeAt(i) !== 64) continue;
		if (i > 0 && WORD_OR_SLASH.test(text[i - 1] as string)) continue;
		USERNAME.lastIndex = i + 1;
		const user = USERNAME.exec(text);
		if (!user) continue;
		SERVER.lastIndex = USERNAME.lastIndex;
		const server = SERVER.exec(text);
		if (!server) continue;
		const end = SERVER.lastIndex;
		// A link that starts inside the mention loses to it, as overlapping entities do in Mastodon.
		while (u < urls.length && (urls[u] as { start: number }).start < end) u++;
		rewritten += text.slice(last, i) + '@' + user[0];
		i = end - 1;
		last = end;
	}
	return countGraphemes(rewritten + text.slice(last));
}
