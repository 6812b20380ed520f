/**
 * A small clean post that rule examples vary one part of, so each example
 * shows only what its rule is about while the note stays a complete post.
 * The generic rule test and the generated rules page both use it.
 */

export const EXAMPLE_PATH = 'posts/example_post.md';
export const EXAMPLE_TODAY = '2026-03-01';
/** Notes the example vault holds, for link resolution in examples. */
export const EXAMPLE_VAULT = ['posts/example_post.md', 'concepts/async_work.md', 'concepts/team_rituals.md', 'img/cover.png'];

export interface ExampleParts {
	/** Frontmatter field lines by key; null drops the field. */
	fields?: Record<string, string | null>;
	/** Replaces the whole frontmatter block (delimiters included); '' for none. */
	frontmatter?: string;
	title?: string;
	angle?: string;
	legos?: string;
	hooks?: string;
	fullPost?: string;
	notes?: string;
}

const FIELDS: Record<string, string> = {
	name: 'name: example_post',
	description: 'description: Why our team stopped writing weekly status reports.',
	domain: 'domain: engineering',
	node_type: 'node_type: linkedin-post',
	status: 'status: draft',
	last_updated: 'last_updated: 2026-02-20',
	published_date: 'published_date:',
	tags: 'tags:\n  - teamwork\n  - async',
	topics: 'topics:\n  - status reports',
	related_concepts: 'related_concepts:\n  - "[[async_work]]"',
	link: 'link:',
	image: 'image:',
};

export const EXAMPLE_LEGOS = [
	'## IDEA LEGOS',
	'| Lego | Choice |',
	'|------|--------|',
	"| User's Insight | Reports written for nobody get read by nobody. |",
	'| Topic | Weekly status reports |',
	'| Angle | We removed them and nothing broke |',
	'| Hook Type | Confession |',
	'| Story Structure | Habit → Experiment → Result → Lesson |',
	'| Psych Triggers | Curiosity Gap, Relief |',
	'| Visual Format | text-only |',
	'| Key Visuals | N/A |',
].join('\n');

export const EXAMPLE_HOOK_A = 'Our team stopped writing status reports.\n\nNobody missed them, and the work got faster.';

export const EXAMPLE_HOOKS = [
	'### HOOK A (Recommended)',
	EXAMPLE_HOOK_A,
	'',
	'### HOOK B',
	'Every Friday we wrote reports that nobody read.',
].join('\n');

export const EXAMPLE_FULL_POST_TEXT = [
	EXAMPLE_HOOK_A,
	'',
	'For two years every engineer spent Friday afternoon summarising the week. The reports went into a shared folder. A manager skimmed them on Monday, if at all.',
	'',
	'We tried an experiment for one quarter. No reports. Instead, each project kept a short running log next to the code, updated when something actually changed.',
	'',
	'Three things happened. Questions got answered where the work lived. Managers read the log because it was current. Friday afternoons went back to building.',
	'',
	'A report written for nobody in particular gets read by nobody in particular.',
	'',
	'If your team writes weekly updates, ask who reads them and what they do next. The answer might free up a day.',
].join('\n');

export const EXAMPLE_FULL_POST = `### FULL POST (using Hook A)\n\n${EXAMPLE_FULL_POST_TEXT}`;

export const EXAMPLE_NOTES = [
	'## NOTES',
	'- **Voice**: plain, first person plural.',
	'- **Template source**: confession then lesson.',
	'- **Idea Legos**: Habit → Experiment → Result → Lesson',
	'- **Narrative arc**: habit, experiment, what changed, lesson, question.',
	'- **Psychological triggers**: Curiosity Gap + Relief',
	'- **Hook analysis (Kallaway)**: Single subject: status reports. "See more" char count: 86. Fits mobile: yes.',
	'- **AI slop check**: Clean. No em dashes. No "Here\'s" constructions.',
	'- **Word count**: 126',
	'- **Factual sources**: our own team, 2025.',
	'- [x] Single subject',
	'- [ ] Single question',
].join('\n');

export function examplePost(parts: ExampleParts = {}): string {
	let frontmatter = parts.frontmatter;
	if (frontmatter === undefined) {
		const fields = { ...FIELDS, ...parts.fields };
		const lines = Object.values(fields).filter((line): line is string => line !== null);
		frontmatter = ['---', ...lines, '---'].join('\n');
	}
	const body = [
		parts.title ?? '# Why we stopped writing status reports',
		parts.angle ?? '## Angle: Removing a ritual nobody valued made the team faster.',
		'',
		'---',
		'',
		parts.legos ?? EXAMPLE_LEGOS,
		'',
		'---',
		'',
		parts.hooks ?? EXAMPLE_HOOKS,
		'',
		'---',
		'',
		parts.fullPost ?? EXAMPLE_FULL_POST,
		'',
		'---',
		'',
		parts.notes ?? EXAMPLE_NOTES,
		'',
	].join('\n');
	return frontmatter ? `${frontmatter}\n\n${body}` : body;
}
