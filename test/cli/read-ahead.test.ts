import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noteReader, type NoteReader } from '../../src/cli/read-ahead';
import { MAX_NOTE_BYTES, readNote } from '../../src/cli/read-note';
import { ReadSlot } from '../../src/cli/read-worker';
import { FIXTURES, runBinary, tempDir, tempVault } from './binary';

/**
 * The reader thread (read-ahead.ts) must change nothing but the time: every
 * note it hands over must be exactly what reading it in the checking thread
 * gives, whatever the file holds, and the check must never depend on the
 * reader being alive. The reader is the built reader script
 * (dist/read-worker.cjs, built by `npm test`), as in a real run.
 */

const BUNDLE = fileURLToPath(new URL('../../dist/read-worker.cjs', import.meta.url));

/** Every kind of file a vault can hold where a note is expected, among ordinary notes. */
function awkwardFolder(): string[] {
	const dir = tempDir('postwright-read-');
	const post = readFileSync(path.join(FIXTURES, 'posts', 'clean_launch_post.md'), 'utf8');
	const files: string[] = [];
	const add = (name: string, content: string | Uint8Array): void => {
		const file = path.join(dir, name);
		writeFileSync(file, content);
		files.push(file);
	};
	for (let i = 0; i < 700; i++) {
		switch (i % 100) {
			case 3: add(`${i}_ascii.md`, `---\nname: n${i}\n---\n# Plain ASCII only ${i}\n`); break;
			case 11: add(`${i}_bom.md`, `\uFEFF---\nname: bom${i}\n---\nText with a mark first.\n`); break;
			case 19: add(`${i}_empty.md`, ''); break;
			case 27: add(`${i}_nul.md`, Buffer.from(`---\nname: x\n---\nbefore\0after ${i}`)); break;
			case 35: add(`${i}_bad_bytes.md`, Buffer.concat([Buffer.from(post), Buffer.from([0xff, 0xfe, 0xc3])])); break;
			case 43: add(`${i}_junk.md`, Buffer.from(Array.from({ length: 4000 }, (_, k) => 0x80 + ((k * 37 + i) % 64)))); break;
			case 51: add(`${i}_emoji.md`, `${post}\n👩🏽‍💻 ‘quoted’ — ${'ç'.repeat(i)}\n`); break;
			case 59: {
				const folder = path.join(dir, `${i}_folder.md`);
				mkdirSync(folder);
				files.push(folder);
				break;
			}
			case 67: files.push(path.join(dir, `${i}_missing.md`)); break;
			case 75: add(`${i}_long.md`, post.repeat(400)); break;
			default: add(`${i}.md`, post.replace('clean_launch_post', `post_${i}`));
		}
	}
	// Over the size a note may be, without writing 32 MB: a sparse file.
	const huge = path.join(dir, 'huge.md');
	writeFileSync(huge, '');
	truncateSync(huge, MAX_NOTE_BYTES + 1);
	files.splice(350, 0, huge);
	return files;
}

/** Every note through `reader`, with `workMs` of busy work after each, as a check analyses each note before it reads the next. */
function readAll(reader: NoteReader, files: readonly string[], workMs = 0): ReturnType<typeof readNote>[] {
	try {
		return files.map((_, index) => {
			const read = reader.read(index);
			for (const until = performance.now() + workMs; performance.now() < until;);
			return read;
		});
	} finally {
		reader.close();
	}
}

