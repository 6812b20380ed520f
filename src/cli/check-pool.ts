import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PathResolver } from '../core/links/path-resolver';
import { bundledChecker } from './bundle-path';
import { checkFiles, type FileCheckContext, type FileOutcome } from './check-file';
import { CHECK_WORKER, type WorkerBatch, type WorkerReply, type WorkerSetup } from './check-worker';

/** `--concurrency`: `off`, `auto`, or a number of threads checking notes (this one included). */
export type Concurrency = 'off' | 'auto' | number;

/**
 * What `auto` does comes from what a thread costs. Each worker starts cold:
 * about 40 ms to start and load the checker, then its first few hundred notes
 * run before V8 has optimised the code, and its compiler and collector need
 * CPU of their own; measured, about a second of CPU per extra thread. On 2
 * cores, 2 threads over 10,000 posts took 1.78 s against 1.75 s on one (the
 * one thread's compiler and collector already use the second core). So
 * `auto` starts workers only with 4 cores or more, and only for a vault big
 * enough to repay them (an estimate from those figures, not measured on such
 * a machine); `--concurrency N` is there for anyone who measures otherwise.
 */
const AUTO_MIN_CORES = 4;
const AUTO_MIN_FILES = 5000;
/**
 * Each worker holds its own heap (about 40 MB at its peak on a 10,000-note
 * vault); four keep a check well inside §8's 300 MB.
 */
const AUTO_MAX_THREADS = 4;

export function parseConcurrency(text: string): Concurrency | null {
	if (text === 'off' || text === 'auto') return text;
	if (!/^\d+$/.test(text)) return null;
	const threads = Number(text);
	return threads >= 1 && threads <= 64 ? threads : null;
}

/**
 * How many threads to check `files` notes on, this one included (1 starts no
 * worker), on a machine with `cores` cores. Worker threads need the bundled
 * checker: run from the TypeScript sources (in tests) the check stays here.
 */
export function threadsFor(concurrency: Concurrency, files: number, cores = availableParallelism(), bundled = workerScript() !== null): number {
	if (files === 0 || concurrency === 'off' || !bundled) return 1;
	if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
	return cores >= AUTO_MIN_CORES && files >= AUTO_MIN_FILES ? Math.min(cores, AUTO_MAX_THREADS) : 1;
}

/**
 * The bundled checker (dist/cli.cjs) is also the workers' script: started
 * with CHECK_WORKER in its workerData it serves batches instead of running
 * the CLI.
 */
const workerScript = bundledChecker;

export interface PoolRequest {
	/** Absolute paths, in report order. */
	files: readonly string[];
	/** Every file of the vault, for link resolution. */
	vaultFiles: readonly string[];
	context: FileCheckContext;
	/** Threads checking notes, this one included: `threads - 1` workers are started. */
	threads: number;
}

/**
 * Checks `files` on this thread and `threads - 1` worker threads, and returns
 * the outcomes in the order of `files`. Work goes out in small batches, two
 * to each worker at a time, so a worker never waits for this thread, and a
 * slow batch (one huge note) does not leave the others idle at the end. This
 * thread checks batches too, between handling the workers' replies: that is
 * one worker fewer to start, and its outcomes need no copying. A worker that
 * fails takes its batches with it, so the check fails (exit 2, one line)
 * rather than report a vault with notes missing.
 */
export async function checkInThreads(request: PoolRequest): Promise<FileOutcome[]> {
	const script = workerScript();
	if (script === null) throw new Error('worker threads need the bundled checker (npm run build)');
	const { files, context, threads } = request;
	const outcomes = new Array<FileOutcome>(files.length);
	// About sixteen batches per thread, each a few milliseconds to a few tens of milliseconds of work.
	const batchSize = Math.max(8, Math.min(256, Math.ceil(files.length / (threads * 16))));
	let next = 0;
	let received = 0;
	let failure: Error | null = null;
	const workers: Worker[] = [];
	let allReceived: () => void = () => undefined;
	const done = new Promise<void>((resolve) => { allReceived = resolve; });
	const record = (start: number, batch: readonly FileOutcome[]): void => {
		for (let k = 0; k < batch.length; k++) outcomes[start + k] = batch[k] as FileOutcome;
		received += batch.length;
		if (received === files.length) allReceived();
	};
	const fail = (error: Error): void => {
		failure ??= error;
		allReceived();
	};
	const takeBatch = (): WorkerBatch | null => {
		if (next >= files.length || failure) return null;
		const batch: WorkerBatch = { start: next, files: files.slice(next, next + batchSize) };
		next += batch.files.length;
		return batch;
	};
	const feed = (worker: Worker): void => {
		const batch = takeBatch();
		if (batch) worker.postMessage(batch);
	};

	const setup: WorkerSetup = { [CHECK_WORKER]: true, vaultFiles: request.vaultFiles, context };
	for (let i = 1; i < threads; i++) {
		const worker = new Worker(script, { workerData: setup });
		workers.push(worker);
		worker.on('message', (reply: WorkerReply) => {
			record(reply.start, reply.outcomes);
			feed(worker);
		});
		worker.on('error', (error) => fail(new Error(`a check worker failed: ${error.message}`)));
		worker.on('exit', (code) => {
			if (received < files.length) fail(new Error(`a check worker stopped (exit code ${code}) before its notes were checked`));
		});
		feed(worker);
		feed(worker);
	}
	try {
		const resolver = new PathResolver(request.vaultFiles);
		for (let batch = takeBatch(); batch; batch = takeBatch()) {
			record(batch.start, checkFiles(batch.files, context, resolver));
			// Let the workers' replies in, so each gets its next batch before it runs dry.
			await new Promise<void>((resolve) => setImmediate(resolve));
		}
		await done;
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	if (failure) throw failure;
	return outcomes;
}
