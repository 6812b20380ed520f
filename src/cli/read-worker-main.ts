import { isMainThread, workerData } from 'node:worker_threads';
import { isReadWorkerSetup, serveReadWorker } from './read-worker';

// dist/read-worker.cjs: the reader thread of a check (see read-ahead.ts), bundled on its own.
if (!isMainThread && isReadWorkerSetup(workerData)) serveReadWorker(workerData);
