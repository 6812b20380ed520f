import { describe, expect, it } from 'vitest';
import { exportLinkedIn, toPlatformText } from '../../../src/core/export';
import { toUnicodeBold } from '../../../src/core/export/unicode-bold';
import { parsePost } from '../../../src/core/parse/post';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
import { fixture } from '../../helpers';

const post = (name: string) => parsePost(fixture(`export/${name}`), parseYamlWithGrayMatter);
const plain = (text: string) => toPlatformText(text, 'plain');

describe('export of a reference-shaped post', () => {
	const result = exportLinkedIn(post('infrastructure_bet.md'), { bold: 'plain' });
	const text = result.ok ? result.text : '';

	it('is the FULL POST from its first line to its last, decoration dropped', () => {
		expect(result.ok).toBe(true);
		const lines = text.split('\n');
		expect(lines[0]).toBe('Most integration vendors sell you a feature.');
		expect(lines[lines.length - 1]).toBe('Still is.');
		expect(text).not.toContain('---');
		expect(text).not.toContain('HOOK');
		expect(text).not.toContain('NOTES');
	});

	it('keeps paragraphs with exactly one blank line between them, and line breaks inside a paragraph', () => {
		expect(text).not.toMatch(/\n\n\n/);
		expect(text).toContain('every other feature.\nPlumbing does not compete.');
		expect(text).toContain('It just has to work.\n\nNobody praises the pipes');
		expect(text.split('\n\n')).toHaveLength(7);
	});

	it('leaves the prose untouched: the em dash sentence is exactly as written', () => {
		expect(text).toContain('They notice the day it stops — usually at the worst moment.');
	});

	it('offers another hook\'s version: that hook\'s text, then the rest of the post', () => {
		const b = exportLinkedIn(post('infrastructure_bet.md'), { bold: 'plain', hook: 'b' });
		expect(b).toMatchObject({ ok: true, hook: 'B' });
		const bText = b.ok ? b.text : '';
		expect(bText.startsWith('I tried every integration tool before we started.\n\nThey all answered the wrong question.\n\nA feature ships')).toBe(true);
		expect(bText.endsWith('Still is.')).toBe(true);
		expect(exportLinkedIn(post('infrastructure_bet.md'), { bold: 'plain', hook: 'Z' })).toMatchObject({ ok: false, reason: expect.stringContaining('no Hook Z') });
	});
});

describe('export of a post full of Markdown', () => {
	const result = exportLinkedIn(post('markdown_heavy.md'), { bold: 'plain' });
	const text = result.ok ? result.text : '';

	it('keeps every link\'s URL', () => {
		for (const url of ['https://example.com/guide?a=1&b=(2)', 'https://example.com/faq', 'https://example.com/plain']) expect(text).toContain(url);
		expect(text).toContain('Read our guide https://example.com/guide?a=1&b=(2) first, or see https://example.com/faq.');
	});

	it('shows what LinkedIn can show, and nothing of the Markdown', () => {
		expect(text).toBe([
			'Better: write for the feed, not for the doc.',
			'',
			'Read our guide https://example.com/guide?a=1&b=(2) first, or see https://example.com/faq.',
			'This builds on what we learned last year and style_notes > Lists.',
			'',
			'Three habits',
			'• Write short lines',
			'• Use plain words, not jargon',
			'• Cut filler and fluff',
			'',
			'Quote a customer, not yourself.',
			'',
			'keep_this_code_as_is **really**',
			'',
			'Escaped *stars* stay, snake_case_names stay, 2 * 3 stays, and so does a',
			'break.',
			'',
			'See https://example.com/plain for the rest. #writing #linkedin',
		].join('\n'));
	});

	it('bolds with Unicode sans-serif letters when asked', () => {
		const bold = exportLinkedIn(post('markdown_heavy.md'), { bold: 'unicode' });
		expect(bold.ok && bold.text.split('\n')[0]).toBe(`${toUnicodeBold('Better:')} write for the feed, not for the doc.`);
		expect(toUnicodeBold('Ab9 é!')).toBe('\u{1D5D4}\u{1D5EF}\u{1D7F5} é!');
	});

	it('says why when there is nothing to export', () => {
		expect(exportLinkedIn(parsePost('---\nnode_type: linkedin-post\n---\n# Title\n', parseYamlWithGrayMatter), { bold: 'plain' })).toMatchObject({ ok: false, reason: 'the note has no FULL POST section' });
		expect(exportLinkedIn(parsePost('### FULL POST (using Hook A)\n---\n', parseYamlWithGrayMatter), { bold: 'plain' })).toMatchObject({ ok: false, reason: 'the FULL POST is empty' });
	});
});

describe('each conversion', () => {
	it.each([
		['**bold** and __bold__', 'bold and bold'],
		['***both*** at once', 'both at once'],
		['*em* and _em_', 'em and em'],
		['~~gone~~ and ==marked==', 'gone and marked'],
		['use `npm ci` here', 'use npm ci here'],
		['``a `tick` inside``', 'a `tick` inside'],
		['[text](https://a.example/x)', 'text https://a.example/x'],
		['[https://a.example](https://a.example)', 'https://a.example'],
		['[a.example/x](https://a.example/x)', 'https://a.example/x'],
		['[**bold** label](https://a.example "Title")', 'bold label https://a.example'],
		['[label](<https://a.example/with space>)', 'label https://a.example/with space'],
		['![a chart](https://a.example/c.png)', 'a chart https://a.example/c.png'],
		['<https://a.example>', 'https://a.example'],
		['[[note]] and [[folder/note.md|shown]]', 'note and shown'],
		['[[note#Part]] [[note#^abc123]]', 'note > Part note'],
		['before ![[diagram.png]] after', 'before  after'],
		['# Heading ##', 'Heading'],
		['> > nested quote', 'nested quote'],
		['  - [x] done item', '  • done item'],
		['<b>bold</b> tag', 'bold tag'],
		['keep %%hidden%%this', 'keep this'],
		['\\# not a heading, \\_not em\\_', '# not a heading, _not em_'],
	])('%s', (input, output) => {
		expect(plain(input)).toBe(output);
	});

	it.each([
		'A plain sentence with an em dash — kept.',
		'Curly “quotes” and ‘single’ ones, straight "too".',
		'snake_case_name, file_name.md and 2 * 3 * 4 = 24',
		'Prices: 5 * 3, a * b, 50% off, 100%% sure',
		'#hashtags #stay and a #1 ranking',
		'Use <3 and 3 < 4 > 2 freely',
		'Emoji 🚀 and CJK 漢字 pass through',
		'1. An ordered item keeps its number',
		'Brackets [like this] and (this) stay',
		'A lone ** or __ or ` stays',
		'C:\\path\\file stays',
	])('leaves prose alone: %s', (input) => {
		expect(plain(input)).toBe(input);
	});

	it('drops code fences but keeps the code verbatim, blank lines collapsed', () => {
		expect(plain('Before\n\n```ts\nconst a = **b**;\n\n\nconst c = [d](e);\n```\n\nAfter')).toBe('Before\n\nconst a = **b**;\n\nconst c = [d](e);\n\nAfter');
		expect(plain('~~~\nunclosed **code**')).toBe('unclosed **code**');
	});

	it('collapses blank runs and trims the ends', () => {
		expect(plain('\n\nOne\n\n\n\nTwo  \n\t\nThree\n\n')).toBe('One\n\nTwo\n\nThree');
		expect(plain('One\r\n\r\nTwo')).toBe('One\n\nTwo');
	});
});
