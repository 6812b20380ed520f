import { sourceOffset } from '../parse/sections';
import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

// `#` after a letter, digit, `/`, `&` or `#` is part of a URL, an entity or a heading run, not a hashtag.
const HASHTAG = /(^|[^\p{L}\p{N}_/&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** Hashtags in published text, with their offsets: `#1` and `C#` are not hashtags, `#data_sync` and `#café` are. */
export function findHashtags(text: string): Array<{ tag: string; from: number; to: number }> {
	const found: Array<{ tag: string; from: number; to: number }> = [];
	for (const match of text.matchAll(HASHTAG)) {
		const from = (match.index ?? 0) + (match[1] as string).length;
		found.push({ tag: `#${match[2] as string}`, from, to: from + 1 + (match[2] as string).length });
	}
	return found;
}

export const hashtags: Rule = {
	id: 'hashtags',
	description: 'More hashtags in the FULL POST than the profile\'s `hashtagLimit` (default 5, LinkedIn\'s own advice being three to five).',
	severity: 'info',
	tag: 'post',
	examples: {
		good: [{ title: 'three hashtags', text: examplePost({ fullPost: `${EXAMPLE_FULL_POST}\n\n#teamwork #async #engineering` }) }],
		bad: [{
			title: 'seven hashtags',
			text: examplePost({ fullPost: `${EXAMPLE_FULL_POST}\n\n#teamwork #async #engineering #remote #productivity #leadership #culture` }),
			findings: [{ line: 65, column: 53 }],
		}],
	},
	check({ post, profile }) {
		const full = post.fullPost;
		if (!full || !full.body.text.includes('#')) return [];
		const limit = profile.hashtagLimit;
		const found = findHashtags(full.body.text);
		if (found.length <= limit) return [];
		const extra = found.slice(limit);
		const first = extra[0]!;
		const last = extra[extra.length - 1]!;
		return [{
			message: `FULL POST has ${found.length} hashtags; expected at most ${limit}, the profile's limit (${extra.map((tag) => tag.tag).join(' ')} ${extra.length === 1 ? 'is' : 'are'} over it).`,
			from: sourceOffset(full.body, first.from), to: sourceOffset(full.body, last.to),
		}];
	},
};
