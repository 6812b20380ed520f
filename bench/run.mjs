#!/usr/bin/env node
/**
 * `npm run bench`: the budget of PRODUCT.md §8, each figure measured beside
 * its reference in the same run, as medians over repeated runs.
 *   --quick   fewer rounds (for a look while working; figures are noisier)
 *   --posts N vault size for the whole-process runs (default 10000)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { compare, formatBytes, formatMs, median } from './measure.mjs';
import { longPost, postName, referencePost } from './post.mjs';
import { generateVault, runNode } from './vault.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const postsFlag = process.argv.indexOf('--posts');
const POSTS = postsFlag > 0 ? Number(process.argv[postsFlag + 1]) : 10_000;
if (!Number.isInteger(POSTS) || POSTS < 1) {
	process.stderr.write('bench: --posts needs a whole number of posts, e.g. --posts 2000\n');
	process.exit(2);
}
const VAULT_ROUNDS = quick ? 3 : 7;
const started = performance.now();
const rows = [];
const require = createRequire(import.meta.url);

function report(name, value, reference, budget, pass) {
	rows.push({ name, value, reference, budget, verdict: pass === null ? '' : pass ? 'PASS' : 'MISS' });
	process.stdout.write(`  ${name}: ${value}${reference ? ` (reference ${reference})` : ''}${budget ? `, budget ${budget}` : ''} ${pass === null ? '' : pass ? 'PASS' : 'MISS'}\n`);
}

const scratch = mkdtempSync(join(tmpdir(), 'postwright-bench-'));
try {
	process.stdout.write(`Postwright bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})\n\n`);

	// The numbers are about the code in this tree, so build it rather than trust an old bundle.
	process.stdout.write('Building main.js and dist/cli.cjs...\n');
	// esbuild's own report is noise here; a failed build throws with its output.
	execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: root, stdio: 'pipe' });
	const engineFile = join(scratch, 'engine.cjs');
	await esbuild.build({
		entryPoints: [join(root, 'bench/engine.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
		outfile: engineFile, logLevel: 'warning',
	});
	const engine = require(engineFile);
	const matter = require('gray-matter');

	// ---- One note in process: the engine against gray-matter on the same text.
	process.stdout.write('\nAnalysis of one note (median time per note)\n');
	const resolver = new engine.PathResolver(Array.from({ length: POSTS }, (_, i) => `posts/${postName(i)}.md`));
	const analyseCase = (label, texts) => {
		const options = { path: `posts/${postName(0)}.md`, parseYaml: engine.parseYamlWithGrayMatter, today: '2026-03-01', resolver };
		const { subject, reference } = compare(
			(i) => engine.analyze(texts[i % texts.length], options),
			// With no options object gray-matter caches every distinct input forever and returns the
			// cached result for a repeat; `{}` turns that off, so this times a real parse each call.
			(i) => matter(texts[i % texts.length], {}),
			quick ? { rounds: 7, batchMs: 25, warmupMs: 1000 } : { rounds: 21, batchMs: 50, warmupMs: 2500 },
		);
		const ratio = subject / reference;
		report(`${label}: analyze`, formatMs(subject), `gray-matter ${formatMs(reference)}`, '≤ 2.0×', ratio <= 2);
		report(`${label}: ratio`, `${ratio.toFixed(2)}×`, '', '', null);
	};
	// Several distinct copies, used in turn, so nothing is served from a cache keyed by text.
	const reference = Array.from({ length: 32 }, (_, i) => referencePost(i, [postName(i + 1), postName(i + 2)]));
	analyseCase(`reference post (${formatBytes(reference[0].length)})`, reference);
	const long = Array.from({ length: 4 }, (_, i) => longPost(200 * 1024, i));
	analyseCase(`long note (${formatBytes(long[0].length)})`, long);

	// ---- Non-Latin posts (bench/scripts.mjs) and one live sidebar update in Chromium (bench/panel-update.mjs).
	process.stdout.write('\nNon-Latin posts (median time per note, against an English post of the same length)\n');
	(await import('./scripts.mjs')).runScriptsBench({ engine, report, quick, resolver });
	process.stdout.write('\nHostile lines: one long run in a hook, the FULL POST, NOTES, a Legos cell or a YAML value (bench/pathological.mjs)\n');
	(await import('./pathological.mjs')).runPathologicalBench({ engine, report, quick });
	process.stdout.write('\nOne live sidebar update in Chromium (bench/panel-update.mjs)\n');
	(await import('./panel-report.mjs')).reportPanelUpdate({ root, report, quick });

	// ---- Memory: one note re-analysed 10,000 times with different text.
	process.stdout.write('\nMemory when one note is re-analysed 10,000 times, each with one character changed\n');
	const memory = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(root, 'bench/memory.mjs'), engineFile], { encoding: 'utf8' }));
	const growth = memory.after - memory.before;
	// 1 MB over 10,000 runs is 100 bytes per analysis: any per-text cache would be far above it.
	report('heap after 10,000 analyses', formatBytes(memory.after), `before ${formatBytes(memory.before)}`, 'growth < 1 MB', growth < 1024 * 1024);
	report('growth', `${formatBytes(growth)} (${(growth / memory.runs).toFixed(1)} B per analysis)`, '', '', null);

	// ---- The whole CLI over a vault, against reading and gray-matter parsing the same files.
	process.stdout.write(`\n\`postwright check\` over ${POSTS.toLocaleString('en')} posts, whole process, median of ${VAULT_ROUNDS}\n`);
	const vault = join(scratch, 'vault');
	const generateStart = performance.now();
	generateVault(vault, POSTS);
	process.stdout.write(`  (generated the vault in ${formatMs(performance.now() - generateStart)})\n`);
	const cli = [join(root, 'bin/postwright.cjs'), 'check', vault];
	const baseline = [join(root, 'bench/read-and-parse.mjs'), vault];
	// One untimed run of each fills the page cache, so neither pays for the disk and the other not.
	const warm = runNode(cli, scratch);
	if (warm.status !== 0 && warm.status !== 1) throw new Error(`postwright check failed (${warm.status}): ${warm.stderr.trim()}`);
	const summary = warm.stdout.trim().split('\n').pop();
	runNode(baseline, scratch);
	// The same check on two threads (`--concurrency 2`), shown beside the default for what a worker thread wins or costs here.
	const cliTwo = [...cli, '--concurrency', '2'];
	runNode(cliTwo, scratch);
	// And on this thread alone, reading included (`--concurrency off`): what the reader thread of the default wins.
	const cliAlone = [...cli, '--concurrency', 'off'];
	const cliRuns = [];
	const baselineRuns = [];
	const twoRuns = [];
	const aloneRuns = [];
	for (let round = 0; round < VAULT_ROUNDS; round++) {
		const order = [[cliRuns, cli], [baselineRuns, baseline], [twoRuns, cliTwo], [aloneRuns, cliAlone]];
		// Rotated each round, so no side always runs right after the same other one.
		for (let k = 0; k < order.length; k++) {
			const [runs, args] = order[(k + round) % order.length];
			runs.push(runNode(args, scratch));
		}
	}
	const wall = median(cliRuns.map((r) => r.ms));
	const baseWall = median(baselineRuns.map((r) => r.ms));
	const peak = median(cliRuns.map((r) => r.peakBytes));
	const basePeak = median(baselineRuns.map((r) => r.peakBytes));
	process.stdout.write(`  (checker said: ${summary})\n`);
	// The 3 s budget is for 10,000 posts; another vault size is shown without a verdict.
	report('wall time', formatMs(wall), '', POSTS === 10_000 ? '< 3 s' : '', POSTS === 10_000 ? wall < 3000 : null);
	// CPU time is what the machine's other load cannot inflate; it is shown, not budgeted.
	const cpu = median(cliRuns.map((r) => r.cpuMs));
	const baseCpu = median(baselineRuns.map((r) => r.cpuMs));
	report('CPU time (user + system)', formatMs(cpu), `read+parse ${formatMs(baseCpu)}`, '', null);
	// The same ratio in CPU time: what other work on a shared machine cannot inflate. Shown beside the budgeted wall ratio.
	report('CPU ratio to read+parse', `${(cpu / baseCpu).toFixed(2)}×`, '', '', null);
	report('notes per second', Math.round(POSTS / (wall / 1000)).toLocaleString('en'), `read+parse ${Math.round(POSTS / (baseWall / 1000)).toLocaleString('en')}`, '', null);
	report('ratio to read+parse', `${(wall / baseWall).toFixed(2)}×`, `read+parse ${formatMs(baseWall)}`, '≤ 1.5×', wall / baseWall <= 1.5);
	report('peak memory (max RSS)', formatBytes(peak), `read+parse ${formatBytes(basePeak)}`, '< 300 MB', peak < 300 * 1024 * 1024);
	const aloneWall = median(aloneRuns.map((r) => r.ms));
	report('this thread alone (--concurrency off): wall time', formatMs(aloneWall), `CPU ${formatMs(median(aloneRuns.map((r) => r.cpuMs)))}, peak ${formatBytes(median(aloneRuns.map((r) => r.peakBytes)))}`, '', null);
	report('this thread alone: ratio to read+parse', `${(aloneWall / baseWall).toFixed(2)}×`, '', '', null);
	const twoWall = median(twoRuns.map((r) => r.ms));
	report('two threads (--concurrency 2): wall time', formatMs(twoWall), `CPU ${formatMs(median(twoRuns.map((r) => r.cpuMs)))}, peak ${formatBytes(median(twoRuns.map((r) => r.peakBytes)))}`, '', null);
	report('two threads: ratio to read+parse', `${(twoWall / baseWall).toFixed(2)}×`, '', '', null);

	// ---- Bundle sizes.
	process.stdout.write('\nBundles\n');
	const mainSize = statSync(join(root, 'main.js')).size;
	report('main.js (minified)', formatBytes(mainSize), '', '< 150 KB', mainSize < 150 * 1024);
	report('dist/cli.cjs', formatBytes(statSync(join(root, 'dist/cli.cjs')).size), '', '', null);

	const misses = rows.filter((row) => row.verdict === 'MISS');
	process.stdout.write(`\n${misses.length === 0 ? 'Every figure is within budget.' : `${misses.length} over budget: ${misses.map((m) => m.name).join('; ')}`} (bench took ${formatMs(performance.now() - started)})\n`);
	process.exitCode = misses.length === 0 ? 0 : 1;
} catch (error) {
	// A failed build or a checker that crashed: one line, and the exit code says the bench did not run.
	const detail = error?.stderr?.toString().trim().split('\n')[0] ?? '';
	process.stderr.write(`bench: ${error?.message?.split('\n')[0] ?? String(error)}${detail ? ` (${detail})` : ''}\n`);
	process.exitCode = 2;
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
