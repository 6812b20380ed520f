import type { PostModel } from '../parse/post';
import type { Profile } from '../profiles/profile';
import type { Fix } from '../types';
import { examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

/**
 * A note that is not checked because its `node_type` names no profile, though
 * it looks like a post (its body has the post's sections) or its `node_type`
 * is a near miss of a profile id (`linkedin_post`, `LinkedIn-post`). Without
 * this it would pass with a green tick. The engine calls `inspect` on notes it
 * found to be no post; on a post `check` has nothing to say.
 */
export const nodeTypeUnknown: Rule & { inspect(post: PostModel, profiles: ReadonlyMap<string, Profile>): RuleReport[] } = {
	id: 'node-type-unknown',
	description: 'A note shaped like a post, or whose `node_type` is near a profile id (`linkedin_post`), names no profile.',
	severity: 'warning',
	tag: 'frontmatter',
	examples: {
		good: [
			{ title: 'a post naming its profile', text: examplePost(), shows: ['node_type:'] },
			{ title: 'a note of another kind', text: '---\nnode_type: concept\n---\n# Async work\n' },
		],
		bad: [
			{ title: 'an underscore for the hyphen', text: examplePost({ fields: { node_type: 'node_type: linkedin_post' } }), findings: [{ line: 5, column: 12 }], fixed: examplePost() },
			{ title: 'a post with no node_type', text: examplePost({ fields: { node_type: null } }), findings: [{ line: 1, column: 1 }] },
		],
	},
	check: () => [],
	inspect(post, profiles) {
		const ids = [...profiles.keys()];
		const fm = post.frontmatter;
		const text = post.source.text;
		const shaped = [post.legos, post.fullPost, post.hooks[0]].filter(Boolean).length > 1;
		// As parsed, or as written on its line when the YAML does not parse (selectProfile reads it so too).
		const location = fm.fields.get('node_type');
		const written = fm.state === 'ok' ? fm.data?.node_type : /^node_type[ \t]*:[ \t]*["']?([\w-]+)/m.exec(text.slice(fm.from, fm.to))?.[1];
		const from = location?.keyFrom ?? fm.from;
		if (typeof written === 'string' && written.trim()) {
			const value = written.trim();
			const near = nearestId(value, ids);
			if (!near && !shaped) return [];
			// The id's own characters, inside any quotes, so the fix keeps the author's quoting.
			const at = fm.state === 'ok' && location ? text.indexOf(value, location.valueFrom) : -1;
			const exact = at >= 0 && at + value.length <= location!.valueTo;
			const fix: Fix | undefined = near && exact ? { kind: 'edit', title: `Set node_type to ${near}`, edits: [{ from: at, to: at + value.length, insert: near }] } : undefined;
			return [{
				message: `\`node_type\` is \`${value.slice(0, 60)}\`, which names no profile, so this note is not checked; expected ${near ? `\`${near}\`` : `one of ${ids.join(', ')}`}.`,
				from: exact ? at : from, to: exact ? at + value.length : from + 9,
				suggestions: [near ?? (ids[0] as string)], fix,
			}];
		}
		// Without readable frontmatter a post-shaped note is checked as a post already (frontmatter-missing).
		if (!shaped || fm.state !== 'ok') return [];
		// No fix: which profile a post-shaped note is meant for is the author's call.
		return [{
			message: `This note has a post's sections but ${written === undefined ? 'no' : 'an invalid'} \`node_type\`, so it is not checked; expected one of ${ids.join(', ')}.`,
			from, to: from + 3, suggestions: ids.slice(0, 1),
		}];
	},
};

/** The profile id `value` meant: the same letters whatever the case and separators (`linkedin_post`, `LinkedIn-post`). */
function nearestId(value: string, ids: readonly string[]): string | undefined {
	const squash = (s: string): string => s.toLowerCase().replace(/[\s_.-]+/g, '');
	return ids.find((id) => squash(id) === squash(value));
}
