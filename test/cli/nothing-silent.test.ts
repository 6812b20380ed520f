import { mkdirSync, readFileSync, truncateSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, lines, runBinary, tempVault } from './binary';

/** The right vault, the config, and nothing silent: the built binary on temporary vaults with `.obsidian/`. */

interface Report {
	files: Array<{ path: string; profile: string | null; findings: Array<{ ruleId: string; severity: string; message: string; line: number; suggestions?: string[] }> }>;
	summary: { files: number; posts: number; errors: number; warnings: number; infos: number };
}
const json = (stdout: string): Report => JSON.parse(stdout) as Report;
const lastLine = (stdout: string): string => stdout.trimEnd().split('\n').at(-1) ?? '';
const clean = readFileSync(path.join(FIXTURES, 'posts', 'clean_launch_post.md'), 'utf8');

describe('the vault root', () => {
	it('is the folder holding .obsidian/, whether one checks the root, a subfolder, a file, or stands inside a subfolder', () => {
		const vault = tempVault();
		const runs = [
			runBinary(['check', '.', '--format', 'json'], vault),
			runBinary(['check', 'posts', '--format', 'json'], vault),
			runBinary(['check', 'posts/link_problems.md', '--format', 'json'], vault),
			runBinary(['check', '--format', 'json'], path.join(vault, 'posts')),
			runBinary(['check', 'link_problems.md', '--format', 'json'], path.join(vault, 'posts')),
			runBinary(['check', path.join(vault, 'posts'), '--format', 'json'], path.dirname(vault)),
		];
		const unresolved = runs.map((run) => json(run.stdout).files.find((f) => f.path.endsWith('link_problems.md'))!.findings.filter((f) => f.ruleId === 'related-concepts-unresolved').map((f) => f.message));
		// Only the typo is unresolved: launch_checklist and deep_work live in notes/, outside the folder checked.
		expect(unresolved[0]).toEqual([expect.stringContaining('[[deep_wrok]]')]);
		for (const messages of unresolved) expect(messages).toEqual(unresolved[0]);
	});

	it('reads .postwright.json from the vault root when run from a subfolder', () => {
		const vault = tempVault({ '.postwright.json': JSON.stringify({ severities: { 'related-concepts-unresolved': 'off' } }) });
		const ids = json(runBinary(['check', '.', '--format', 'json'], path.join(vault, 'posts')).stdout).files.flatMap((f) => f.findings.map((x) => x.ruleId));
		expect(ids).toContain('related-concepts-link');
		expect(ids).not.toContain('related-concepts-unresolved');
	});

	it('without .obsidian/: the current folder when the paths are inside it, else the first path\'s folder', () => {
		const vault = tempVault();
		const outside = path.join(vault, 'posts');
		// Inside: the current folder (the vault) is the root, so notes/ resolves.
		const inside = json(runBinary(['check', 'posts/link_problems.md', '--format', 'json', '--vault', '.'], vault).stdout);
		expect(inside.files[0]!.findings.filter((f) => f.ruleId === 'related-concepts-unresolved')).toHaveLength(1);
		// --vault posts: notes/ is outside the root, so its notes do not resolve.
		const narrow = json(runBinary(['check', outside, '--format', 'json', '--vault', outside], vault).stdout);
		expect(narrow.files.find((f) => f.path.endsWith('clean_launch_post.md'))!.findings.map((f) => f.ruleId)).toContain('related-concepts-unresolved');
	});
});

