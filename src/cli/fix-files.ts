import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, type AppliedFix } from '../core/fix';
import type { Finding } from '../core/types';
import { unifiedDiff } from './diff';

/** What `--fix` / `--fix-dry-run` did to one file. */
export interface FileFix {
	path: string;
	applied: AppliedFix[];
	/** Why the file was left as it was, when it was. */
	skipped?: string;
	/** The unified diff (dry run). */
	diff?: string;
}

export interface FixRequest {
	file: string;
	/** As printed. */
	shown: string;
	/** The text the findings were computed on. */
	text: string;
	analyse: (text: string) => readonly Finding[];
	prose: boolean;
	dryRun: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Fixes one post on disk. The file is read again first: if it changed since it
 * was checked, or is not clean UTF-8 (writing it back would replace the bytes
 * that did not decode), it is left alone. The new text goes to a temporary
 * file in the same folder, which then replaces the note in one rename, so a
 * crash leaves the old note or the new one, never half of either.
 */
export function fixFile(request: FixRequest): { fix: FileFix; text: string } {
	const { file, shown } = request;
	const result = fixText(request.text, request.analyse, { prose: request.prose });
	const fix: FileFix = { path: shown, applied: result.applied };
	if (result.applied.length === 0 || result.text === request.text) return { fix: { ...fix, applied: [] }, text: request.text };
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch (error) {
		return { fix: { ...fix, applied: [], skipped: `cannot read it again (${(error as NodeJS.ErrnoException).code ?? 'error'})` }, text: request.text };
	}
	const bom = bytes.subarray(0, 3).equals(UTF8_BOM);
	let onDisk: string;
	try {
		onDisk = strict.decode(bom ? bytes.subarray(3) : bytes);
	} catch {
		return { fix: { ...fix, applied: [], skipped: 'not valid UTF-8, so writing it back would change bytes the fix is not about' }, text: request.text };
	}
	if (onDisk !== request.text) return { fix: { ...fix, applied: [], skipped: 'changed since it was read' }, text: request.text };
	if (request.dryRun) return { fix: { ...fix, diff: unifiedDiff(shown, request.text, result.text) }, text: result.text };
	try {
		writeAtomically(file, bom ? Buffer.concat([UTF8_BOM, Buffer.from(result.text, 'utf8')]) : Buffer.from(result.text, 'utf8'));
	} catch (error) {
		return { fix: { ...fix, applied: [], skipped: `cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})` }, text: request.text };
	}
	return { fix, text: result.text };
}

function writeAtomically(file: string, content: Buffer): void {
	const mode = fs.statSync(file).mode & 0o7777;
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.postwright-${process.pid}-${Date.now().toString(36)}.tmp`);
	// `wx`: never replace a file that happens to have the temporary name.
	fs.writeFileSync(temporary, content, { flag: 'wx', mode });
	try {
		fs.renameSync(temporary, file);
	} catch (error) {
		fs.rmSync(temporary, { force: true });
		throw error;
	}
}
