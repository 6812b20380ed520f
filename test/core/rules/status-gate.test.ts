import { describe, expect, it } from 'vitest';
import { sanitiseConfig } from '../../../src/core/config-sanitise';
import { examplePost } from '../../../src/core/rules/example-post';
import { check, ruleIds } from '../../helpers';

/** PRODUCT.md §2: at `idea` only the frontmatter's validity and its links are checked; from `draft` on, everything. */
describe('the status gate', () => {
	// An idea: a few lines under a title, no hooks, no FULL POST, no NOTES, no last_updated yet.
	const idea = [
		'---', 'name: example_post', 'node_type: linkedin-post', 'status: idea',
		'related_concepts:', '  - "[[async_work]]"', '  - "[[asynk_work]]"', '---', '', 'Something about status reports nobody reads.', '',
	].join('\n');

	it('checks only the frontmatter and its links at idea', () => {
		const analysis = check(idea);
		expect(analysis.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['7 related-concepts-unresolved']);
		expect(analysis.statusGate?.status).toBe('idea');
		expect(analysis.statusGate?.rulesLeftOut).toEqual(expect.arrayContaining(['section-missing', 'status-requirements', 'name-matches-file', 'post-length', 'notes-stale']));
		expect(analysis.statusGate?.rulesLeftOut).not.toContain('field-required');
		expect(analysis.statusGate?.rulesLeftOut).not.toContain('node-type-unknown');
	});

	it('still checks name, node_type and status at idea', () => {
		const broken = idea.replace('name: example_post', 'name: Example Post');
		expect(ruleIds(check(broken))).toEqual(expect.arrayContaining(['field-type']));
		expect(ruleIds(check(idea.replace('name: example_post\n', '')))).toContain('field-required');
		expect(ruleIds(check(idea.replace("related_concepts:\n", "related_concepts: \"oops\n")))).toEqual(['frontmatter-yaml']);
	});

	it('does not report fields only a draft needs, but reads the status of a note whose YAML is broken', () => {
		expect(ruleIds(check(idea))).not.toContain('field-required');
		const analysis = check(idea.replace('  - "[[async_work]]"', '  - "[[async_work]]'));
		expect(analysis.statusGate?.status).toBe('idea');
		expect(ruleIds(analysis)).toEqual(['frontmatter-yaml']);
	});

	it('checks everything from draft on', () => {
		const analysis = check(idea.replace('status: idea', 'status: draft'));
		expect(analysis.statusGate).toBeNull();
		expect(ruleIds(analysis)).toEqual(expect.arrayContaining(['field-required', 'section-missing', 'related-concepts-unresolved']));
	});

	it('is profile data: a profile can gate review too, by tag', () => {
		const config = sanitiseConfig({ profiles: [{
			id: 'linkedin-post', fields: [{ key: 'status', type: 'enum', values: ['idea', 'draft', 'review'], role: 'status' }],
			gates: [{ statuses: ['review'], rules: ['post'] }],
		}] });
		const review = examplePost({ fields: { status: 'status: review' }, fullPost: '### FULL POST (using Hook A)\n\nOur team stopped writing status reports.\n\nNobody missed them, and the work got faster — really.' });
		const analysis = check(review, { config });
		expect(new Set(analysis.findings.map((f) => f.tag))).toEqual(new Set(['post']));
		expect(ruleIds(analysis)).toEqual(expect.arrayContaining(['post-length', 'slop-em-dash']));
		expect(analysis.statusGate?.rulesLeftOut).toContain('hook-recommended');
	});
});

describe('status-requirements on dates (today is 2026-03-01)', () => {
	const published = (date: string, link = 'link: https://www.linkedin.com/posts/example') => examplePost({ fields: { status: 'status: published', published_date: `published_date: ${date}`, link } });
	const of = (text: string) => check(text).findings.filter((f) => f.ruleId === 'status-requirements');

	it('reports a published post dated after today, not one dated today', () => {
		expect(of(published('2026-03-02')).map((f) => f.message)).toEqual(['`published_date` is 2026-03-02, after today (2026-03-01), but the post is published; expected the date it went out.']);
		expect(of(published('2026-03-01'))).toEqual([]);
	});

	it('reports a scheduled post dated before today, not one dated today', () => {
		const scheduled = (date: string) => examplePost({ fields: { status: 'status: scheduled', published_date: `published_date: ${date}` } });
		expect(of(scheduled('2026-02-28')).map((f) => f.line)).toEqual([8]);
		expect(of(scheduled('2026-03-01'))).toEqual([]);
	});

	it('makes a missing link a warning, not an error', () => {
		const findings = of(published('2026-02-21', 'link:'));
		expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', '`status` is published but `link` is empty; expected the post\'s URL once it is live.']]);
	});

	it('leaves a malformed date to field-type', () => {
		expect(of(published('2026-13-45'))).toEqual([]);
	});
});
