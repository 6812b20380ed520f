import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { besideBundle } from './bundle-path';
import { readNote, type ReadResult } from './read-note';
import { NOTE_SLOTS, READ_SLOTS, READ_WORKER, ReadSlot, TextCoding, type ReadWorkerSetup } from './read-worker';

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
	/** Size of the shared ring of texts. */
	ringBytes?: number;
}

/**
 * Below this many notes a reader thread is not worth starting: it takes about
 * 40 ms to load, and this thread reads 500 reference-sized notes in about 8.
 */
const MIN_NOTES = 500;
/** The shared ring the reader puts texts in: a text larger than half of it is read by the checking thread. */
const RING_BYTES = 4 << 20;
/**
 * The reader stays at most this many notes ahead. Further ahead
 * gained nothing and cost memory (1,024 notes ahead: peak 194 MB against
 * 157 MB), and the reader's burst at the start, reading all of them, took the
 * second core just as the checking thread's optimising compiler needed it
 * (10,000 posts, alternated 8 times: median 1.26 s against 1.23 s).
 */
const AHEAD = 256;
/**
 * How long this thread waits for a note the reader is reading before it
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
	const script = besideBundle('read-worker.cjs');
	return script !== null && existsSync(script) ? script : null;
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
	const { cores = availableParallelism(), minNotes = MIN_NOTES, patienceMs = PATIENCE_MS, ringBytes = RING_BYTES } = options;
	if (script === null || cores < 2 || files.length < minNotes) return readHere(files);
	return new ReadAhead(files, script, patienceMs, ringBytes);
}

/**
 * Opening and reading a note and checking its bytes are a fifth of a check's
 * time, and none of it needs the checking thread. A reader thread does it for
 * the notes ahead (with read-note.ts, so a note reads the same either way)
 * while this thread checks. The reader puts each plain note's text, already
 * decoded, into a ring of shared memory and publishes it; this thread makes
 * the string straight from there when it reaches the note (a copy, not a
 * decoding), with no message to receive. The check stays one synchronous loop
 * and never depends on the reader: a note the reader has not reached yet (or
 * did not put in the ring: not plain text, or too big) is read here, and the
 * reader then skips past it; a reader that stops answering is given up on and
 * the rest is read here.
 */
class ReadAhead implements NoteReader {
	private readonly slots: Int32Array;
	private readonly notes: Int32Array;
	private readonly ring: Buffer;
	private readonly worker: Worker;
	private trusted = true;
	fromReader = 0;

	constructor(private readonly files: readonly string[], script: string, private readonly patienceMs: number, ringBytes: number) {
		const slots = new SharedArrayBuffer(READ_SLOTS * Int32Array.BYTES_PER_ELEMENT);
		const notes = new SharedArrayBuffer(Math.max(1, files.length * NOTE_SLOTS) * Int32Array.BYTES_PER_ELEMENT);
		const ring = new SharedArrayBuffer(ringBytes);
		this.slots = new Int32Array(slots);
		this.slots[ReadSlot.Checked] = -1;
		this.notes = new Int32Array(notes);
		this.ring = Buffer.from(ring);
		const setup: ReadWorkerSetup = { [READ_WORKER]: true, files, slots, notes, ring, ahead: AHEAD };
		this.worker = new Worker(script, { workerData: setup });
		// The reader never keeps the process alive, and its failure is not the check's: the notes are read here instead.
		this.worker.unref();
		this.worker.on('error', () => this.giveUp());
	}

	read(index: number): ReadResult {
		const text = this.trusted ? this.fromRing(index) : null;
		Atomics.store(this.slots, ReadSlot.Checked, index);
		// The reader sleeps when it is far ahead or the ring is full; waking it every 32 notes is plenty.
		if ((index & 31) === 0) Atomics.notify(this.slots, ReadSlot.Checked);
		if (text === null) return readNote(this.files[index] as string);
		this.fromReader++;
		return { ok: true, text };
	}

	close(): void {
		this.giveUp();
		void this.worker.terminate();
	}

	/** The note's text from the ring, waiting for it if the reader is reading it; null if this thread should read the note. */
	private fromRing(index: number): string | null {
		let waited = 0;
		for (;;) {
			if (index < Atomics.load(this.slots, ReadSlot.Published)) {
				const at = index * NOTE_SLOTS;
				const coding = this.notes[at + 2];
				if (coding === TextCoding.NotInRing) return null;
				const start = this.notes[at] as number;
				return this.ring.toString(coding === TextCoding.Latin1 ? 'latin1' : 'utf16le', start, start + (this.notes[at + 1] as number));
			}
			// Not reached by the reader (it starts after this thread, or fell behind): quicker read here.
			if (index >= Atomics.load(this.slots, ReadSlot.Claimed)) return null;
			// The reader may be waiting for room this thread has just freed.
			Atomics.notify(this.slots, ReadSlot.Checked);
			const published = Atomics.load(this.slots, ReadSlot.Published);
			if (index < published) continue;
			const start = performance.now();
			Atomics.wait(this.slots, ReadSlot.Published, published, this.patienceMs - waited);
			waited += performance.now() - start;
			if (waited >= this.patienceMs) {
				this.giveUp();
				return null;
			}
		}
	}

	private giveUp(): void {
		this.trusted = false;
		Atomics.store(this.slots, ReadSlot.Stop, 1);
		Atomics.notify(this.slots, ReadSlot.Checked);
	}
}
