import { isAscii } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { decodePlainText, isPlainText, readNoteBytes } from './read-note';

/** The workerData key that starts a script as the reader of a check. */
export const READ_WORKER = 'postwrightReadWorker';

/**
 * Slots of the Int32Array the reader shares with the checking thread. The
 * checking thread writes Checked and Stop; the reader writes Claimed and
 * Published.
 */
export const ReadSlot = {
	/** Index of the last note the checking thread has finished with (-1 before the first). */
	Checked: 0,
	/** The reader is reading every note below this index that it has not published yet. */
	Claimed: 1,
	/** Every note below this index that the checking thread has not passed is in the ring. */
	Published: 2,
	/** Set to 1 by the checking thread: read no more. */
	Stop: 3,
} as const;
export const READ_SLOTS = 4;

/**
 * How a note's text sits in the ring: as Latin-1 when it is all ASCII, else as
 * UTF-16 (either way a copy, not a decoding, to make a string of). Not in the
 * ring: the checking thread reads the note itself (it is not plain text, or it
 * is too big for the ring).
 */
export const TextCoding = { NotInRing: 0, Latin1: 1, Utf16: 2 } as const;

/** Per note, three Int32 slots of the shared notes table: where its text starts in the ring, its length in bytes, its TextCoding. */
export const NOTE_SLOTS = 3;

export interface ReadWorkerSetup {
	[READ_WORKER]: true;
	files: readonly string[];
	/** READ_SLOTS Int32 slots. */
	slots: SharedArrayBuffer;
	/** NOTE_SLOTS Int32 slots per file. */
	notes: SharedArrayBuffer;
	/** The notes' texts, one after another, wrapping round. */
	ring: SharedArrayBuffer;
	/** How far ahead of the checking thread the reader may get, in notes. */
	ahead: number;
}

export function isReadWorkerSetup(data: unknown): data is ReadWorkerSetup {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[READ_WORKER] === true;
}

/**
 * The reader's whole life: read the notes in order with read-note.ts (the very
 * code the checking thread would run), put each plain note's text into the
 * shared ring and publish it, staying at most `ahead` notes in front of the
 * checking thread and never reading a note it has already passed (it reads
 * those itself when the reader is behind). No message is sent: the checking
 * thread takes each text straight from the ring.
 */
export function serveReadWorker(setup: ReadWorkerSetup): void {
	if (!parentPort) return;
	const slots = new Int32Array(setup.slots);
	const notes = new Int32Array(setup.notes);
	const ring = new TextRing(Buffer.from(setup.ring), slots);
	const { files } = setup;
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
		Atomics.store(slots, ReadSlot.Claimed, next + 1);
		const at = next * NOTE_SLOTS;
		const placed = readInto(ring, files[next] as string, next);
		notes[at] = placed?.offset ?? 0;
		notes[at + 1] = placed?.length ?? 0;
		notes[at + 2] = placed?.coding ?? TextCoding.NotInRing;
		// Written before it is published: a thread that sees the new count finds the note complete.
		Atomics.store(slots, ReadSlot.Published, next + 1);
		Atomics.notify(slots, ReadSlot.Published);
		next++;
	}
}

/** Reads note `index` and puts its text into the ring, or returns null for the checking thread to read it itself. */
function readInto(ring: TextRing, file: string, index: number): { offset: number; length: number; coding: number } | null {
	const read = readNoteBytes(file, scratchRoom);
	if (!read.ok || !isPlainText(read.bytes)) return null;
	// ASCII bytes are their own Latin-1 text (and can hold no byte-order mark for the decoder to drop).
	if (isAscii(read.bytes)) {
		const offset = ring.reserve(read.bytes.length, index);
		if (offset < 0) return null;
		ring.bytes.set(read.bytes, offset);
		return { offset, length: read.bytes.length, coding: TextCoding.Latin1 };
	}
	const text = decodePlainText(read.bytes);
	const offset = ring.reserve(2 * text.length, index);
	if (offset < 0) return null;
	ring.bytes.write(text, offset, 'utf16le');
	return { offset, length: 2 * text.length, coding: TextCoding.Utf16 };
}

/** Where a note's bytes are read to first (grown for a big note): its text is copied into the ring. */
let scratch = Buffer.allocUnsafeSlow(1 << 16);
function scratchRoom(size: number): Uint8Array {
	if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(size, 2 * scratch.length));
	return scratch.subarray(0, size);
}

/**
 * The shared ring of texts, filled by the reader and emptied by the checking
 * thread in note order: the texts of the notes the checking thread has not
 * passed yet sit between `tail` and `head`, wrapping round, and the reader
 * waits for room rather than overwrite one of them.
 */
class TextRing {
	/** Notes in the ring, oldest first: index, offset, end. */
	private readonly held: number[] = [];
	private head = 0;

	constructor(readonly bytes: Buffer, private readonly slots: Int32Array) {}

	/**
	 * Room for `size` bytes of note `index`, waiting while the checking thread
	 * still needs what is there; -1 for a text too big for the ring.
	 */
	reserve(size: number, index: number): number {
		// An empty text needs no room (and held, it would make a full ring look empty).
		if (size === 0) return 0;
		if (size > this.bytes.length / 2) return -1;
		for (;;) {
			const checked = Atomics.load(this.slots, ReadSlot.Checked);
			this.release(checked);
			const offset = this.fit(size);
			if (offset >= 0) {
				this.held.push(index, offset, offset + size);
				this.head = offset + size;
				return offset;
			}
			if (Atomics.load(this.slots, ReadSlot.Stop) !== 0) return -1;
			Atomics.wait(this.slots, ReadSlot.Checked, checked, 100);
		}
	}

	/** Forgets the notes the checking thread has passed: their bytes may be written over. */
	private release(checked: number): void {
		let drop = 0;
		while (drop < this.held.length && (this.held[drop] as number) <= checked) drop += 3;
		if (drop > 0) this.held.splice(0, drop);
		if (this.held.length === 0) this.head = 0;
	}

	/** Where `size` bytes fit after the newest text without touching a text still held, or -1. */
	private fit(size: number): number {
		if (this.held.length === 0) return 0;
		const tail = this.held[1] as number;
		if (this.head > tail) {
			// Held texts lie in [tail, head): room after head, else from the start up to tail.
			if (this.head + size <= this.bytes.length) return this.head;
			return size <= tail ? 0 : -1;
		}
		// Wrapped: held texts lie in [tail, end) and [0, head).
		return this.head + size <= tail ? this.head : -1;
	}
}
