import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { fixText } from '../../src/core/fix';
import { PathResolver } from '../../src/core/links/path-resolver';
import { localDate } from '../../src/core/dates';
import { fixFile } from '../../src/cli/fix-files';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { FIXTURES, lines, runBinary, tempDir, tempVault } from './binary';
import { HOSTILE_DIR } from './hostile-vault';

/**
 * `check --fix` and `--fix-dry-run` with the built binary, on copies of the
 * fixture posts and the hostile corpus in a temporary vault: what changes is
 * exactly what the core's fixes say, nothing else in any file, and no file
 * that is not a post.
 */

function allFiles(root: string, prefix = ''): string[] {
	return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		return entry.isDirectory() ? allFiles(root, relative) : [relative];
	});
}
const snapshot = (root: string): Map<string, string> => new Map(allFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));

/** A vault with the fixture posts, their notes, and the hostile corpus under hostile/. */
function fixVault(): string {
	const vault = tempVault();
	cpSync(HOSTILE_DIR, path.join(vault, 'hostile'), { recursive: true, filter: (source) => !source.endsWith('.ts') });
	return vault;
}

/** The fixed text as the core computes it, for a note in `vault`. */
function expectedFix(vault: string, file: string, prose: boolean): string {
	const bytes = readFileSync(path.join(vault, file));
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const resolver = new PathResolver(allFiles(vault).filter((f) => !f.startsWith('.obsidian/')));
	const analyse = (t: string) => analyze(t, { path: file, parseYaml: parseYamlWithGrayMatter, today: localDate(new Date()), resolver }).findings;
	return (bom ? '\uFEFF' : '') + fixText(text, analyse, { prose }).text;
}

describe('--fix-dry-run', () => {
	it('prints a unified diff per file and a summary, and writes nothing', () => {
		const vault = fixVault();
		const before = snapshot(vault);
		const { code, stdout, stderr } = runBinary(['check', '.', '--fix-dry-run'], vault);
		expect(stderr).toBe('');
		expect(code).toBe(1);
		expect(snapshot(vault)).toEqual(before);
		expect(stdout).toContain('--- posts/link_problems.md\n+++ posts/link_problems.md (fixed)\n@@ ');
		expect(stdout).toContain('\n-  - [[launch_checklist]]\n+  - "[[launch_checklist]]"\n   - "[[deep_wrok]]"\n-  - plain_name\n+  - "[[plain_name]]"\n');
		expect(stdout).toMatch(/^would fix posts\/link_problems\.md: Quote the link \(related-concepts-link\); Make it "\[\[plain_name\]\]" \(related-concepts-link\)$/m);
		expect(stdout).toMatch(/^Would fix \d+ problems in \d+ files; nothing was written\.$/m);
	});
});

