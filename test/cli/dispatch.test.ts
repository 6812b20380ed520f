import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runBinary, tempDir, tempVault } from './binary';

/** Arguments through util.parseArgs, subcommands, usage errors: the built binary on temporary vaults. */

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
	const cases: Array<[string[], string]> = [
		[['check', '--nope'], 'postwright: unknown option --nope (see postwright --help)'],
		[['check', '--nope', 'posts', '--colour', '-z'], 'postwright: unknown options --nope, --colour, -z (see postwright --help)'],
		[['check', '--format'], 'postwright: --format needs a value (see postwright --help)'],
		[['check', '--format', '--quiet'], 'postwright: --format needs a value (see postwright --help)'],
		[['check', '--format', 'xml'], 'postwright: --format must be text or json, not xml (see postwright --help)'],
		[['check', '--quiet=yes'], 'postwright: --quiet takes no value (see postwright --help)'],
		[['check', '--max-warnings', 'many'], 'postwright: --max-warnings needs a whole number (see postwright --help)'],
		[['frobnicate'], 'postwright: unknown command frobnicate; expected check, new, export, measure, profiles (see postwright --help)'],
		[['--nope'], 'postwright: unknown option --nope (see postwright --help)'],
		[['new'], 'postwright: new needs a title: postwright new "My post title" (see postwright --help)'],
	];
	it.each(cases)('%j', (argv, message) => {
		const result = runBinary(argv, tempVault());
		expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
	});

	it('--vault naming a folder that does not exist, or a file', () => {
		const vault = tempVault();
		expect(runBinary(['check', '--vault', '/nonexistent/vault'], vault)).toEqual({ code: 2, stdout: '', stderr: 'postwright: --vault /nonexistent/vault: no such folder (see postwright --help)\n' });
		expect(runBinary(['check', '--vault', 'posts/clean_launch_post.md'], vault).stderr).toBe('postwright: --vault posts/clean_launch_post.md: is not a folder (see postwright --help)\n');
	});

	it('--profile with an unknown id lists the known ones, configured ones included', () => {
		const vault = tempVault({ '.postwright.json': JSON.stringify({ profiles: [newsletterProfile()] }) });
		const result = runBinary(['check', '--profile', 'tiktok-post'], path.join(vault, 'posts'));
		expect(result).toEqual({ code: 2, stdout: '', stderr: 'postwright: unknown profile tiktok-post; known profiles: linkedin-post, newsletter-post (see postwright --help)\n' });
	});

	it('--status with a status no profile knows lists the known ones', () => {
		const result = runBinary(['check', '--status', 'publshed'], tempVault());
		expect(result.code).toBe(2);
		expect(lines(result.stderr)).toEqual(['postwright: --status: unknown status publshed; known: idea, draft, review, scheduled, published (see postwright --help)']);
	});
});

describe('options anywhere on the line, `--` ends them', () => {
	it('an option before the command, and an option value that looks like a command name', () => {
		const vault = tempVault();
		const before = runBinary(['--format', 'json', 'check', 'posts/clean_launch_post.md'], vault);
		expect(before.code).toBe(0);
		expect(JSON.parse(before.stdout).summary.posts).toBe(1);
		mkdirSync(path.join(vault, 'check'));
		const valued = runBinary(['--vault', 'check', 'check', '--format=json', path.join(vault, 'posts', 'clean_launch_post.md')], vault);
		expect(valued.stderr).toBe('');
		// The vault is the empty `check` folder, so the post's links no longer resolve.
		expect(JSON.parse(valued.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('related-concepts-unresolved');
	});

	it('a file named like a flag after `--`', () => {
		const vault = tempVault({ '--odd.md': '# Just a note\n' }, { fixtures: false });
		const result = runBinary(['check', '--format', 'json', '--', '--odd.md'], vault);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout).summary.files).toBe(1);
	});
});

describe('--help', () => {
	it('names every command and every profile known here', () => {
		const vault = tempVault({ '.postwright.json': JSON.stringify({ profiles: [newsletterProfile()] }) });
		for (const argv of [['--help'], ['-h'], []]) {
			const { code, stdout } = runBinary(argv, vault);
			expect(code).toBe(0);
			expect(stdout).toMatch(/^Usage:$/m);
			for (const usage of ['postwright check [PATH...]', 'postwright new "Title"', 'postwright export PATH', 'postwright profiles']) expect(stdout).toContain(usage);
			expect(stdout).toContain('Profiles: linkedin-post (LinkedIn), newsletter-post (LinkedIn)');
		}
	});

	it('`check --help` lists check\'s options', () => {
		const { code, stdout } = runBinary(['check', '--help'], tempDir());
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: postwright check/);
		for (const flag of ['--format', '--vault', '--config', '--profile', '--status', '--quiet', '--max-warnings']) expect(stdout).toContain(flag);
	});

	it('--version prints the package version', () => {
		const { code, stdout } = runBinary(['--version'], tempDir());
		expect(code).toBe(0);
		expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe('postwright profiles', () => {
	it('lists the built-in and the configured profiles with platform and limits, from any folder of the vault', () => {
		const vault = tempVault({ '.postwright.json': JSON.stringify({ profiles: [newsletterProfile()], overrides: { 'linkedin-post': { postLimit: 2500 } } }) });
		const { code, stdout, stderr } = runBinary(['profiles'], path.join(vault, 'posts'));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(lines(stdout)).toEqual([
			expect.stringMatching(/^linkedin-post \(built-in\): LinkedIn post, LinkedIn, at most 2,500 [^,]+, 100–300 words$/),
			expect.stringMatching(/^newsletter-post \(config\): Newsletter issue, LinkedIn, at most 3,000 [^,]+, 50–600 words$/),
		]);
		const json = JSON.parse(runBinary(['profiles', '--format', 'json'], vault).stdout);
		expect(json.profiles.map((p: { id: string; source: string }) => `${p.id}:${p.source}`)).toEqual(['linkedin-post:built-in', 'newsletter-post:config']);
	});

	it('outside any vault: the built-in profile only', () => {
		const dir = tempDir();
		writeFileSync(path.join(dir, 'x.md'), '# x\n');
		expect(lines(runBinary(['profiles'], dir).stdout).map((line) => line.split(' ')[0])).toEqual(['linkedin-post']);
	});
});

/** PRODUCT.md §2's example profile, with what the sanitiser needs today. */
export function newsletterProfile(): Record<string, unknown> {
	return {
		id: 'newsletter-post', label: 'Newsletter issue', platform: 'linkedin',
		fields: [
			{ key: 'name', type: 'slug', required: true, role: 'name' },
			{ key: 'node_type', type: 'enum', required: true, values: ['newsletter-post'] },
			{ key: 'status', type: 'enum', required: true, values: ['idea', 'draft', 'published'], role: 'status' },
			{ key: 'updated', type: 'date', required: true, role: 'last-updated' },
			{ key: 'sources', type: 'wikilink-list', required: true },
		],
		legos: ['Topic', 'Angle'], notesItems: [], judgementItems: [], minHooks: 1, wordRange: [50, 600], wordsPerMinute: 238,
	};
}
