import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';

/** Notes larger than this are reported, not read: a vault note this big is an accident. */
export const MAX_NOTE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; skip: string } | { ok: false; problem: string };

const decoder = new TextDecoder('utf-8');
// Valid UTF-8 is taken as is, even full of U+FFFD written on purpose; only bytes that fail to decode are counted.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a note as text. A file that is not text (a NUL byte, or mostly invalid
 * UTF-8) is skipped with a reason rather than checked as garbage.
 */
export function readNote(file: string): ReadResult {
	const read = readNoteBytes(file);
	return read.ok ? noteText(read.bytes) : read;
}

/** Room for `size` bytes of a note: by default a buffer of its own (small ones are slices of Node's pool). */
export type ByteRoom = (size: number) => Uint8Array;
const ownBuffer: ByteRoom = (size) => Buffer.allocUnsafe(size);

/** A note's bytes, read into `room`, or why it cannot be read (or should not be: too large). */
export function readNoteBytes(file: string, room: ByteRoom = ownBuffer): { ok: true; bytes: Uint8Array } | Extract<ReadResult, { ok: false }> {
	try {
		// One open and a stat of the open file: a second lookup of the path (statSync, then
		// readFileSync) was a tenth of a 10,000-note check.
		const fd = fs.openSync(file, 'r');
		try {
			const stat = fs.fstatSync(fd);
			const size = stat.size;
			if (size > MAX_NOTE_BYTES) return { ok: false, skip: `skipped, ${megabytes(size)} is larger than the ${megabytes(MAX_NOTE_BYTES)} a note may be` };
			// What readFileSync(fd) does, without its second stat and its buffer of its own: read
			// a regular file up to the size it had. Anything else (size 0: empty, or not a regular
			// file, such as a folder) is left to readFileSync.
			if (size === 0 || !stat.isFile()) return { ok: true, bytes: fs.readFileSync(fd) };
			const bytes = room(size);
			let at = 0;
			for (let read = 1; at < size && read > 0; at += read) read = fs.readSync(fd, bytes, at, size - at, null);
			return { ok: true, bytes: at < size ? bytes.subarray(0, at) : bytes };
		} finally {
			fs.closeSync(fd);
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		return { ok: false, problem: code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code})` };
	}
}

/**
 * True when `noteText(bytes)` is simply the bytes decoded: no NUL byte and
 * valid UTF-8. A reader thread checks this off the checking thread, which
 * then only decodes (see read-ahead.ts).
 */
export function isPlainText(bytes: Uint8Array): boolean {
	return bytes.indexOf(0) < 0 && isUtf8(bytes);
}

/** What a note's bytes read as: its text, or why it is skipped. */
export function noteText(bytes: Uint8Array): ReadResult {
	const nul = bytes.indexOf(0);
	if (nul >= 0) return { ok: false, skip: `skipped, binary content (a NUL byte at offset ${nul}), not a Markdown note` };
	try {
		return { ok: true, text: strictDecoder.decode(bytes) };
	} catch {
		// Not valid UTF-8: decide below whether it is a note with a few bad bytes or not text at all.
	}
	const text = decoder.decode(bytes);
	let replaced = 0;
	// Count until the share of replacement characters passes 2%, not just to 17: a bigger file would never be skipped.
	for (let i = text.indexOf('\uFFFD'); i >= 0 && replaced * 50 <= text.length; i = text.indexOf('\uFFFD', i + 1)) replaced++;
	if (replaced > 16 && replaced * 50 > text.length) return { ok: false, skip: 'skipped, not UTF-8 text' };
	return { ok: true, text };
}

/** Plain text's text (see isPlainText): the same decoder noteText uses, so the same string. */
export function decodePlainText(bytes: Uint8Array): string {
	return strictDecoder.decode(bytes);
}

/** `32 MB`, or `32.0 MB (33,554,442 bytes)`: exact, so a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): string {
	const mb = bytes / 1048576;
	return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB (${bytes.toLocaleString('en')} bytes)`;
}
