import { sectionEdit } from '../template/complete';
import type { SectionKind } from '../profiles/profile';
import { examplePost, EXAMPLE_HOOK_A } from './example-post';
import type { Rule, RuleContext, RuleReport } from './rule';

const LABELS: Record<SectionKind, string> = {
	title: 'the `# Title` heading',
	angle: 'the `## Angle:` line',
	legos: 'the `## IDEA LEGOS` section',
	hooks: 'the `### HOOK` sections',
	'full-post': 'the `### FULL POST` section',
	notes: 'the `## NOTES` section',
};

const ORDER_NAMES: Record<SectionKind, string> = { title: 'title', angle: 'Angle', legos: 'IDEA LEGOS', hooks: 'HOOKs', 'full-post': 'FULL POST', notes: 'NOTES' };

/** The NOTES section as the fix writes it from the linkedin-post profile. */
const NOTES_TEMPLATE = [
	'## NOTES', '- **Voice**: ', '- **Template source**: ', '- **Idea Legos**: ', '- **Narrative arc**: ', '- **Psychological triggers**: ',
	'- **Hook analysis (Kallaway)**: ', '- **AI slop check**: ', '- **Word count**: ', '- **Factual sources**: ', '- [ ] Single subject', '- [ ] Single question',
].join('\n');

export const sectionMissing: Rule = {
	id: 'section-missing',
	description: "A body section the profile requires is absent, empty where it must not be, or out of the profile's order (linkedin-post: title, Angle, IDEA LEGOS, two or more HOOKs, FULL POST, NOTES).",
	severity: 'error',
	tag: 'structure',
	examples: {
		good: [{ title: 'every section, in order', text: examplePost(), shows: ['# ', '## Angle:', '## IDEA LEGOS', '### HOOK A', '### HOOK B', '### FULL POST', '## NOTES'] }],
		bad: [
			{ title: 'no NOTES', text: examplePost({ notes: '' }), findings: [{ line: 68, column: 1 }], fixed: examplePost({ notes: `\n${NOTES_TEMPLATE}` }) },
			{ title: 'an empty angle', text: examplePost({ angle: '## Angle:' }), findings: [{ line: 21, column: 1 }] },
			{ title: 'a single hook', text: examplePost({ hooks: `### HOOK A (Recommended)\n${EXAMPLE_HOOK_A}` }), findings: [{ line: 39, column: 1 }] },
		],
	},
	check(context) {
		const { post, profile, baseName, today } = context;
		if (post.frontmatter.state === 'unclosed') return [];
		const values = { title: baseName, name: baseName, date: today };
		const where: Record<SectionKind, number | undefined> = {
			title: post.title?.from,
			angle: post.angle?.heading.from,
			legos: post.legos?.section.heading.from,
			hooks: post.hooks[0]?.section.heading.from,
			'full-post': post.fullPost?.section.heading.from,
			notes: post.notes?.section.heading.from,
		};
		const reports: RuleReport[] = [];
		let latest = -1;
		let latestKind: SectionKind | null = null;
		for (const { kind, required } of profile.sections) {
			const at = where[kind];
			if (at === undefined) {
				if (!required) continue;
				const edit = sectionEdit(post, profile, kind, values);
				reports.push({ message: `${capitalise(LABELS[kind])} ${kind === 'hooks' ? 'are' : 'is'} missing; expected ${kind === 'hooks' ? 'them' : 'it'} ${placeHint(kind, profile.minHooks)}.`, from: edit.from, fix: { kind: 'edit', title: `Add ${LABELS[kind]}`, edits: [edit] } });
				continue;
			}
			if (at < latest && latestKind) {
				reports.push({ message: `${capitalise(LABELS[kind])} ${kind === 'hooks' ? 'stand' : 'stands'} before ${LABELS[latestKind]}; expected the order ${profile.sections.map((s) => ORDER_NAMES[s.kind]).join(', ')}.`, from: at });
			}
			if (at > latest) { latest = at; latestKind = kind; }
		}
		reports.push(...contentProblems(context));
		return reports;
	},
};

function contentProblems({ post, profile }: RuleContext): RuleReport[] {
	const reports: RuleReport[] = [];
	if (post.angle && post.angle.text === '') {
		reports.push({ message: 'The `## Angle:` line is empty; expected the post\'s angle after the colon.', from: post.angle.heading.from, to: post.angle.heading.to });
	}
	if (post.hooks.length > 0 && post.hooks.length < profile.minHooks) {
		reports.push({ message: `There ${post.hooks.length === 1 ? 'is one hook' : `are ${post.hooks.length} hooks`}; expected at least ${profile.minHooks} \`### HOOK X\` candidates to choose from.`, from: post.hooks[0]!.section.heading.from });
	}
	for (const hook of post.hooks) {
		if (hook.body.text === '') reports.push({ message: `Hook ${hook.name} is empty; expected the hook's text under its heading.`, from: hook.section.heading.from, to: hook.section.heading.to });
	}
	if (post.fullPost && post.fullPost.body.text === '') {
		reports.push({ message: 'The FULL POST is empty; expected the post\'s text under its heading.', from: post.fullPost.section.heading.from, to: post.fullPost.section.heading.to });
	}
	return reports;
}

function placeHint(kind: SectionKind, minHooks: number): string {
	switch (kind) {
		case 'title': return 'as the first heading of the body';
		case 'angle': return 'right after the title';
		case 'legos': return 'after the Angle, with a `| Lego | Choice |` table';
		case 'hooks': return `after IDEA LEGOS: ${minHooks > 1 ? `${minHooks} or more` : 'one or more'}, one marked (Recommended)`;
		case 'full-post': return 'after the hooks, as `### FULL POST (using Hook X)`';
		case 'notes': return 'at the end';
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
