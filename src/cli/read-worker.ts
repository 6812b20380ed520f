import { parentPort, type MessagePort } from 'node:worker_threads';
import { isAscii } from 'node:buffer';
import { decodePlainText, isPlainText, noteText, readNoteBytes, type ReadResult } from './read-note';

/** The workerData key that starts the bundled checker as a reader of notes rather than as the CLI. */
export const READ_WORKER = 'postwrightReadWorker';

/**
 * Slots of the Int32Array over the buffer the reader shares with the checking
 * thread. The checking thread writes CHECKED and STOP; the reader writes
 * CLAIMED and POSTED.
 */
export const ReadSlot = {
	/** Index of the last note the checking thread has finished with (-1 before the first). */
	Checked: 0,
	/** The reader is reading every note below this index that it has not posted yet. */
	Claimed: 1,
	/** How many batches the reader has posted: the checking thread waits for it to move. */
	Posted: 2,
	/** Set to 1 by the checking thread: read no more. */
	Stop: 3,
} as const;
export const READ_SLOTS = 4;

export interface ReadWorkerSetup {
	[READ_WORKER]: true;
	files: readonly string[];
	/** READ_SLOTS Int32 slots, shared with the checking thread. */
	shared: SharedArrayBuffer;
	/** Where batches go: the checking thread takes them off it synchronously. */
	port: MessagePort;
	/** Notes per batch, at most. */
	batch: number;
	/** A batch ends early once its notes hold this many bytes (a 32 MB note travels alone). */
	batchBytes: number;
	/** How far ahead of the checking thread the reader may get, in notes (what waits costs memory). */
	ahead: number;
}

/**
 * Notes `start` … `start + count - 1`, read. A note that is plain text (see
 * isPlainText) travels as its text, already decoded, in one buffer moved (not
 * copied) to the checking thread: `bytes[ends[k-1]..ends[k])`, as Latin-1
 * when it is all ASCII, else as UTF-16. Making a string of that is a copy,
 * where decoding UTF-8 (or cloning strings across) would cost the checking
 * thread about as much as reading. Any other note travels as what reading it
 * gave, in `others`.
 */
export interface ReadBatch {
	start: number;
	count: number;
	bytes: ArrayBuffer;
	/** End offset in `bytes` of each note's text (a note in `others` has none: its end is the previous one). */
	ends: Uint32Array;
	/** Per note: TextCoding.Latin1 or TextCoding.Utf16, or 0 for a note in `others`. */
	codings: Uint8Array;
	others: Map<number, ReadResult>;
}

export const TextCoding = { Latin1: 1, Utf16: 2 } as const;

export function isReadWorkerSetup(data: unknown): data is ReadWorkerSetup {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[READ_WORKER] === true;
}

/**
 * The reader's whole life: read the notes in order with the very readNote the
 * checking thread would call, in batches, staying at most `ahead` notes in
 * front of the checking thread and never reading a note it has already passed
 * (it reads those itself when the reader is behind).
 */
export function serveReadWorker(setup: ReadWorkerSetup): void {
	if (!parentPort) return;
	const slots = new Int32Array(setup.shared);
	const { files, port } = setup;
	let next = 0;
	for (;;) {
		if (Atomics.load(slots, ReadSlot.Stop) !== 0) break;
		const checked = Atomics.load(slots, ReadSlot.Checked);
		next = Math.max(next, checked + 1);
		if (next >= files.length) break;
		if (next - checked > setup.ahead) {
			// Far enough ahead: sleep until the checking thread moves on (the timeout only re-reads Stop).
			Atomics.wait(slots, ReadSlot.Checked, checked, 100);
			continue;
		}
		const end = Math.min(files.length, next + setup.batch);
		Atomics.store(slots, ReadSlot.Claimed, end);
		const batch = readBatch(files, next, end, setup.batchBytes);
		// Posted before the count moves, so a thread that sees the new count finds the batch on its port.
		port.postMessage(batch, [batch.bytes]);
		Atomics.add(slots, ReadSlot.Posted, 1);
		Atomics.notify(slots, ReadSlot.Posted);
		next = batch.start + batch.count;
	}
	port.close();
}

/** Where the reader reads notes to (grown for a big note; a note's text is copied out before the next batch). */
let scratch = Buffer.allocUnsafeSlow(2 << 20);

function readBatch(files: readonly string[], start: number, end: number, maxBytes: number): ReadBatch {
	const plain: Uint8Array[] = [];
	const ends = new Uint32Array(end - start);
	const codings = new Uint8Array(end - start);
	const others = new Map<number, ReadResult>();
	let length = 0;
	let i = start;
	// The notes' bytes go one after another into one scratch buffer, reused by every batch: no buffer per note.
	let used = 0;
	const room = (size: number): Uint8Array => {
		if (used + size > scratch.length) {
			scratch = Buffer.allocUnsafeSlow(Math.max(2 * scratch.length, used + size));
			used = 0;
		}
		used += size;
		return scratch.subarray(used - size, used);
	};
	for (; i < end && length < maxBytes; i++) {
		const read = readNoteBytes(files[i] as string, room);
		if (!read.ok) others.set(i, read);
		else if (!isPlainText(read.bytes)) others.set(i, noteText(read.bytes));
		else {
			// ASCII bytes are their own Latin-1 text (and can hold no byte-order mark for the decoder to drop).
			const ascii = isAscii(read.bytes);
			const text = ascii ? read.bytes : Buffer.from(decodePlainText(read.bytes), 'utf16le');
			codings[i - start] = ascii ? TextCoding.Latin1 : TextCoding.Utf16;
			plain.push(text);
			length += text.length;
		}
		ends[i - start] = length;
	}
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const note of plain) {
		bytes.set(note, at);
		at += note.length;
	}
	return { start, count: i - start, bytes: bytes.buffer, ends, codings, others };
}
