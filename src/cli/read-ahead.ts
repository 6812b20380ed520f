import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { readNote, type ReadResult } from './read-note';
import { READ_SLOTS, READ_WORKER, ReadSlot, TextCoding, type ReadBatch, type ReadWorkerSetup } from './read-worker';

/** Note `index` of the check's file list, read; `close` ends whatever reads ahead. */
export interface NoteReader {
	read(index: number): ReadResult;
	close(): void;
	/** How many notes so far came from a reader thread rather than being read in this thread. */
	readonly fromReader: number;
}

export interface ReadAheadOptions {
	/** Cores of the machine (a reader thread needs a second one). */
	cores?: number;
	/** The fewest notes worth starting a reader thread for. */
	minNotes?: number;
	/** How long to wait for a note the reader is reading before reading the rest here. */
	patienceMs?: number;
}

/**
 * Below this many notes a reader thread is not worth starting: it takes about
 * 40 ms to load, and this thread reads 500 reference-sized notes in about 8.
 */
const MIN_NOTES = 500;
/** Notes per batch the reader posts: one message per batch, not per note. */
const BATCH = 64;
const BATCH_BYTES = 1 << 20;
/**
 * The reader stays at most this many notes ahead: four batches. Further ahead
 * gained nothing and cost memory (1,024 notes ahead: peak 194 MB against
 * 157 MB), and the reader's burst at the start, reading all of them, took the
 * second core just as the checking thread's optimising compiler needed it
 * (10,000 posts, alternated 8 times: median 1.26 s against 1.23 s).
 */
const AHEAD = 256;
/**
 * How long this thread waits for a batch the reader is reading before it
 * stops trusting the reader and reads the rest itself (a reader thread that
 * died cannot say so while this thread is busy checking).
 */
const PATIENCE_MS = 2000;

/**
 * The reader thread's script, dist/read-worker.cjs beside the bundled checker;
 * null when running from the TypeScript sources (tests) or when it is missing,
 * and then notes are read in the checking thread.
 */
export function readerScript(): string | null {
	if (typeof __filename !== 'string' || !__filename.endsWith('.cjs')) return null;
	const script = path.join(path.dirname(__filename), 'read-worker.cjs');
	return existsSync(script) ? script : null;
}

/** Reads each note when it is asked for, in this thread. */
export function readHere(files: readonly string[]): NoteReader {
	return { read: (index) => readNote(files[index] as string), close: () => undefined, fromReader: 0 };
}

/**
 * The reader for a one-thread check of `files`: a reader thread when the
 * bundled checker can start one (`script`), the machine has a second core for
 * it, and the vault is big enough to repay it; else reads in this thread.
 */
export function noteReader(files: readonly string[], script: string | null, options: ReadAheadOptions = {}): NoteReader {
	const { cores = availableParallelism(), minNotes = MIN_NOTES, patienceMs = PATIENCE_MS } = options;
	if (script === null || cores < 2 || files.length < minNotes) return readHere(files);
	return new ReadAhead(files, script, patienceMs);
}


/**
 * Opening and reading a note and checking its bytes are a fifth of a check's
 * time, and none of it needs the checking thread. A reader thread does it for
 * the notes ahead (with read-note.ts, so a note reads the same either way)
 * while this thread checks, and this thread only decodes. It takes the
 * batches off the port synchronously, so the check stays one synchronous
 * loop. It never depends on the reader: a note the reader has not reached yet
 * is read here, and the reader then skips past it; a reader that stops
 * answering is given up on and the rest is read here.
 */
class ReadAhead implements NoteReader {
	private readonly slots: Int32Array;
	private readonly port: MessagePort;
	private readonly worker: Worker;
	/**
	 * For each note the reader has delivered and this thread has not taken
	 * yet, its batch. A note's string is made only when the note is checked:
	 * made on arrival, a thousand notes' strings would wait through the young
	 * generation's collections and be copied and promoted (measured: twice the
	 * collector's time of a one-thread check).
	 */
	private readonly delivered: Array<ArrivedBatch | undefined>;
	private trusted = true;
	fromReader = 0;

	constructor(private readonly files: readonly string[], script: string, private readonly patienceMs: number) {
		const shared = new SharedArrayBuffer(READ_SLOTS * Int32Array.BYTES_PER_ELEMENT);
		this.slots = new Int32Array(shared);
		this.slots[ReadSlot.Checked] = -1;
		const { port1, port2 } = new MessageChannel();
		this.port = port1;
		const setup: ReadWorkerSetup = { [READ_WORKER]: true, files, shared, port: port2, batch: BATCH, batchBytes: BATCH_BYTES, ahead: AHEAD };
		this.worker = new Worker(script, { workerData: setup, transferList: [port2] });
		// The reader never keeps the process alive, and its failure is not the check's: the notes are read here instead.
		this.worker.unref();
		this.worker.on('error', () => this.giveUp());
		this.delivered = new Array<ArrivedBatch | undefined>(files.length);
	}

	read(index: number): ReadResult {
		const batch = this.trusted ? this.deliveredBatch(index) : undefined;
		this.delivered[index] = undefined;
		Atomics.store(this.slots, ReadSlot.Checked, index);
		// The reader sleeps only when it is far ahead; waking it every 32 notes is plenty.
		if ((index & 31) === 0) Atomics.notify(this.slots, ReadSlot.Checked);
		if (!batch) return readNote(this.files[index] as string);
		this.fromReader++;
		return noteOf(batch, index);
	}

	close(): void {
		this.giveUp();
		this.port.close();
		void this.worker.terminate();
	}

	/** The batch that brought the note, waiting for it if the reader is reading it; undefined if this thread should read it. */
	private deliveredBatch(index: number): ArrivedBatch | undefined {
		let waited = 0;
		for (;;) {
			const posted = Atomics.load(this.slots, ReadSlot.Posted);
			this.takeReadResult(index);
			const delivered = this.delivered[index];
			if (delivered !== undefined) return delivered;
			// Not reached by the reader (it starts after this thread, or fell behind): quicker read here.
			if (index >= Atomics.load(this.slots, ReadSlot.Claimed)) return undefined;
			const start = performance.now();
			Atomics.wait(this.slots, ReadSlot.Posted, posted, this.patienceMs - waited);
			waited += performance.now() - start;
			if (waited >= this.patienceMs) {
				this.giveUp();
				return undefined;
			}
		}
	}

	/** Every batch waiting on the port, kept from `from` on (notes before it are already checked). */
	private takeReadResult(from: number): void {
		for (let message = receiveMessageOnPort(this.port); message; message = receiveMessageOnPort(this.port)) {
			const batch: ArrivedBatch = message.message as ReadBatch;
			batch.texts = Buffer.from(batch.bytes);
			for (let index = Math.max(from, batch.start); index < batch.start + batch.count; index++) this.delivered[index] = batch;
		}
	}

	private giveUp(): void {
		this.trusted = false;
		Atomics.store(this.slots, ReadSlot.Stop, 1);
		Atomics.notify(this.slots, ReadSlot.Checked);
	}
}

type ArrivedBatch = ReadBatch & { texts?: Buffer };

/** Note `index` of the batch, as reading it here would have given it. */
function noteOf(batch: ArrivedBatch, index: number): ReadResult {
	const k = index - batch.start;
	const coding = batch.codings[k];
	if (!coding) return batch.others.get(index) as ReadResult;
	const start = k === 0 ? 0 : (batch.ends[k - 1] as number);
	return { ok: true, text: (batch.texts as Buffer).toString(coding === TextCoding.Latin1 ? 'latin1' : 'utf16le', start, batch.ends[k]) };
}
