/**
 * Run by bench/run.mjs as `node --expose-gc bench/memory.mjs ENGINE`: analyses
 * one note 10,000 times, each time with one character changed, and reports
 * the heap after a full collection before and after. A cache keyed by note
 * text (gray-matter's `matter()` has one) would show here as ~40 MB of growth.
 */
import { createRequire } from 'node:module';
import { referencePost } from './post.mjs';

const engine = createRequire(import.meta.url)(process.argv[2]);
const RUNS = 10_000;
const base = referencePost(0);
// Offsets inside the FULL POST, so every variant is still a complete post.
const first = base.indexOf('Each one made sense');
const span = base.indexOf('What is one thing') - first;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function variant(i) {
	const at = first + (i % span);
	return base.slice(0, at) + LETTERS[i % LETTERS.length] + base.slice(at + 1);
}

const resolver = new engine.PathResolver(['posts/post_00000.md', 'concepts/meeting_culture.md']);
let findings = 0;
function analyse(i) {
	findings += engine.analyze(variant(i), {
		path: 'posts/post_00000.md', parseYaml: engine.parseYamlWithGrayMatter, today: '2026-03-01', resolver,
	}).findings.length;
}

function settledHeap() {
	for (let i = 0; i < 4; i++) globalThis.gc();
	return process.memoryUsage().heapUsed;
}

// Warm up first: compiled regexes, JIT code and bounded caches are allowed to exist once.
for (let i = 0; i < 500; i++) analyse(RUNS + i);
const before = settledHeap();
for (let i = 0; i < RUNS; i++) analyse(i);
const after = settledHeap();
process.stdout.write(JSON.stringify({ runs: RUNS, before, after, findings }));
