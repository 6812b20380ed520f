import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlWithGrayMatter } from '../../../src/cli/yaml';
import { applyEdits } from '../../../src/core/fix';
import { parsePost } from '../../../src/core/parse/post';
import { BUILT_IN_PROFILES } from '../../../src/core/profiles';
import { examplePost } from '../../../src/core/rules/example-post';
import { fillPlaceholders } from '../../../src/core/template/render';
import { quoteLinkEdits, setFieldEdits, yamlScalar } from '../../../src/core/template/yaml-values';

/** Obsidian's parseYaml is js-yaml's load; the CLI's is gray-matter's. Both must read back the string written. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const readBack = (scalar: string): unknown => (load(`key: ${scalar}`) as { key: unknown }).key;
const profile = BUILT_IN_PROFILES[0]!;

describe('yamlScalar', () => {
	it('writes values that read back as the same string, plain where that is safe', () => {
		for (const value of ['Sync: not a feature', 'yes', 'No', 'null', '12', '1_000', '0x1f', '12:30', '2026-02-22T10:00', '#hashtag', '- item', '[[x]]', '"quoted"', 'it\'s', 'trailing ', 'a # b', '']) {
			expect(readBack(yamlScalar(value)), value).toBe(value);
		}
		expect(yamlScalar('published')).toBe('published');
		expect(yamlScalar('2026-03-01')).toBe('2026-03-01');
		expect(yamlScalar('https://www.linkedin.com/posts/42')).toBe('https://www.linkedin.com/posts/42');
		expect(yamlScalar('2026-11-30_hello_world')).toBe('2026-11-30_hello_world');
	});

	it('reads back as the same string for any text', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (value) => {
			fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(value));
			expect(readBack(yamlScalar(value))).toBe(value);
			const parsed = parseYamlWithGrayMatter(`key: ${yamlScalar(value)}\n`) as { key: unknown };
			expect(parsed.key).toBe(value);
		}), { numRuns: RUNS });
	});
});

describe('fillPlaceholders in a template note', () => {
	it('keeps each frontmatter value one string, in quotes, plain or embedded, and the body as typed', () => {
		const template = '---\ntitle: {{title}}\nquoted: "{{title}}"\nsingle: \'{{title}}\'\nabout: About {{title}} # note\nlist:\n  - {{title}}\n---\n# {{title}}\n';
		const title = 'Sync: it\'s "not" a feature #1';
		const filled = fillPlaceholders(template, { title, name: 'sync', date: '2026-03-01' }, profile);
		const data = load(filled.split('---\n')[1]!) as Record<string, unknown>;
		expect(data).toEqual({ title, quoted: title, single: title, about: `About ${title}`, list: [title] });
		expect(filled.endsWith(`---\n# ${title}\n`)).toBe(true);
	});
});

describe('quoteLinkEdits', () => {
	it('quotes unquoted wikilinks in block lists and on a key\'s line, keeping what YAML read them as', () => {
		const text = examplePost()
			.replace('  - "[[async_work]]"', '  - [[async_work]]\n  - "[[team_rituals]]"\n  - [[a "b"|c]] # mine')
			.replace('image:', 'image: [[cover]]');
		const post = parsePost(text, parseYamlWithGrayMatter);
		const quoted = applyEdits(text, quoteLinkEdits(post));
		const data = parsePost(quoted, parseYamlWithGrayMatter).frontmatter.data!;
		expect(data.related_concepts).toEqual(['[[async_work]]', '[[team_rituals]]', '[[a "b"|c]]']);
		expect(data.image).toEqual(['[[cover]]']);
		expect(quoted).toContain('  - "[[a \\"b\\"|c]]" # mine\n');
		expect(quoteLinkEdits(parsePost(quoted, parseYamlWithGrayMatter))).toEqual([]);
	});
});

describe('setFieldEdits', () => {
	it('replaces values, keeps comments and the rest of the block, adds missing fields before the closing line', () => {
		const text = examplePost().replace('status: draft', 'status: draft # for now').replace('link:', 'link:\n  - first_link\n  - second_link');
		const post = parsePost(text, parseYamlWithGrayMatter);
		const edited = applyEdits(text, setFieldEdits(post, { status: 'published', link: 'https://x.com/p', title: 'A: b' })!);
		expect(edited).toContain('status: published # for now\n');
		expect(edited).toContain('link: https://x.com/p\n');
		expect(edited).not.toContain('second_link');
		expect(edited).toContain('title: "A: b"\n---\n');
		expect(edited.split('---\n')[1]!.split('\n').length).toBe(text.split('---\n')[1]!.split('\n').length - 1);
		expect(setFieldEdits(parsePost(edited, parseYamlWithGrayMatter), { status: 'published' })).toEqual([]);
	});

	it('refuses frontmatter it cannot read', () => {
		expect(setFieldEdits(parsePost('---\nstatus: [draft\n---\n', parseYamlWithGrayMatter), { status: 'x' })).toBeNull();
	});
});
