/** The 10,000-post vault and whole-process runs over it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postName, referencePost } from './post.mjs';

const PER_FOLDER = 1000;

/**
 * `count` posts in folders of a thousand. Each links to two other posts; one
 * in fifty also links to a note that does not exist (a typo), so the
 * unresolved-link path and its name suggestions are part of the run, as in a
 * real vault.
 */
export function generateVault(root, count) {
	for (let i = 0; i < count; i++) {
		const folder = join(root, 'posts', String(Math.floor(i / PER_FOLDER)).padStart(2, '0'));
		if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
		const links = [postName((i * 7 + 1) % count), postName((i * 13 + 5) % count)];
		if (i % 50 === 0) links.push(postName((i + 3) % count).replace(/_/, ''));
		writeFileSync(join(folder, `${postName(i)}.md`), referencePost(i, links));
	}
}

/**
 * Runs `node ...args` to completion. Wall time is taken around the whole
 * process, start-up included; peak memory is the child's own maximum resident
 * set size, written by bench/report-peak.cjs as it exits.
 */
export function runNode(args, scratch) {
	const peakFile = join(scratch, 'peak.txt');
	rmSync(peakFile, { force: true });
	const start = performance.now();
	const result = spawnSync(process.execPath, ['-r', new URL('./report-peak.cjs', import.meta.url).pathname, ...args], {
		env: { ...process.env, POSTWRIGHT_BENCH_PEAK: peakFile, NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 1 << 30,
	});
	const ms = performance.now() - start;
	if (result.error) throw result.error;
	const stdout = result.stdout.toString('utf8');
	let usage = { maxRssKb: NaN, cpuMs: NaN };
	try { usage = JSON.parse(readFileSync(peakFile, 'utf8')); } catch { /* reported as NaN */ }
	return { ms, cpuMs: usage.cpuMs, peakBytes: usage.maxRssKb * 1024, status: result.status, stdout, stderr: result.stderr.toString('utf8') };
}
