import { parentPort } from 'node:worker_threads';
import { PathResolver } from '../core/links/path-resolver';
import { checkFiles, type FileCheckContext, type FileOutcome } from './check-file';

/** The workerData key that starts the bundled checker as a check worker rather than as the CLI. */
export const CHECK_WORKER = 'postwrightCheckWorker';

export interface WorkerSetup {
	[CHECK_WORKER]: true;
	vaultFiles: readonly string[];
	context: FileCheckContext;
}

/** Files `start` … `start + files.length - 1` of the check, in report order. */
export interface WorkerBatch {
	start: number;
	files: string[];
}

export interface WorkerReply {
	start: number;
	outcomes: FileOutcome[];
}

export function isWorkerSetup(data: unknown): data is WorkerSetup {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[CHECK_WORKER] === true;
}

/**
 * A worker's whole life: build the vault's link resolver once, then check each
 * batch the main thread sends, with the same code the main thread would run,
 * until it is terminated.
 */
export function serveCheckWorker(setup: WorkerSetup): void {
	const port = parentPort;
	if (!port) return;
	const resolver = new PathResolver(setup.vaultFiles);
	port.on('message', (batch: WorkerBatch) => {
		const reply: WorkerReply = { start: batch.start, outcomes: checkFiles(batch.files, setup.context, resolver) };
		port.postMessage(reply);
	});
}
