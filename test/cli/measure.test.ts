/**
 * `postwright measure`, run as a user runs it (the built CLI, real standard
 * input), against twitter-text's own conformance suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/postwright.cjs', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)));
const V3_GROUPS = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];

function measure(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
	return spawnSync(process.execPath, [BIN, 'measure', ...args], { input, encoding: 'utf8' });
}

describe.skipIf(!BUILT)('postwright measure', () => {
	it('agrees with every weighted-length case of twitter-text\'s v3 conformance suite (--platform x --jsonl)', () => {
		const suite = yaml.load(readFileSync(new URL('../fixtures/twitter-text/validate.yml', import.meta.url), 'utf8')) as {
			tests: Record<string, Array<{ description: string; text: string; expected: { weightedLength: number } }>>;
		};
		const cases = V3_GROUPS.flatMap((group) => suite.tests[group] ?? []);
		const run = measure(['--platform', 'x', '--jsonl'], cases.map((c) => JSON.stringify(c.text)).join('\n') + '\n');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const lengths = run.stdout.trim().split('\n').map(Number);
		expect(lengths).toHaveLength(cases.length);
		const failed = cases.filter((c, i) => lengths[i] !== c.expected.weightedLength).map((c) => c.description);
		console.log(`postwright measure --platform x --jsonl: ${cases.length - failed.length}/${cases.length} of twitter-text's v3 weighted-length cases agree`);
		expect(failed).toEqual([]);
	});

	it('measures standard input whole, as each platform counts it', () => {
		const text = 'Read README.md 👨‍👩‍👧 https://example.com/x @ann@social.example\n';
		expect(measure(['--platform', 'x'], text).stdout).toBe('75\n');
		expect(measure(['--platform', 'bluesky'], text).stdout).toBe('58\n');
		expect(measure(['--platform', 'threads'], text).stdout).toBe('58\n');
		expect(measure(['--platform', 'mastodon'], text).stdout).toBe(`${58 - 'https://example.com/x'.length + 23 - '@social.example'.length}\n`);
	});

	it('is a usage error without a known platform, or with a line that is not a JSON string', () => {
		for (const [args, message] of [[[], /needs --platform/], [['--platform', 'myspace'], /unknown platform myspace/], [['--plat', 'x'], /unknown option --plat/]] as const) {
			const run = measure([...args], 'hello');
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(message);
		}
		const bad = measure(['--platform', 'x', '--jsonl'], '"ok"\nnot json\n');
		expect(bad.status).toBe(2);
		expect(bad.stdout).toBe('2\n');
		expect(bad.stderr).toMatch(/line 2 of the input is not a JSON string/);
	});
});
