import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNotePath, PathResolver } from '../../../src/core/links';

const VAULT = [
	'Note.md',
	'b/Note.md',
	'c/Note.md',
	'posts/a.md',
	'posts/sub/a2.md',
	'img/x.png',
	'docs/report.pdf',
	'deep/folder/Only.md',
	'xOnly.md',
];

describe('PathResolver.resolve', () => {
	const resolver = new PathResolver(VAULT);

	it('resolves a unique name from anywhere, .md optional', () => {
		expect(resolver.resolve('Only', 'posts/a.md')).toBe('deep/folder/Only.md');
		expect(resolver.resolve('Only.md', 'posts/a.md')).toBe('deep/folder/Only.md');
		expect(resolver.resolve('folder/Only', 'Note.md')).toBe('deep/folder/Only.md');
	});

	it('matches on a path-segment boundary only', () => {
		const r = new PathResolver(['xNote.md', 'a/xNote.md']);
		expect(r.resolve('Note', 'a/b.md')).toBeNull();
		expect(r.resolve('older/Only', 'a.md')).toBeNull();
		expect(resolver.resolve('older/Only', 'a.md')).toBeNull();
	});

	it('rule 1: an exact vault path wins, even over a match beside the source', () => {
		expect(resolver.resolve('Note', 'b/x.md')).toBe('Note.md');
		expect(resolver.resolve('b/Note', 'c/x.md')).toBe('b/Note.md');
		expect(resolver.resolve('c/Note.md', 'b/x.md')).toBe('c/Note.md');
	});

	it('rule 2: a match in the source note\'s own folder wins over a shorter one elsewhere', () => {
		const r = new PathResolver(['z/Topic.md', 'posts/Topic.md', 'posts/deeper/Topic.md']);
		expect(r.resolve('Topic', 'posts/draft.md')).toBe('posts/Topic.md');
		expect(r.resolve('Topic', 'posts/deeper/draft.md')).toBe('posts/deeper/Topic.md');
	});

	it('rule 2: an ancestor folder counts for nothing', () => {
		const r = new PathResolver(['z/Topic.md', 'posts/Topic.md']);
		expect(r.resolve('Topic', 'posts/sub/draft.md')).toBe('z/Topic.md');
	});

	it('rule 2 compares the folder of the match, also for a link with a folder', () => {
		const r = new PathResolver(['q/b/Topic.md', 'x/b/Topic.md']);
		expect(r.resolve('b/Topic', 'x/b/draft.md')).toBe('x/b/Topic.md');
		expect(r.resolve('b/Topic', 'x/draft.md')).toBe('q/b/Topic.md');
	});

	it('rule 3: otherwise the shortest path wins, ties alphabetically', () => {
		const r = new PathResolver(['long/folder/Topic.md', 'mid/Topic.md', 'aaa/Topic.md', 'zz/Topic.md']);
		expect(r.resolve('Topic', 'elsewhere/x.md')).toBe('zz/Topic.md');
		const tie = new PathResolver(['bb/Topic.md', 'aa/Topic.md', 'cc/Topic.md']);
		expect(tie.resolve('Topic', 'x.md')).toBe('aa/Topic.md');
		expect(new PathResolver(['cc/Topic.md', 'bb/Topic.md', 'aa/Topic.md']).resolve('Topic', 'x.md')).toBe('aa/Topic.md');
	});

	it('ignores case when no exact-case match exists', () => {
		expect(resolver.resolve('only', 'x.md')).toBe('deep/folder/Only.md');
		expect(resolver.resolve('DEEP/Folder/ONLY.MD', 'x.md')).toBe('deep/folder/Only.md');
		expect(resolver.resolve('IMG/X.PNG', 'x.md')).toBe('img/x.png');
	});

	it('prefers an exact-case match over a case-insensitive one at every step', () => {
		const r = new PathResolver(['note.md', 'b/Note.md', 'posts/NOTE.md']);
		// The root note.md would win rule 1 and rule 3 ignoring case, but b/Note.md matches the case.
		expect(r.resolve('Note', 'x.md')).toBe('b/Note.md');
		expect(r.resolve('Note', 'posts/x.md')).toBe('b/Note.md');
		expect(r.resolve('note', 'posts/x.md')).toBe('note.md');
		// Without an exact-case match, the usual order applies to the case-insensitive ones.
		expect(r.resolve('nOTE', 'posts/x.md')).toBe('note.md');
		expect(r.resolve('nOTE', 'b/x.md')).toBe('note.md');
		const same = new PathResolver(['a/Note.md', 'b/note.md']);
		expect(same.resolve('note', 'a/x.md')).toBe('b/note.md');
		expect(same.resolve('NOTE', 'a/x.md')).toBe('a/Note.md');
	});

	it('resolves attachments only with their extension', () => {
		expect(resolver.resolve('img/x.png', 'posts/a.md')).toBe('img/x.png');
		expect(resolver.resolve('x.png', 'posts/a.md')).toBe('img/x.png');
		expect(resolver.resolve('report.pdf', 'posts/a.md')).toBe('docs/report.pdf');
		expect(resolver.resolve('img/x', 'posts/a.md')).toBeNull();
		expect(resolver.resolve('report', 'posts/a.md')).toBeNull();
	});

	it('resolves a note whose name contains a dot, and a link written with .md', () => {
		const r = new PathResolver(['v1.2.md', 'Note.md', 'n/Note.md.md']);
		expect(r.resolve('v1.2', 'x.md')).toBe('v1.2.md');
		expect(r.resolve('Note.md', 'x.md')).toBe('Note.md');
		expect(r.resolve('Note.md.md', 'x.md')).toBe('n/Note.md.md');
	});

	it('returns null when nothing matches', () => {
		expect(resolver.resolve('Missing', 'posts/a.md')).toBeNull();
		expect(resolver.resolve('posts/Missing', 'posts/a.md')).toBeNull();
		expect(resolver.resolve('zz/Note', 'posts/a.md')).toBeNull();
		expect(new PathResolver([]).resolve('Note', 'a.md')).toBeNull();
	});

	it('ignores a subpath or alias passed by mistake, and surrounding spaces', () => {
		expect(resolver.resolve('Only#Heading', 'a.md')).toBe('deep/folder/Only.md');
		expect(resolver.resolve(' Only |x', 'a.md')).toBe('deep/folder/Only.md');
	});

	it('reads a link by the link rules even where a file is named exactly as the link is written', () => {
		const odd = new PathResolver(['h#sh.md', 'h.md', ' pad.md', 'v1.2.md', 'v1.2', 'x/Solo.md']);
		// `#` starts a subpath and blanks are trimmed, whatever file names the vault holds.
		expect(odd.resolve('h#sh', 'a.md')).toBe('h.md');
		expect(odd.resolve(' pad', 'a.md')).toBeNull();
		// A dotted name finds the file of exactly that name before the note.
		expect(odd.resolve('v1.2', 'a.md')).toBe('v1.2');
		expect(odd.resolve('Solo', 'q/a.md')).toBe('x/Solo.md');
		expect(odd.resolve('solo', 'q/a.md')).toBe('x/Solo.md');
	});

	it('resolves an empty link path to the source note itself ([[#heading]])', () => {
		expect(resolver.resolve('', 'posts/a.md')).toBe('posts/a.md');
		expect(resolver.resolve('#Heading', 'posts/a.md')).toBe('posts/a.md');
		expect(resolver.resolve('', 'not/in/vault.md')).toBeNull();
	});

	it('treats a leading / as the vault root, with no name search', () => {
		expect(resolver.resolve('/Note', 'b/x.md')).toBe('Note.md');
		expect(resolver.resolve('/b/Note', 'x.md')).toBe('b/Note.md');
		expect(resolver.resolve('/Only', 'x.md')).toBeNull();
	});

	it('resolves ./ and ../ relative to the source folder, with no name search', () => {
		expect(resolver.resolve('./Note', 'b/x.md')).toBe('b/Note.md');
		expect(resolver.resolve('../Note', 'b/x.md')).toBe('Note.md');
		expect(resolver.resolve('../c/Note', 'b/x.md')).toBe('c/Note.md');
		expect(resolver.resolve('./sub/a2', 'posts/a.md')).toBe('posts/sub/a2.md');
		expect(resolver.resolve('../../img/x.png', 'posts/sub/a2.md')).toBe('img/x.png');
		expect(resolver.resolve('./Only', 'posts/a.md')).toBeNull();
		expect(resolver.resolve('../Note', 'Note.md')).toBeNull();
	});

	it('collapses . and .. inside a path', () => {
		expect(resolver.resolve('b/../c/./Note', 'x.md')).toBe('c/Note.md');
	});

	it('accepts vault paths given with a leading ./ or /, and duplicates', () => {
		const r = new PathResolver(['./a/Note.md', '/b/Other.md', 'a/Note.md']);
		expect(r.resolve('Note', 'x.md')).toBe('a/Note.md');
		expect(r.resolve('Other', 'x.md')).toBe('b/Other.md');
	});

	it('resolves among 10,000 notes without scanning the vault', () => {
		const paths: string[] = [];
		for (let i = 0; i < 10_000; i++) paths.push(`posts/${i % 100}/post_${i}.md`);
		paths.push('posts/7/Shared.md', 'Shared.md');
		const r = new PathResolver(paths);
		const start = performance.now();
		for (let i = 0; i < 10_000; i++) r.resolve(`post_${i}`, 'posts/1/x.md');
		expect(performance.now() - start).toBeLessThan(500);
		expect(r.resolve('post_4242', 'x.md')).toBe('posts/42/post_4242.md');
		expect(r.resolve('Shared', 'posts/7/x.md')).toBe('Shared.md');
	});
});