describe('--fix', () => {
	it('changes exactly what the core\'s fixes say, only in posts; a second run changes nothing', () => {
		const vault = fixVault();
		const before = snapshot(vault);
		const expected = new Map([...before.keys()].filter((f) => f.endsWith('.md')).flatMap((file) => {
			try {
				return [[file, expectedFix(vault, file, false)] as const];
			} catch {
				return [];
			}
		}));
		const originals = new Map([...before.keys()].map((file) => [file, readFileSync(path.join(vault, file))]));
		const first = runBinary(['check', '.', '--fix'], vault);
		expect(first.stderr).toBe('');
		const fixedLines = lines(first.stdout).filter((line) => line.startsWith('fixed '));
		const fixedFiles = fixedLines.map((line) => line.slice(6, line.indexOf(': ')));
		expect(fixedFiles).toEqual(expect.arrayContaining(['posts/link_problems.md', 'posts/frontmatter_problems.md', 'hostile/unquoted_wikilinks.md']));
		const after = snapshot(vault);
		// No file appeared or went (no temporary file left behind).
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [file, hash] of after) {
			const now = readFileSync(path.join(vault, file));
			if (!fixedFiles.includes(file)) {
				expect(hash, `${file} was not reported fixed, so it must not change`).toBe(before.get(file));
				continue;
			}
			expect(now.toString('utf8'), file).toBe(expected.get(file));
			// A CRLF note stays CRLF: no bare line feed is added.
			const original = originals.get(file)!.toString('utf8');
			if (/\r\n/.test(original) && !/(^|[^\r])\n/.test(original)) expect(/(^|[^\r])\n/.test(now.toString('utf8')), `${file} keeps CRLF`).toBe(false);
		}
		// Notes that are not posts are never touched, even when a fix is offered (a near-miss node_type).
		for (const file of ['notes/deep_work.md', 'notes/launch_checklist.md', 'posts/near_miss_node_type.md', 'hostile/unknown_profile.md', 'hostile/empty.md']) expect(after.get(file), file).toBe(before.get(file));
		expect(lastLine(first.stdout)).toMatch(/ in \d+ posts of \d+ files/);
		expect(first.stdout).toMatch(/^Fixed \d+ problems in \d+ files\.$/m);

		const second = runBinary(['check', '.', '--fix'], vault);
		expect(snapshot(vault)).toEqual(after);
		expect(second.stdout).toMatch(/^Fixed 0 problems in 0 files\.$/m);
	});

	it('leaves prose alone unless --fix-prose: an em dash stays, then goes', () => {
		const post = readFileSync(path.join(HOSTILE_DIR, 'control', 'control_post.md'), 'utf8');
		expect(post).toMatch(/ — /);
		const vault = tempVault({ 'posts/control_post.md': post, 'control_concept.md': readFileSync(path.join(HOSTILE_DIR, 'control', 'control_concept.md'), 'utf8') }, { fixtures: false });
		runBinary(['check', '.', '--fix'], vault);
		const afterPlain = readFileSync(path.join(vault, 'posts', 'control_post.md'), 'utf8');
		expect(afterPlain).toMatch(/ — /);
		const expected = expectedFix(vault, 'posts/control_post.md', true);
		const prose = runBinary(['check', '.', '--fix', '--fix-prose'], vault);
		expect(prose.stdout).toMatch(/^fixed posts\/control_post\.md: .*Replace with a comma \(slop-em-dash\)/m);
		const afterProse = readFileSync(path.join(vault, 'posts', 'control_post.md'), 'utf8');
		expect(afterProse).not.toMatch(/ — /);
		expect(afterProse).toBe(expected);
	});

	it('keeps the file mode, and --fix with --fix-dry-run, or --fix-prose alone, is a usage error', () => {
		const vault = tempVault();
		const file = path.join(vault, 'posts', 'link_problems.md');
		chmodSync(file, 0o640);
		runBinary(['check', 'posts/link_problems.md', '--fix'], vault);
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(readFileSync(file, 'utf8')).toContain('  - "[[launch_checklist]]"');
		expect(runBinary(['check', '--fix', '--fix-dry-run'], vault)).toEqual({ code: 2, stdout: '', stderr: 'postwright: --fix and --fix-dry-run exclude each other (see postwright --help)\n' });
		expect(runBinary(['check', '--fix-prose'], vault)).toEqual({ code: 2, stdout: '', stderr: 'postwright: --fix-prose goes with --fix or --fix-dry-run (see postwright --help)\n' });
	});

	it('JSON output lists what was fixed', () => {
		const vault = tempVault();
		const report = JSON.parse(runBinary(['check', 'posts/link_problems.md', '--fix', '--format', 'json'], vault).stdout) as { fixes: Array<{ path: string; applied: Array<{ ruleId: string }> }> };
		expect(report.fixes).toEqual([{ path: 'posts/link_problems.md', applied: [{ ruleId: 'related-concepts-link', title: 'Quote the link' }, { ruleId: 'related-concepts-link', title: 'Make it "[[plain_name]]"' }] }]);
	});
});

describe('fixFile', () => {
	const analyse = (text: string) => analyze(text, { path: 'a.md', parseYaml: parseYamlWithGrayMatter, today: '2026-03-01' }).findings;
	const post = readFileSync(path.join(FIXTURES, 'posts', 'clean_launch_post.md'), 'utf8').replace('name: clean_launch_post', 'name: wrong_name');

	it('skips a file that changed since it was read', () => {
		const dir = tempDir();
		const file = path.join(dir, 'a.md');
		writeFileSync(file, `${post}\nA line the author added meanwhile.\n`);
		const result = fixFile({ file, shown: 'a.md', text: post, analyse, prose: false, dryRun: false });
		expect(result.fix).toEqual({ path: 'a.md', applied: [], skipped: 'changed since it was read' });
		expect(readFileSync(file, 'utf8')).toBe(`${post}\nA line the author added meanwhile.\n`);
	});

	it('skips a file that is not clean UTF-8, whose other bytes a rewrite would replace', () => {
		const dir = tempDir();
		mkdirSync(path.join(dir, 'x'));
		const file = path.join(dir, 'x', 'a.md');
		const bytes = Buffer.concat([Buffer.from(post, 'utf8'), Buffer.from([0xe9, 0x0a])]);
		writeFileSync(file, bytes);
		const text = new TextDecoder().decode(bytes);
		const result = fixFile({ file, shown: 'a.md', text, analyse, prose: false, dryRun: false });
		expect(result.fix.skipped).toMatch(/^not valid UTF-8/);
		expect(readFileSync(file)).toEqual(bytes);
	});

	it('keeps a byte-order mark', () => {
		const dir = tempDir();
		const file = path.join(dir, 'a.md');
		writeFileSync(file, `\uFEFF${post}`);
		const result = fixFile({ file, shown: 'a.md', text: post, analyse, prose: false, dryRun: false });
		expect(result.fix.applied.map((a) => a.ruleId)).toEqual(['name-matches-file']);
		expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${post.replace('name: wrong_name', 'name: a')}`);
	});
});

function lastLine(stdout: string): string {
	return stdout.trimEnd().split('\n').at(-1) ?? '';
}
