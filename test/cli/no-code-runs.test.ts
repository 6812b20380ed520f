import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import matter from 'gray-matter';
import { load as loadJsYaml4 } from 'js-yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { HOSTILE_DIR, hostileVault, runCli } from './hostile-vault';

/**
 * No note can run code or make the checker write. The fixtures carry real
 * payloads (set a global, write PWNED.txt); a control proves gray-matter's own
 * `matter()` would run such a fence, so these tests would fail if the CLI used it.
 */

const FENCED = ['fence_js.md', 'fence_javascript.md', 'fence_coffee.md'];
const TAGGED = ['yaml_js_tags.md', 'yaml_js_regexp.md', 'yaml_js_undefined.md'];
const flag = globalThis as { __postwrightRan?: unknown; __postwrightControl?: unknown };

/** Every entry under a folder with its size and modification time, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (current: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = path.join(current, entry.name);
			const stat = statSync(full);
			out[path.relative(dir, full)] = `${entry.isDirectory() ? 'dir' : stat.size}@${stat.mtimeMs}`;
			if (entry.isDirectory()) walk(full);
		}
	};
	walk(dir);
	return out;
}

beforeEach(() => {
	delete flag.__postwrightRan;
});

describe('the control: gray-matter itself runs a ---js fence', () => {
	it('evaluates the fence when matter() is called on the note', () => {
		delete flag.__postwrightControl;
		// A harmless payload: if this ever stops running, the tests below prove nothing.
		matter('---js\n{ title: (function () { globalThis.__postwrightControl = 1; return "x"; })() }\n---\nbody');
		expect(flag.__postwrightControl).toBe(1);
		delete flag.__postwrightControl;
	});
});

describe('analyze() with the CLI parser', () => {
	it.each(FENCED)('%s: reports the fence and runs nothing', (name) => {
		const text = readFileSync(path.join(HOSTILE_DIR, name), 'utf8');
		expect(text).toContain('__postwrightRan = true');
		const analysis = analyze(text, { path: name, parseYaml: parseYamlWithGrayMatter, today: '2026-03-01' });
		expect(analysis.post.frontmatter.state).toBe('foreign');
		expect(analysis.post.frontmatter.data).toBeNull();
		expect(analysis.findings.find((f) => f.ruleId === 'frontmatter-yaml')?.message).toMatch(/fence declares `(js|javascript|coffee)`/);
		expect(flag.__postwrightRan).toBeUndefined();
	});

	it.each(TAGGED)('%s: the js tag is rejected as an unknown tag, not built', (name) => {
		const text = readFileSync(path.join(HOSTILE_DIR, name), 'utf8');
		const analysis = analyze(text, { path: name, parseYaml: parseYamlWithGrayMatter, today: '2026-03-01' });
		expect(analysis.post.frontmatter.state).toBe('invalid');
		expect(analysis.findings.find((f) => f.ruleId === 'frontmatter-yaml')?.message).toMatch(/unknown tag .*js\/(function|regexp|undefined)/);
		expect(flag.__postwrightRan).toBeUndefined();
	});
});

describe('both YAML parsers refuse the js tags outright', () => {
	const documents = [
		'f: !!js/function "function () { globalThis.__postwrightRan = true; }"',
		'r: !!js/regexp /(a+)+$/',
		'u: !!js/undefined ~',
	];
	it.each(documents)('%s', (yaml) => {
		expect(() => parseYamlWithGrayMatter(yaml)).toThrow(/unknown tag/);
		expect(() => loadJsYaml4(yaml)).toThrow(/unknown tag/);
		expect(flag.__postwrightRan).toBeUndefined();
	});
});

describe('the CLI check over the hostile folder', () => {
	let vault = '';
	let before: Record<string, string> = {};
	let cwdBefore: string[] = [];
	let result: Awaited<ReturnType<typeof runCli>>;

	beforeAll(async () => {
		vault = hostileVault({ generated: false });
		before = snapshot(vault);
		cwdBefore = readdirSync(process.cwd());
		delete flag.__postwrightRan;
		result = await runCli(['check', '.', '--format', 'json'], vault);
	});
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it('checked the fenced notes (they are in the report)', () => {
		const paths = (JSON.parse(result.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
		for (const name of [...FENCED, ...TAGGED]) expect(paths).toContain(name);
	});

	it('ran none of their code', () => {
		expect(flag.__postwrightRan).toBeUndefined();
		expect(readdirSync(vault)).not.toContain('PWNED.txt');
		expect(readdirSync(process.cwd())).toEqual(cwdBefore);
	});

	it('wrote nothing: every file and folder has the same size and modification time', () => {
		expect(snapshot(vault)).toEqual(before);
	});
});