describe('nothing silent', () => {
	it('a post whose node_type is a near miss gets node-type-unknown with the id to use, and no tick', () => {
		const vault = tempVault({
			'drafts/underscore.md': clean.replace('node_type: linkedin-post', 'node_type: linkedin_post').replace('name: clean_launch_post', 'name: underscore'),
			'drafts/capital.md': clean.replace('node_type: linkedin-post', 'node_type: LinkedIn-post').replace('name: clean_launch_post', 'name: capital'),
			'drafts/missing.md': clean.replace('node_type: linkedin-post\n', '').replace('name: clean_launch_post', 'name: missing'),
		});
		const result = runBinary(['check', 'drafts'], vault);
		expect(result.code).toBe(0);
		const found = result.stdout.split('\n').filter((line) => line.includes(' node-type-unknown '));
		expect(found).toEqual([
			expect.stringMatching(/^drafts\/capital\.md:5:\d+ warning node-type-unknown `node_type` is `LinkedIn-post`, which names no profile.*expected `linkedin-post`\.$/),
			expect.stringMatching(/^drafts\/missing\.md:1:1 warning node-type-unknown This note has a post's sections but no `node_type`, so it is not checked; expected one of linkedin-post\.$/),
			expect.stringMatching(/^drafts\/underscore\.md:5:\d+ warning node-type-unknown `node_type` is `linkedin_post`.*expected `linkedin-post`\.$/),
		]);
		expect(lastLine(result.stdout)).toBe('✖ 3 problems (0 errors, 3 warnings, 0 infos) in 0 posts of 3 files');
		const report = json(runBinary(['check', 'drafts', '--format', 'json'], vault).stdout);
		expect(report.files.map((f) => [f.path, f.profile, f.findings[0]?.suggestions])).toEqual([
			['drafts/capital.md', null, ['linkedin-post']], ['drafts/missing.md', null, ['linkedin-post']], ['drafts/underscore.md', null, ['linkedin-post']],
		]);
	});

	it('an empty folder says nothing was checked; a folder of notes that are no posts says so', () => {
		const vault = tempVault();
		mkdirSync(path.join(vault, 'empty'));
		const empty = runBinary(['check', 'empty'], vault);
		expect(empty.code).toBe(0);
		expect(empty.stdout).toBe('✖ no Markdown notes under empty: nothing was checked\n');
		const notes = runBinary(['check', 'notes'], vault);
		expect(notes.code).toBe(0);
		expect(notes.stdout).toBe('✖ no posts among 2 notes: none has a node_type naming a profile (linkedin-post)\n');
	});

	it('a missing path prints no tick, one line on stderr, exit 2', () => {
		const vault = tempVault({ 'good/clean_launch_post.md': clean });
		const result = runBinary(['check', 'good', 'nope'], vault);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('postwright: nope: no such file or folder\n');
		expect(result.stdout).not.toContain('✔');
		expect(lastLine(result.stdout)).toBe('✖ 0 problems (0 errors, 0 warnings, 0 infos) in 1 post of 1 file; 1 path could not be read (see above)');
	});

	it('a broken config is one warning line naming the file, and the check goes on with the defaults', () => {
		const vault = tempVault({ '.postwright.json': '{ "severities": { "slop-em-dash": "off", }\n' });
		const result = runBinary(['check', 'posts', '--format', 'json'], vault);
		expect(lines(result.stderr)).toEqual([expect.stringMatching(/^postwright: warning: \.postwright\.json: invalid JSON \([^\n]+\); using the defaults$/)]);
		expect(result.code).toBe(1);
		expect(json(result.stdout).summary.posts).toBeGreaterThan(5);
	});

	it('unknown rule ids, bad severities and unknown keys are one line each, and what is valid still applies', () => {
		const vault = tempVault({ 'package.json': JSON.stringify({ name: 'vault', postwright: { severities: { 'slop-em-dash': 'off', 'slop-emdash': 'off', 'hook-fold': 'loud' }, colour: true } }) });
		const result = runBinary(['check', '.', '--format', 'json'], path.join(vault, 'posts'));
		expect(lines(result.stderr)).toEqual([
			'postwright: warning: ../package.json "postwright": unknown key colour ignored (known: severities, slopPhrases, contrastive, overrides, profiles)',
			'postwright: warning: ../package.json "postwright": unknown rule id in severities: slop-emdash; see docs/rules.md for the ids',
			'postwright: warning: ../package.json "postwright": severities hook-fold: "loud" ignored (expected off, info, warning, error)',
		]);
		expect(json(result.stdout).files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toContain('slop-em-dash');
	});

	it('--config naming a file that does not exist is a warning too; the check runs with the defaults', () => {
		const result = runBinary(['check', 'posts', '--config', 'missing.json', '-q'], tempVault());
		expect(lines(result.stderr)).toEqual(['postwright: warning: missing.json: cannot read the config file (ENOENT); using the defaults']);
		expect(result.code).toBe(1);
	});
});

describe('--status', () => {
	it('checks only posts whose status is listed, and says how many it left out', () => {
		const vault = tempVault();
		const published = json(runBinary(['check', 'posts', '--status', 'review,published', '--format', 'json'], vault).stdout);
		expect(published.files.map((f) => f.path)).toEqual(['posts/published_incomplete.md']);
		const text = runBinary(['check', 'posts', '--status', 'published'], vault);
		expect(lastLine(text.stdout)).toMatch(/ in 1 post of \d+ files; \d+ posts left out by --status published$/);
	});
});

describe('output', () => {
	it('-q shows errors only and its summary counts only what it shows', () => {
		const vault = tempVault();
		const quiet = runBinary(['check', 'posts', '-q'], vault);
		const full = json(runBinary(['check', 'posts', '--format', 'json'], vault).stdout);
		const shown = quiet.stdout.split('\n').filter((line) => /^\S+\.md:\d+:\d+ /.test(line));
		expect(shown.every((line) => / error +/.test(line))).toBe(true);
		expect(shown).toHaveLength(full.summary.errors);
		expect(lastLine(quiet.stdout)).toBe(`✖ ${full.summary.errors} errors in ${full.summary.posts} posts of ${full.summary.files} files (errors only: -q)`);
		expect(json(runBinary(['check', 'posts', '-q', '--format', 'json'], vault).stdout).summary).toMatchObject({ errors: full.summary.errors, warnings: 0, infos: 0 });
	});

	it('metrics in words a person would use: "1 line", "2 lines", reading time in minutes and seconds', () => {
		const vault = tempVault();
		const { stdout } = runBinary(['check', 'posts/clean_launch_post.md'], vault);
		const metrics = stdout.split('\n')[1] ?? '';
		expect(metrics).toMatch(/^ {2}\d+ words · \d+ characters · (\d+ s|1 min( \d+ s)?) to read · Hook A \(posted\): \d+ characters, mobile (all|\d+) shown in [1-3] lines?(, cut)? \(/);
		expect(metrics).not.toMatch(/\b1 lines\b/);
		const oneLineHook = clean.replace(/(### HOOK A \(Recommended\)\n)[\s\S]*?\n\n(?=###)/, '$1Short hook.\n\n');
		const short = runBinary(['check', 'short.md'], tempVault({ 'short.md': oneLineHook.replace('name: clean_launch_post', 'name: short') }, { fixtures: false }));
		expect(short.stdout).toContain('mobile all shown in 1 line (fits), desktop all shown in 1 line (fits)');
	});

	it('an over-large file is skipped with both sizes in one line', () => {
		const vault = tempVault({ 'big.md': '' }, { fixtures: false });
		truncateSync(path.join(vault, 'big.md'), 32 * 1024 * 1024 + 10);
		const { code, stdout } = runBinary(['check', '.'], vault);
		expect(code).toBe(0);
		expect(stdout).toContain('big.md: skipped, 32.0 MB (33,554,442 bytes) is larger than the 32 MB a note may be\n');
	});

	it('every message is one line, even for a file whose name holds a line break', () => {
		const vault = tempVault({ 'odd\nname.md': clean.replace('node_type: linkedin-post', 'node_type: linkedin_post') }, { fixtures: false });
		const { stdout } = runBinary(['check', '.'], vault);
		expect(stdout).toContain('odd\\nname.md:5:');
		for (const line of stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^(odd\\nname\.md| {2}|✖|✔)/);
	});
});
