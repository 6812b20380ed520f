import { describe, expect, it } from 'vitest';
import { findWikilinks, linkpathOf, parseWikilink } from '../../../src/core/links';

describe('parseWikilink', () => {
	it.each([
		['[[target]]', { embed: false, path: 'target', subpath: '', alias: null }],
		['[[target|alias]]', { embed: false, path: 'target', subpath: '', alias: 'alias' }],
		['[[target#heading]]', { embed: false, path: 'target', subpath: '#heading', alias: null }],
		['[[target#^block]]', { embed: false, path: 'target', subpath: '#^block', alias: null }],
		['[[folder/target]]', { embed: false, path: 'folder/target', subpath: '', alias: null }],
		['[[target.md]]', { embed: false, path: 'target.md', subpath: '', alias: null }],
		['![[embed]]', { embed: true, path: 'embed', subpath: '', alias: null }],
		['![[img/x.png|300]]', { embed: true, path: 'img/x.png', subpath: '', alias: '300' }],
		['[[a/b#Head ing|Shown text]]', { embed: false, path: 'a/b', subpath: '#Head ing', alias: 'Shown text' }],
		['[[Note#H1#H2]]', { embed: false, path: 'Note', subpath: '#H1#H2', alias: null }],
		['[[#heading]]', { embed: false, path: '', subpath: '#heading', alias: null }],
		['[[ spaced name ]]', { embed: false, path: 'spaced name', subpath: '', alias: null }],
		['[[a|b|c]]', { embed: false, path: 'a', subpath: '', alias: 'b|c' }],
		['[[Note|]]', { embed: false, path: 'Note', subpath: '', alias: '' }],
		['[[Note#]]', { embed: false, path: 'Note', subpath: '', alias: null }],
		['[[ruben_personality_v01]]', { embed: false, path: 'ruben_personality_v01', subpath: '', alias: null }],
	])('parses %s', (text, expected) => {
		expect(parseWikilink(text)).toEqual({ raw: text, ...expected });
	});

	it('strips the escaping backslash of a table pipe', () => {
		expect(parseWikilink('[[Note\\|alias]]')).toMatchObject({ path: 'Note', alias: 'alias' });
	});

	it('allows surrounding whitespace, which raw leaves out', () => {
		expect(parseWikilink('  [[Note]]\n')).toEqual({ raw: '[[Note]]', embed: false, path: 'Note', subpath: '', alias: null });
	});

	it.each([
		'',
		'Note',
		'[[]]',
		'[[ ]]',
		'[[|alias]]',
		'[[#]]',
		'[[Note]',
		'[Note]]',
		'[[Note',
		'[[[Note]]',
		'[[Note]]]',
		'[[a]] [[b]]',
		'[[a]][[b]]',
		'see [[a]]',
		'[[a]] too',
		'[[a\nb]]',
		'[[a [[b]]',
		'!![[a]]',
		'[x](y.md)',
	])('rejects %j', (text) => {
		expect(parseWikilink(text)).toBeNull();
	});
});

describe('findWikilinks', () => {
	it('finds every link with its offsets', () => {
		const text = 'See [[a]] and ![[b.png|200]], then [[c#^x|y]].';
		const links = findWikilinks(text);
		expect(links.map((l) => [l.path, l.embed, l.from, l.to])).toEqual([
			['a', false, 4, 9],
			['b.png', true, 14, 28],
			['c', false, 35, 45],
		]);
		for (const link of links) expect(text.slice(link.from, link.to)).toBe(link.raw);
	});

	it('finds adjacent links and links on several lines', () => {
		const links = findWikilinks('[[a]][[b]]\r\n- "[[c]]"\n[[d]]');
		expect(links.map((l) => l.path)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('takes the inner link when a [[ is never closed', () => {
		const text = '[[a [[b]]';
		expect(findWikilinks(text)).toMatchObject([{ path: 'b', from: 4, to: 9 }]);
	});

	it('skips a stray [ before a link', () => {
		expect(findWikilinks('[[[a]]')).toMatchObject([{ path: 'a', from: 1, to: 6 }]);
	});

	it('never spans a line break, and ignores empty and unbalanced brackets', () => {
		expect(findWikilinks('[[a\nb]] [[]] [[x] [y]]')).toEqual([]);
	});

	it('reads the unquoted YAML form [[x]] as a link too', () => {
		expect(findWikilinks('related_concepts:\n  - [[x]]\n')).toMatchObject([{ path: 'x', from: 22, to: 27 }]);
	});

	it('skips inline code spans of any backtick count', () => {
		const links = findWikilinks('`[[a]]` ``x ` [[b]]`` [[c]] `unclosed [[d]]');
		expect(links.map((l) => l.path)).toEqual(['c', 'd']);
	});

	it('skips fenced code blocks, backtick and tilde', () => {
		const text = ['[[a]]', '```md', '[[b]]', '```', '~~~~', '[[c]]', '~~~', '[[d]]', '~~~~', '[[e]]'].join('\n');
		expect(findWikilinks(text).map((l) => l.path)).toEqual(['a', 'e']);
	});

	it('treats an unclosed fence as running to the end', () => {
		expect(findWikilinks('[[a]]\n```\n[[b]]').map((l) => l.path)).toEqual(['a']);
	});

	it('returns nothing for text without links', () => {
		expect(findWikilinks('')).toEqual([]);
		expect(findWikilinks('plain [text](x.md) and [ [not] ]')).toEqual([]);
	});
});

describe('linkpathOf', () => {
	it('drops a trailing .md only', () => {
		const link = (text: string): string | undefined => {
			const parsed = parseWikilink(text);
			return parsed ? linkpathOf(parsed) : undefined;
		};
		expect(link('[[Note.md]]')).toBe('Note');
		expect(link('[[Note.MD|x]]')).toBe('Note');
		expect(link('[[a/Note#h]]')).toBe('a/Note');
		expect(link('[[img/x.png]]')).toBe('img/x.png');
		expect(link('[[v1.2]]')).toBe('v1.2');
	});
});
