import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { load as loadWithJsYaml4 } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../src/core/parse/post';
import { parseYamlWithGrayMatter, parseYamlWithJsYaml } from '../../src/cli/yaml';
import { readSimpleFrontmatter } from '../../src/cli/yaml-fast';
import { generatedHostileFiles } from '../fixtures/hostile/generated';
import { generatedFrontmatter, ordinaryFrontmatterWith, REALISTIC_KEYS, REALISTIC_SCALARS, seededRandom, TRICKY_KEYS, TRICKY_SCALARS } from './yaml-grammar';

/**
 * The CLI's fast frontmatter path must never give a result js-yaml would not:
 * wherever it answers, its answer is compared with js-yaml 3 (the engine it
 * stands in for, gray-matter's safe loader) and js-yaml 4 (Obsidian's
 * parseYaml), down to key order, types and prototypes; wherever js-yaml
 * throws, it must decline so the CLI reports js-yaml's own error. And it must
 * actually answer for the frontmatter posts have, or it is dead weight.
 */

const jsYaml3 = (matter as unknown as { engines: { yaml: { parse: (source: string) => unknown } } }).engines.yaml;
const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 6000;
/** Another seed explores other frontmatters: `FUZZ_SEED=7 FUZZ_RUNS=100000 npx vitest run test/cli/yaml-fast.test.ts`. */
const SEED = Number(process.env.FUZZ_SEED) || 20261130;

/**
 * A value spelled out so that equal shapes mean the same keys in the same
 * order, the same types and prototypes. A node met again (a YAML alias) is
 * named by the order it was first met, so shared structure (the billion-laughs
 * note) is compared as shared, not expanded.
 */
function shape(value: unknown, seen = new Map<object, number>()): unknown {
	if (value === null || typeof value !== 'object') return { [value === null ? 'null' : typeof value]: value };
	const again = seen.get(value);
	if (again !== undefined) return { again };
	seen.set(value, seen.size);
	if (value instanceof Date) return { date: value.getTime(), proto: Object.getPrototypeOf(value) === Date.prototype };
	if (Array.isArray(value)) return { list: value.map((item) => shape(item, seen)), proto: Object.getPrototypeOf(value) === Array.prototype };
	const record = value as Record<string, unknown>;
	return {
		proto: Object.getPrototypeOf(value) === Object.prototype,
		fields: Reflect.ownKeys(record).map((key) => [String(key), Object.getOwnPropertyDescriptor(record, key)?.enumerable, shape(record[key as string], seen)]),
	};
}

type Outcome = { value: unknown } | { error: string };

function outcome(parse: (source: string) => unknown, source: string): Outcome {
	try {
		return { value: parse(source) };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** Compares the fast path with both js-yamls on one frontmatter; true when the fast path answered. */
function expectSameAsJsYaml(source: string): boolean {
	const fast = readSimpleFrontmatter(source);
	const v3 = outcome((text) => jsYaml3.parse(text), source);
	// Whichever path answers, the CLI's parser answers as it did before the fast path (js-yaml 3 with
	// the nesting limit), errors included.
	const cli = outcome(parseYamlWithGrayMatter, source);
	const before = outcome(parseYamlWithJsYaml, source);
	if ('error' in before) expect(cli, JSON.stringify(source)).toEqual(before);
	else expect('value' in cli && shape(cli.value), JSON.stringify(source)).toEqual(shape(before.value));
	if (fast === undefined) return false;
	expect(v3, `js-yaml 3 throws where the fast path answered: ${JSON.stringify(source)}`).toHaveProperty('value');
	const v4 = outcome((text) => loadWithJsYaml4(text), source);
	expect(shape(fast), `js-yaml 3 on ${JSON.stringify(source)}`).toEqual(shape((v3 as { value: unknown }).value));
	expect(v4, `js-yaml 4 throws where the fast path answered: ${JSON.stringify(source)}`).toHaveProperty('value');
	expect(shape(fast), `js-yaml 4 on ${JSON.stringify(source)}`).toEqual(shape((v4 as { value: unknown }).value));
	return true;
}

/** The YAML of a note exactly as the core hands it to the parser (fences split off, line endings normalised). */
function frontmatterOf(text: string): string[] {
	const seen: string[] = [];
	parsePost(text, (yaml) => {
		seen.push(yaml);
		return parseYamlWithGrayMatter(yaml);
	});
	return seen;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(full);
		return entry.name.endsWith('.md') ? [full] : [];
	});
}

interface BenchPosts {
	referencePost: (variant?: number, links?: string[]) => string;
	longPost: (bytes: number, variant?: number) => string;
}

async function benchPosts(): Promise<BenchPosts> {
	return (await import(pathToFileURL(fileURLToPath(new URL('../../bench/post.mjs', import.meta.url))).href)) as BenchPosts;
}

