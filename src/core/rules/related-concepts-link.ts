import { parseWikilink } from '../links/wikilink';
import type { Fix } from '../types';
import { examplePost } from './example-post';
import { alignedItems, describeValue, fieldLocation, fieldRange } from './helpers';
import type { Rule, RuleContext, RuleReport } from './rule';

/** `[[x]]` unquoted in YAML is a list holding a list holding `x`. */
export function unquotedLinkTarget(item: unknown): string | null {
	if (!Array.isArray(item) || item.length !== 1) return null;
	const inner: unknown = item[0];
	if (Array.isArray(inner) && inner.length === 1 && (typeof inner[0] === 'string' || typeof inner[0] === 'number')) return String(inner[0]);
	return null;
}

export const relatedConceptsLink: Rule = {
	id: 'related-concepts-link',
	description: 'An entry of a `wikilink-list` field (`related_concepts` in linkedin-post) is not a wikilink, or is one left unquoted (YAML reads `[[x]]` as a nested list).',
	severity: 'error',
	tag: 'links',
	examples: {
		good: [{ title: 'quoted wikilinks', text: examplePost(), shows: ['related_concepts:', '[[async_work]]'] }],
		bad: [
			{ title: 'an unquoted wikilink', text: examplePost({ fields: { related_concepts: 'related_concepts:\n  - [[async_work]]' } }), findings: [{ line: 15, column: 5 }], fixed: examplePost() },
			{ title: 'a plain name', text: examplePost({ fields: { related_concepts: 'related_concepts:\n  - async_work' } }), findings: [{ line: 15, column: 5 }], fixed: examplePost() },
			{ title: 'an unquoted link after a quoted one', text: examplePost({ fields: { related_concepts: 'related_concepts:\n  - "[[async_work]]"\n  - [[team_rituals]]' } }), findings: [{ line: 16, column: 5 }], fixed: examplePost({ fields: { related_concepts: 'related_concepts:\n  - "[[async_work]]"\n  - "[[team_rituals]]"' } }) },
		],
	},
	check(context) {
		if (context.post.frontmatter.state !== 'ok') return [];
		return wikilinkFields(context).flatMap((key) => checkLinkList(context, key));
	},
};

/** Every `wikilink-list` field of the profile: the link rules check them all, whatever their key. */
export function wikilinkFields(context: RuleContext): readonly string[] {
	const { profile } = context;
	let keys = wikilinkKeys.get(profile);
	if (!keys) {
		keys = profile.fields.filter((field) => field.type === 'wikilink-list').map((field) => field.key);
		wikilinkKeys.set(profile, keys);
	}
	return keys;
}

// Worked out once per profile, not twice per note (a profile does not change while it is checked with).
const wikilinkKeys = new WeakMap<RuleContext['profile'], string[]>();

function checkLinkList(context: RuleContext, key: string): RuleReport[] {
	const value = context.data[key];
	if (value === null || value === undefined || value === '') return [];
	if (!Array.isArray(value)) {
		return [{ message: `\`${key}\` is ${describeValue(value)}; expected a list of quoted wikilinks, like - "[[note]]".`, ...fieldRange(context, key) }];
	}
	const location = fieldLocation(context, key);
	const items = location?.items ?? [];
	// `key: [[a]]` on the key's line is a flow list of one-item lists.
	if (items.length === 0 && value.some((item) => unquotedLinkTarget(item) !== null || unquotedFlowTarget(item) !== null)) return [flowFinding(context, key, value)];
	// The written items are lined up with the values only for a list that has a finding: most have none.
	let aligned: ReturnType<typeof alignedItems> | null = null;
	const reports: RuleReport[] = [];
	value.forEach((item, index) => {
		if (typeof item === 'string' && parseWikilink(item)) return;
		aligned ??= alignedItems(context, key, value);
		const raw = aligned[index];
		const place = raw ?? fieldRange(context, key);
		const target = unquotedLinkTarget(item);
		if (target !== null) {
			// Built from the parsed value, not the text: after processFrontMatter the line reads `- - - x`.
			const fix: Fix | undefined = raw ? { kind: 'edit', title: 'Quote the link', edits: [{ from: raw.from, to: raw.to, insert: JSON.stringify(`[[${target}]]`) }] } : undefined;
			reports.push({ message: `\`[[${target}]]\` is unquoted, so YAML reads it as a nested list; expected a quoted string "[[${target}]]".`, from: place.from, to: place.to, fix });
			return;
		}
		// A half-written link (`[[a`, `[[a]]]`) is suggested without its stray brackets.
		const text = typeof item === 'string' ? item.trim().replace(/^\[+|\]+$/g, '').trim() : '';
		const fix: Fix | undefined = raw && text && !/[[\]"]/.test(text) && parseWikilink(`[[${text}]]`) ? { kind: 'edit', title: `Make it "[[${text}]]"`, edits: [{ from: raw.from, to: raw.to, insert: `"[[${text}]]"` }] } : undefined;
		reports.push({ message: `\`${key}\` entry ${describeValue(item)} is not a wikilink; expected a quoted link like "[[${text || 'note'}]]".`, from: place.from, to: place.to, fix });
	});
	return reports;
}

/** `[x]` inside a flow list: what `[[x]]` written on the key's line parses to. */
function unquotedFlowTarget(item: unknown): string | null {
	return Array.isArray(item) && item.length === 1 && (typeof item[0] === 'string' || typeof item[0] === 'number') ? String(item[0]) : null;
}

/** `key: [[a], [b]]` on one line: one finding, and a fix that rewrites the flow list quoted. */
function flowFinding(context: RuleContext, key: string, value: unknown[]): RuleReport {
	const location = fieldLocation(context, key);
	const targets = value.map((item) => unquotedLinkTarget(item) ?? unquotedFlowTarget(item) ?? (typeof item === 'string' ? item.replace(/^\[\[|\]\]$/g, '') : null));
	const fix: Fix | undefined = location && targets.every((t) => t !== null)
		? { kind: 'edit', title: 'Quote the links', edits: [{ from: location.valueFrom, to: location.valueTo, insert: `[${targets.map((t) => `"[[${t}]]"`).join(', ')}]` }] }
		: undefined;
	return { message: `\`${key}\` holds unquoted wikilinks, so YAML reads them as nested lists; expected quoted strings like "[[note]]".`, ...fieldRange(context, key), fix };
}
