import { describe, expect, it } from 'vitest';
import { exportLinkedIn } from '../../../src/core/export';
import { applyEdits } from '../../../src/core/fix';
import { LINKEDIN_POST } from '../../../src/core/profiles';
import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from '../../../src/core/rules/example-post';
import { findHashtags } from '../../../src/core/rules/hashtags';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import type { Finding } from '../../../src/core/types';
import { check } from '../../helpers';

const of = (text: string, id: string, options = {}): Finding[] => check(text, options).findings.filter((f) => f.ruleId === id);

describe('markdown-in-post', () => {
	const MARKDOWN = '**Three things happened.** See [the log](https://example.com/log) and [[async_work|our notes]].';
	const note = examplePost({
		hooks: EXAMPLE_HOOKS.replace('Every Friday we wrote reports', 'Every Friday we wrote _weekly_ reports'),
		fullPost: `${EXAMPLE_FULL_POST.replace('Three things happened.', MARKDOWN)}\n\n> Quote\n- a list item`,
	});

	it('reports each line of a hook and of the FULL POST that holds Markdown, at the Markdown', () => {
		const findings = of(note, 'markdown-in-post');
		expect(findings.map((f) => f.message.slice(0, f.message.indexOf(':')))).toEqual(['Hook B has Markdown the feed shows as typed', 'FULL POST has Markdown the feed shows as typed', 'FULL POST has Markdown the feed shows as typed', 'FULL POST has Markdown the feed shows as typed']);
		const line = findings[1]!;
		expect(note.slice(line.from, line.to)).toBe(MARKDOWN.slice(0, -1));
		expect(line.message).toContain('bold `**Three things happened.**`, link `[the log](https://example.com/log)`, wikilink `[[async_work|our notes]]`');
		expect(line.severity).toBe('warning');
	});

	it('its fixes convert the note the way export does, and leave nothing to report', () => {
		const findings = of(note, 'markdown-in-post');
		const fixed = applyEdits(note, findings.flatMap((f) => (f.fix?.kind === 'edit' ? f.fix.edits : [])));
		expect(of(fixed, 'markdown-in-post')).toEqual([]);
		expect(fixed).toContain('Three things happened. See the log https://example.com/log and our notes.');
		expect(fixed).toContain('\nQuote\n• a list item');
		const exported = (text: string) => {
			const result = exportLinkedIn(check(text).post, { bold: 'plain' });
			return result.ok ? result.text : result.reason;
		};
		expect(exported(fixed)).toBe(exported(note));
	});

	it('checks the variants too, and nothing outside what gets published', () => {
		const withVariant = examplePost({ notes: '## VARIANTS\n### X\nShort **bold** version.\n\n## NOTES\n- **Voice**: plain.' });
		const findings = of(withVariant, 'markdown-in-post');
		expect(findings.map((f) => f.message)).toEqual(['The X variant has Markdown the feed shows as typed: bold `**bold**`; expected `bold`.']);
	});

	it('leaves prose that only looks like Markdown alone', () => {
		const prose = examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Three things happened.', 'Three things happened: snake_case_names, 2 * 3 = 6, #async, 100% sure, a <3 and https://example.com/x_y_z.') });
		expect(of(prose, 'markdown-in-post')).toEqual([]);
	});
});

describe('hashtags', () => {
	const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${String.fromCharCode(97 + i)}`).join(' ');
	const withTags = (n: number) => examplePost({ fullPost: `${EXAMPLE_FULL_POST}\n\n${tags(n)}` });

	it('is quiet up to the limit and an info finding past it, pointing at the extra ones', () => {
		expect(of(withTags(5), 'hashtags')).toEqual([]);
		const [finding, ...more] = of(withTags(7), 'hashtags');
		expect(more).toEqual([]);
		expect(finding).toMatchObject({ severity: 'info', message: 'FULL POST has 7 hashtags; expected at most 5, the profile\'s limit (#tagf #tagg are over it).' });
		expect(withTags(7).slice(finding!.from, finding!.to)).toBe('#tagf #tagg');
	});

	it('takes the limit from the profile', () => {
		const strict = { ...LINKEDIN_POST, id: 'strict-post', hashtagLimit: 2 };
		const text = withTags(3).replace('node_type: linkedin-post', 'node_type: strict-post');
		expect(of(text, 'hashtags', { config: { ...DEFAULT_CONFIG, profiles: [strict] } })).toHaveLength(1);
		expect(of(withTags(3), 'hashtags')).toEqual([]);
	});

	it('counts only what LinkedIn makes a hashtag', () => {
		expect(findHashtags('#one #café_2 #1 C# https://x.example/#anchor a#b &#35; ##double (#paren)').map((h) => h.tag)).toEqual(['#one', '#café_2', '#paren']);
	});
});

describe('full-post-hook compares as a reader', () => {
	const hooks = EXAMPLE_HOOKS.replace('Our team stopped writing status reports.', 'Our team\'s "status reports" stopped.');
	const full = (opening: string) => examplePost({ hooks, fullPost: EXAMPLE_FULL_POST.replace('Our team stopped writing status reports.', opening) });

	it('takes typographic and straight quotes, and runs of whitespace, as equal', () => {
		expect(of(full('Our team’s “status reports” stopped.'), 'full-post-hook')).toEqual([]);
		expect(of(full('Our   team\'s "status\nreports"  stopped.'), 'full-post-hook')).toEqual([]);
	});

	it('reports the first line that differs, with both versions', () => {
		const text = examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Nobody missed them, and the work got faster.', 'Nobody missed them at all.') });
		const [finding] = of(text, 'full-post-hook');
		const line = text.split('\n').indexOf('Nobody missed them at all.') + 1;
		expect(finding).toMatchObject({ line, message: `FULL POST does not open with Hook A's text: at line ${line} it reads "Nobody missed them at all."; expected "Nobody missed them, and the work got faster.".` });
	});

	it('says when the post ends before the hook does', () => {
		const text = examplePost({ fullPost: '### FULL POST (using Hook A)\n\nOur team stopped writing status reports.' });
		expect(of(text, 'full-post-hook')[0]?.message).toContain('the post ends there; expected "Nobody missed them, and the work got faster."');
	});
});
