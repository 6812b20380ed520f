import { DEFAULT_GATES, DEFAULT_SECTIONS, type Profile } from './profile';

export const POST_STATUSES = ['idea', 'draft', 'review', 'scheduled', 'published'] as const;

/** The built-in LinkedIn post, as PRODUCT.md §1 describes it. */
export const LINKEDIN_POST: Profile = {
	id: 'linkedin-post',
	label: 'LinkedIn post',
	platform: 'linkedin',
	fields: [
		{ key: 'name', type: 'slug', required: true, role: 'name' },
		{ key: 'description', type: 'string', required: true },
		{ key: 'domain', type: 'string', required: true },
		{ key: 'node_type', type: 'enum', required: true, values: ['linkedin-post'] },
		{ key: 'status', type: 'enum', required: true, values: POST_STATUSES, placeholder: 'draft', role: 'status' },
		{ key: 'last_updated', type: 'date', required: true, role: 'last-updated' },
		{ key: 'published_date', type: 'date', required: ['published', 'scheduled'], role: 'published-date' },
		{ key: 'tags', type: 'tags', required: true },
		{ key: 'topics', type: 'string-list', required: false },
		{ key: 'related_concepts', type: 'wikilink-list', required: false },
		{ key: 'link', type: 'url', required: ['published'], role: 'link' },
		{ key: 'image', type: 'resource', required: false },
	],
	sections: DEFAULT_SECTIONS,
	legos: [
		"User's Insight",
		'Topic',
		'Angle',
		'Hook Type',
		'Story Structure',
		'Psych Triggers',
		'Visual Format',
		'Key Visuals',
	],
	notesItems: [
		'Voice',
		'Template source',
		'Idea Legos',
		'Narrative arc',
		'Psychological triggers',
		'Hook analysis (Kallaway)',
		'AI slop check',
		'Word count',
		'Factual sources',
	],
	judgementItems: ['Single subject', 'Single question'],
	minHooks: 2,
	wordRange: [100, 300],
	wordsPerMinute: 238,
	hashtagLimit: 5,
	gates: DEFAULT_GATES,
};