/** Gives the reader thread time to load and get ahead, as it does while a real check starts. */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('reading notes ahead on a reader thread', () => {
	it('hands over exactly what reading each note here gives, for every kind of file', () => {
		const files = awkwardFolder();
		const reader = noteReader(files, BUNDLE, { cores: 2 });
		pause(400);
		// 0.1 ms of work per note, about what analysing one takes: the reader keeps ahead, as in a check.
		const read = readAll(reader, files, 0.1);
		expect(read).toEqual(files.map((file) => readNote(file)));
		// The reader really read them: most notes came from it, not from this thread.
		expect(reader.fromReader).toBeGreaterThan(files.length / 2);
		// And the awkward ones are there to agree on.
		const outcomes = new Set(read.map((r) => (r.ok ? 'text' : 'skip' in r ? r.skip.replace(/\d[\d,.]*/g, 'N') : r.problem)));
		expect(outcomes).toEqual(new Set([
			'text',
			'skipped, binary content (a NUL byte at offset N), not a Markdown note',
			'skipped, not UTF-N text',
			'is a folder, not a file',
			'cannot read (ENOENT)',
			'skipped, N MB (N bytes) is larger than the N MB a note may be',
		]));
	}, 60_000);

	it('hands over the same through a ring far smaller than the notes, wrapping round and waiting for room', () => {
		const files = awkwardFolder();
		// 16 KB: a few ordinary notes at a time, so the reader wraps round and waits for this thread
		// again and again, and the long notes (about 1.6 MB) do not fit at all and are read here.
		const reader = noteReader(files, BUNDLE, { cores: 2, ringBytes: 16 << 10 });
		pause(300);
		expect(readAll(reader, files)).toEqual(files.map((file) => readNote(file)));
		// At four or so ordinary notes per lap, a hundred notes from the reader is twenty-five laps and
		// more. (It sleeps while the ring is full, so on a busy machine this thread reads many itself.)
		expect(reader.fromReader).toBeGreaterThan(100);
	}, 60_000);

	it('reads here what the reader has not reached yet, and takes the rest from it', () => {
		const files = awkwardFolder();
		// No pause: this thread starts before the reader has loaded.
		const reader = noteReader(files, BUNDLE, { cores: 2 });
		expect(readAll(reader, files)).toEqual(files.map((file) => readNote(file)));
	}, 60_000);

	it('reads everything here when the reader thread dies at once', () => {
		const files = awkwardFolder();
		const dead = path.join(tempDir(), 'dead-reader.cjs');
		writeFileSync(dead, 'process.exit(3);\n');
		const reader = noteReader(files, dead, { cores: 2, patienceMs: 200 });
		pause(200);
		expect(readAll(reader, files)).toEqual(files.map((file) => readNote(file)));
		expect(reader.fromReader).toBe(0);
	}, 60_000);

	it('gives up on a reader that takes notes and never delivers them', () => {
		const files = awkwardFolder();
		const stuck = path.join(tempDir(), 'stuck-reader.cjs');
		// Claims every note, then sleeps: the checking thread must stop waiting and read them itself.
		writeFileSync(stuck, `const { workerData } = require('node:worker_threads');
const slots = new Int32Array(workerData.slots);
Atomics.store(slots, ${ReadSlot.Claimed}, workerData.files.length);
Atomics.wait(slots, ${ReadSlot.Stop}, 0);
`);
		const reader = noteReader(files, stuck, { cores: 2, patienceMs: 200 });
		pause(200);
		const started = performance.now();
		expect(readAll(reader, files)).toEqual(files.map((file) => readNote(file)));
		// One wait of the patience, not one per note.
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(reader.fromReader).toBe(0);
	}, 60_000);

	it('starts no reader for a small folder, on one core, or without the bundled checker', () => {
		const files = awkwardFolder();
		expect(noteReader(files.slice(0, 20), BUNDLE, { cores: 2 }).fromReader).toBe(0);
		for (const reader of [noteReader(files, BUNDLE, { cores: 1 }), noteReader(files, null, { cores: 8 })]) {
			pause(100);
			readAll(reader, files);
			expect(reader.fromReader).toBe(0);
		}
	}, 60_000);
});

describe('check with a reader thread (the built binary)', () => {
	it('reports byte for byte what a check on this thread alone reports, and starts one worker for it', () => {
		const post = readFileSync(path.join(FIXTURES, 'posts', 'clean_launch_post.md'), 'utf8');
		const files: Record<string, string> = {};
		for (let i = 0; i < 800; i++) files[`many/post_${i}.md`] = post.replace('name: clean_launch_post', `name: post_${i}`).replace(/\]\]/, i % 7 === 0 ? 'x]]' : ']]');
		files['many/post_400.md'] = `${post}\n\0 binary from here`;
		const vault = tempVault(files);
		for (const format of ['text', 'json']) {
			const alone = runBinary(['check', '.', '--format', format, '--concurrency', 'off'], vault, { NODE_DEBUG: 'worker' });
			const ahead = runBinary(['check', '.', '--format', format], vault, { NODE_DEBUG: 'worker' });
			const workers = (stderr: string): number => stderr.split('\n').filter((line) => /^WORKER .*: instantiating Worker\./.test(line)).length;
			expect(workers(alone.stderr)).toBe(0);
			// The reader needs a second core; on one, the check stays on this thread.
			expect(workers(ahead.stderr)).toBe(availableParallelism() >= 2 ? 1 : 0);
			expect(ahead.stdout).toBe(alone.stdout);
			expect(ahead.code).toBe(alone.code);
			expect(ahead.stdout).toContain('binary content');
		}
	}, 120_000);
});