describe('fast frontmatter path agrees with js-yaml', () => {
	it('on every frontmatter in test/fixtures and the generated hostile notes', () => {
		const files = markdownFiles(FIXTURES);
		const answeredFiles = new Set<string>();
		let frontmatters = 0;
		for (const file of files) {
			for (const yaml of frontmatterOf(readFileSync(file, 'utf8'))) {
				frontmatters++;
				if (expectSameAsJsYaml(yaml)) answeredFiles.add(path.relative(FIXTURES, file));
			}
		}
		for (const content of Object.values(generatedHostileFiles())) {
			if (typeof content === 'string') for (const yaml of frontmatterOf(content)) expectSameAsJsYaml(yaml);
		}
		// About half the fixtures are hostile or broken on purpose; the ordinary posts are all read here.
		expect(frontmatters).toBeGreaterThan(50);
		expect(answeredFiles.size).toBeGreaterThan(frontmatters * 0.4);
		expect(answeredFiles.size).toBeLessThan(frontmatters);
		expect([...answeredFiles]).toEqual(expect.arrayContaining([
			'posts/clean_launch_post.md', 'posts/body_problems.md', 'posts/emoji_hook.md', 'posts/variants_thread.md',
			'export/infrastructure_bet.md', 'hostile/control/control_post.md', 'hostile/bom_crlf.md', 'hostile/empty_fields.md',
		]));
	});

	it('on the bench posts, and reads every one of them itself', async () => {
		const { referencePost, longPost } = await benchPosts();
		const links = ['meeting_culture', 'async_work', 'incident_estimate_i7', 'x'];
		const notes = Array.from({ length: 300 }, (_, variant) => referencePost(variant, links.slice(0, 1 + (variant % links.length))));
		notes.push(longPost(50_000, 7));
		const frontmatters = notes.flatMap(frontmatterOf);
		expect(frontmatters).toHaveLength(notes.length);
		for (const yaml of frontmatters) expect(expectSameAsJsYaml(yaml), yaml).toBe(true);
	});

	it('on each tricky scalar, key and line alone in an ordinary frontmatter', () => {
		const cases: string[] = [];
		for (const scalar of [...REALISTIC_SCALARS, ...TRICKY_SCALARS]) {
			cases.push(ordinaryFrontmatterWith('field', `extra: ${scalar}`), ordinaryFrontmatterWith('field', `extra:${scalar}`));
			cases.push(ordinaryFrontmatterWith('item', scalar), ordinaryFrontmatterWith('line', `- ${scalar}`));
		}
		for (const key of [...REALISTIC_KEYS, ...TRICKY_KEYS]) {
			cases.push(ordinaryFrontmatterWith('field', `${key}: x`), ordinaryFrontmatterWith('field', `${key}:`), ordinaryFrontmatterWith('line', `${key}: x`));
		}
		for (const line of ['', ' ', '  ', '  - x', ' - x', '-', '- ', '-  x', '-x', '  x', 'x', '# c', '  # c', '---', '...', '\t', '\t- x', '  -\tx', '? x', ': x']) {
			cases.push(ordinaryFrontmatterWith('line', line), ordinaryFrontmatterWith('item', line));
		}
		const answered = cases.filter(expectSameAsJsYaml).length;
		expect(answered).toBeGreaterThan(cases.length / 4);
		expect(answered).toBeLessThan(cases.length * 3 / 4);
	});

	it(`on ${RUNS} frontmatters generated from tricky scalars, keys and line shapes`, () => {
		const random = seededRandom(SEED);
		let answered = 0;
		let declinedWhereJsYamlReads = 0;
		let declinedWhereJsYamlThrows = 0;
		const answeredShapes = new Set<string>();
		for (let run = 0; run < RUNS; run++) {
			const yaml = generatedFrontmatter(random);
			if (expectSameAsJsYaml(yaml)) {
				answered++;
				for (const value of Object.values(readSimpleFrontmatter(yaml) ?? {})) {
					answeredShapes.add(value instanceof Date ? 'date' : Array.isArray(value) ? `list of ${value.length}` : value === null ? 'null' : typeof value);
				}
			} else {
				try {
					jsYaml3.parse(yaml);
					declinedWhereJsYamlReads++;
				} catch {
					declinedWhereJsYamlThrows++;
				}
			}
		}
		// The comparison is not vacuous: many answered, of every kind, and many declined both ways.
		expect(answered).toBeGreaterThan(RUNS / 5);
		expect(declinedWhereJsYamlReads).toBeGreaterThan(RUNS / 10);
		expect(declinedWhereJsYamlThrows).toBeGreaterThan(RUNS / 20);
		expect([...answeredShapes].sort()).toEqual(expect.arrayContaining(['date', 'list of 1', 'list of 2', 'list of 3', 'null', 'string']));
	}, 60_000);
});

describe('fast frontmatter path: the cases it reads, and the ones it leaves to js-yaml', () => {
	it.each([
		['name: a\ntags:\n  - "[[x]]"\n  - b\nlast_updated: 2026-02-30\nlink:', true],
		['tags:\n- a\n- b\nname: c', true],
		["description: it's 10 o'clock — late\nx: 'a # b'", true],
		['name: a\nname: b', false],
		['name: True', false],
		['name: 12:30', false],
		['name: 2026-02-22 10:00:00', false],
		['name: a # comment', false],
		['name: a\n  continued', false],
		['name:\n  - a\n    continued', false],
		['__proto__: a', false],
		['name: "a\\tb"', false],
		['# comment\nname: a', false],
	])('%j read by the fast path: %s', (yaml, answers) => {
		expect(expectSameAsJsYaml(yaml)).toBe(answers);
	});

	it('a duplicated key still fails with js-yaml 3\'s own error', () => {
		expect(() => parseYamlWithGrayMatter('name: a\nname: b')).toThrow(/duplicated mapping key/);
	});
});