/** The three rules read literally, over the whole vault: what the indexed resolver must agree with. */
function naiveResolve(vault: string[], link: string, source: string): string | null {
	const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : '';
	const target = link + '.md';
	for (const fold of [(s: string): string => s, (s: string): string => s.toLowerCase()]) {
		const wanted = fold(target);
		const matches = [...new Set(vault)].filter((p) => fold(p) === wanted || fold(p).endsWith('/' + wanted));
		const rank = (p: string): number => (fold(p) === wanted ? 0 : p.slice(0, p.lastIndexOf('/')) === folder ? 1 : 2);
		matches.sort((a, b) => rank(a) - rank(b) || a.length - b.length || (a < b ? -1 : 1));
		if (matches[0] !== undefined) return matches[0];
	}
	return null;
}

describe('PathResolver.resolve against the rules read literally', () => {
	it('agrees on random vaults', () => {
		const segment = fc.constantFrom('a', 'A', 'b', 'ab', 'Ab');
		const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
		fc.assert(
			fc.property(fc.array(path, { maxLength: 12 }), path, path, (notes, link, source) => {
				const vault = notes.map((n) => n + '.md');
				expect(new PathResolver(vault).resolve(link, source + '.md')).toBe(naiveResolve(vault, link, source + '.md'));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('PathResolver.suggest', () => {
	const notes = [
		'concepts/ruben_personality_v01.md',
		'concepts/ruben_personality_v02.md',
		'concepts/hook_types.md',
		'meeting_notes.md',
		'a/Topic.md',
		'b/Topic.md',
		'Topics.md',
		'img/photo.png',
		'cat.md',
	];
	const resolver = new PathResolver(notes);

	it('suggests the note a typo meant, best first', () => {
		const suggestions = resolver.suggest('ruben_personalty_v01', 5);
		expect(suggestions[0]).toBe('ruben_personality_v01');
		expect(suggestions).toEqual(['ruben_personality_v01', 'ruben_personality_v02']);
	});

	it('ignores case, a folder, .md and a subpath in the link', () => {
		expect(resolver.suggest('wrong/Ruben_Personalty_V01.md#Intro', 1)).toEqual(['ruben_personality_v01']);
		expect(resolver.suggest('hook_type', 3)).toEqual(['hook_types']);
	});

	it('does not suggest unrelated names', () => {
		expect(resolver.suggest('quarterly_budget_review', 5)).toEqual([]);
		expect(resolver.suggest('dog', 5)).toEqual([]);
		expect(resolver.suggest('zzzzzzzzzz', 5)).toEqual([]);
	});

	it('respects the limit', () => {
		expect(resolver.suggest('ruben_personalty_v01', 1)).toEqual(['ruben_personality_v01']);
		expect(resolver.suggest('ruben_personalty_v01', 0)).toEqual([]);
	});

	it('shows paths when base names collide, and ranks a shared prefix first', () => {
		expect(resolver.suggest('Topc', 5)).toEqual(['a/Topic', 'b/Topic', 'Topics']);
	});

	it('suggests attachments for a link with their extension', () => {
		expect(resolver.suggest('photo.pgn', 3)).toEqual(['photo.png']);
		expect(resolver.suggest('photo', 3)).toEqual([]);
	});

	it('returns nothing for an empty link', () => {
		expect(resolver.suggest('', 5)).toEqual([]);
		expect(resolver.suggest('#Heading', 5)).toEqual([]);
	});

	it('stays fast on a 10,000-note vault', () => {
		const paths: string[] = [];
		for (let i = 0; i < 10_000; i++) paths.push(`posts/${i % 100}/post_about_topic_${i}.md`);
		const r = new PathResolver(paths);
		const start = performance.now();
		for (let i = 0; i < 20; i++) r.suggest(`post_abuot_topic_${i * 37}`, 5);
		expect(performance.now() - start).toBeLessThan(1000);
		expect(r.suggest('post_abuot_topic_4242', 1)).toEqual(['post_about_topic_4242']);
	});
});

describe('createNotePath', () => {
	it('creates a bare name in the vault root, whatever folder the source is in', () => {
		expect(createNotePath('New idea', 'posts/a.md')).toBe('New idea.md');
	});

	it('keeps the link\'s folder, from the vault root', () => {
		expect(createNotePath('concepts/new_idea', 'posts/a.md')).toBe('concepts/new_idea.md');
		expect(createNotePath('/concepts/new_idea', 'posts/a.md')).toBe('concepts/new_idea.md');
	});

	it('does not add .md twice, and drops a subpath or alias', () => {
		expect(createNotePath('new_idea.md', 'a.md')).toBe('new_idea.md');
		expect(createNotePath('new_idea#Heading', 'a.md')).toBe('new_idea.md');
	});

	it('takes ./ and ../ relative to the source folder', () => {
		expect(createNotePath('./draft', 'posts/a.md')).toBe('posts/draft.md');
		expect(createNotePath('../concepts/x', 'posts/sub/a.md')).toBe('posts/concepts/x.md');
	});

	it('returns an empty path when the link names no file', () => {
		expect(createNotePath('', 'a.md')).toBe('');
		expect(createNotePath('../x', 'a.md')).toBe('');
	});
});
