import * as fs from 'node:fs';

/** Notes larger than this are reported, not read: a vault note this big is an accident. */
export const MAX_NOTE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; skip: string } | { ok: false; problem: string };

const decoder = new TextDecoder('utf-8');

/**
 * Reads a note as text. A file that is not text (a NUL byte, or mostly invalid
 * UTF-8) is skipped with a reason rather than checked as garbage.
 */
export function readNote(file: string): ReadResult {
	let bytes: Buffer;
	try {
		const size = fs.statSync(file).size;
		if (size > MAX_NOTE_BYTES) return { ok: false, skip: `skipped, ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_NOTE_BYTES / 1048576} MB a note may be` };
		bytes = fs.readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		return { ok: false, problem: code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code})` };
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) return { ok: false, skip: `skipped, binary content (a NUL byte at offset ${nul}), not a Markdown note` };
	const text = decoder.decode(bytes);
	let replaced = 0;
	for (let i = text.indexOf('\uFFFD'); i >= 0 && replaced <= 16; i = text.indexOf('\uFFFD', i + 1)) replaced++;
	if (replaced > 16 && replaced * 50 > text.length) return { ok: false, skip: 'skipped, not UTF-8 text' };
	return { ok: true, text };
}
