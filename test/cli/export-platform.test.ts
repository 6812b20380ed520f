/**
 * `postwright export --platform x|threads|bluesky|mastodon` (PRODUCT §2.1,
 * §6): a variant as a thread, checked against twitter-text 3.1.0 itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './hostile-vault';

const require = createRequire(import.meta.url);
const twitterText = require('twitter-text') as { parseTweet(text: string): { weightedLength: number } };
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

interface Thread { platform: string; parts: Array<{ text: string; length: number }> }

async function exportJson(file: string, cwd: string, ...options: string[]): Promise<Thread> {
	const { code, stdout, stderr } = await runCli(['export', file, '--format', 'json', ...options], cwd);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as Thread;
}

/** The reference-shaped post's FULL POST (decoration dropped), copied into `### X` under a new `## VARIANTS`. */
function withFullPostAsX(note: string): { note: string; full: string } {
	const full = /### FULL POST[^\n]*\n([\s\S]*?)\n## /.exec(note)?.[1] ?? '';
	const text = full.split('\n').filter((line) => line.trim() !== '---').join('\n').trim();
	return { note: note.replace('\n## NOTES', `\n## VARIANTS\n\n### X\n${text}\n\n## NOTES`), full: text };
}

describe('postwright export --platform', () => {
	it('exports a reference-shaped post with its FULL POST copied into ### X as a thread: every part within 280 by twitter-text, every word in order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'postwright-x-'));
		// Issue 12's reference-shaped fixture, its FULL POST copied into ### X here; ours has it copied already (237 words).
		const copied = withFullPostAsX(readFileSync(join(FIXTURES, 'export/infrastructure_bet.md'), 'utf8'));
		writeFileSync(join(dir, 'infrastructure_bet.md'), copied.note);
		const ours = readFileSync(join(FIXTURES, 'posts/variants_thread.md'), 'utf8');
		writeFileSync(join(dir, 'variants_thread.md'), ours);
		const cases = [{ file: 'infrastructure_bet.md', full: copied.full }, { file: 'variants_thread.md', full: withFullPostAsX(ours).full }];
		expect(words(cases[1]?.full ?? '').length).toBeGreaterThan(230);
		for (const { file, full } of cases) {
			for (const numbering of [[], ['--numbered']]) {
				const thread = await exportJson(file, dir, '--platform', 'x', ...numbering);
				expect(thread.platform).toBe('x');
				expect(thread.parts.length).toBeGreaterThan(1);
				for (const part of thread.parts) {
					expect(part.length).toBe(twitterText.parseTweet(part.text).weightedLength);
					expect(part.length).toBeLessThanOrEqual(280);
				}
				const exported = thread.parts.flatMap((part, i) => words(numbering.length ? part.text.replace(new RegExp(` ${i + 1}/${thread.parts.length}$`), '') : part.text));
				expect(exported).toEqual(words(full));
			}
		}
	});

	it('splits our own fixture\'s X variant the same way and prints it as text, one headed part after another', async () => {
		const thread = await exportJson('posts/variants_thread.md', FIXTURES, '--platform', 'x');
		for (const part of thread.parts) expect(twitterText.parseTweet(part.text).weightedLength).toBeLessThanOrEqual(280);
		const text = await runCli(['export', 'posts/variants_thread.md', '--platform', 'x'], FIXTURES);
		expect(text.code).toBe(0);
		expect(text.stdout.startsWith(`--- X 1/${thread.parts.length} (${thread.parts[0]?.length}/280) ---\nMost teams treat`)).toBe(true);
		for (const part of thread.parts) expect(text.stdout).toContain(part.text);
	});

	it('keeps the author\'s hand-made parts, and says on stderr which one is over the limit', async () => {
		const { code, stdout, stderr } = await runCli(['export', 'posts/variants_thread.md', '--platform', 'bluesky', '--format', 'json'], FIXTURES);
		expect(code).toBe(0);
		const thread = JSON.parse(stdout) as Thread;
		expect(thread.parts.map((part) => part.text.slice(0, 20))).toEqual(['Most teams treat the', 'We made backups a pr', 'Still is.']);
		expect(thread.parts[1]?.text).not.toContain('<!--');
		expect(stderr).toMatch(/part 2 \(split by hand\) has \d+ characters, over Bluesky's 300/);
	});

	it('gives Threads and Mastodon their own counts, and exits 1 for a note without the variant', async () => {
		const threads = await exportJson('posts/variants_thread.md', FIXTURES, '--platform', 'threads');
		expect(threads.parts).toHaveLength(1);
		const mastodon = await exportJson('posts/variants_thread.md', FIXTURES, '--platform', 'mastodon');
		const [only] = mastodon.parts;
		expect(only?.text).toContain('@ops_lead@hachyderm.example');
		expect(only?.length).toBeLessThan(only?.text.length ?? 0);
		const missing = await runCli(['export', 'posts/clean_launch_post.md', '--platform', 'threads'], FIXTURES);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('no ### THREADS subsection under ## VARIANTS');
	});
});

describe('postwright check --format json', () => {
	it('reports each variant\'s length and the lengths of its thread\'s parts', async () => {
		const { stdout } = await runCli(['check', 'posts/variants_thread.md', '--format', 'json'], FIXTURES);
		const report = JSON.parse(stdout) as { files: Array<{ metrics: { variants?: Array<{ platform: string; limit: number; handSplit: boolean; parts: number[] }> } }> };
		const variants = report.files[0]?.metrics.variants ?? [];
		expect(variants.map((v) => [v.platform, v.limit, v.handSplit])).toEqual([['x', 280, false], ['threads', 500, false], ['bluesky', 300, true], ['mastodon', 500, false]]);
		expect(variants[0]?.parts.every((length) => length <= 280)).toBe(true);
		expect(variants[2]?.parts.some((length) => length > 300)).toBe(true);
	});
});
