import { linkpathOf, parseWikilink } from '../links/wikilink';
import { examplePost } from './example-post';
import { alignedItems, fieldRange } from './helpers';
import { unquotedLinkTarget, wikilinkFields } from './related-concepts-link';
import type { Rule, RuleContext, RuleReport } from './rule';

export const relatedConceptsUnresolved: Rule = {
	id: 'related-concepts-unresolved',
	description: 'A link in a `wikilink-list` field (`related_concepts` in linkedin-post) points to no note in the vault (resolved as Obsidian resolves links).',
	severity: 'error',
	tag: 'links',
	examples: {
		good: [{ title: 'a link to an existing note', text: examplePost(), shows: ['related_concepts:', '[[async_work]]'] }],
		// The fix creates the note; no text changes.
		bad: [{ title: 'a typo in the link', text: examplePost({ fields: { related_concepts: 'related_concepts:\n  - "[[async_work]]"\n  - "[[asynk_work]]"' } }), findings: [{ line: 16, column: 5 }] }],
	},
	check(context) {
		return wikilinkFields(context).flatMap((key) => unresolved(context, key));
	},
};

function unresolved(context: RuleContext, key: string): RuleReport[] {
	const { resolver } = context;
	const value = context.data[key];
	if (!resolver || !Array.isArray(value)) return [];
	// The written items are lined up with the values only for a list with an unresolved link.
	let items: ReturnType<typeof alignedItems> | null = null;
	const reports: RuleReport[] = [];
	value.forEach((item, index) => {
		const parsed = typeof item === 'string' ? parseWikilink(item) : null;
		const unquoted = unquotedLinkTarget(item);
		const linkpath = parsed ? linkpathOf(parsed) : unquoted !== null ? (parseWikilink(`[[${unquoted}]]`)?.path ?? unquoted) : null;
		if (!linkpath || resolver.resolve(linkpath, context.path)) return;
		const suggestions = resolver.suggest(linkpath, 3);
		const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `[[${s}]]`).join(', ')}?` : '';
		items ??= alignedItems(context, key, value);
		const place = items[index] ?? fieldRange(context, key);
		reports.push({
			message: `\`[[${linkpath}]]\` in \`${key}\` resolves to no note in the vault; expected the name of an existing note.${hint}`,
			from: place.from, to: place.to, suggestions,
			fix: { kind: 'create-note', title: `Create note ${linkpath}`, linkpath },
		});
	});
	return reports;
}
