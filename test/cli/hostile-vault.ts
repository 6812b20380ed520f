import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedHostileFiles } from '../fixtures/hostile/generated';
import type { CliIo } from '../../src/cli/main';

/** Where the committed hostile notes live, and their names. */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
export const HOSTILE_NOTES = readdirSync(HOSTILE_DIR).filter((name) => name.endsWith('.md')).sort();

/** A fresh temporary folder holding the committed corpus, the generated notes and the control post. */
export function hostileVault(options: { generated?: boolean } = {}): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'postwright-hostile-'));
	cpSync(HOSTILE_DIR, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
	if (options.generated !== false) {
		for (const [name, content] of Object.entries(generatedHostileFiles())) writeFileSync(path.join(dir, name), content);
	}
	return dir;
}

export interface CapturedRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** An in-memory CLI run: the clock is fixed so "today" never depends on when the test runs. */
export function captureIo(cwd: string, now = new Date(2026, 5, 1, 12, 0, 0)): { io: CliIo; out: { stdout: string; stderr: string } } {
	const out = { stdout: '', stderr: '' };
	return {
		io: { cwd, now, colour: false, stdout: (text) => { out.stdout += text; }, stderr: (text) => { out.stderr += text; } },
		out,
	};
}

export async function runCli(argv: readonly string[], cwd: string, now?: Date): Promise<CapturedRun> {
	const { run } = await import('../../src/cli/main');
	const { io, out } = captureIo(cwd, now);
	const code = await run(argv, io);
	return { code, ...out };
}

export interface JsonReport {
	version: number;
	files: Array<{
		path: string;
		profile: string | null;
		metrics: { words: number; characters: number; readingSeconds: number; hooks: unknown[] } | null;
		findings: Array<{ ruleId: string; tag: string; severity: string; message: string; line: number; column: number }>;
	}>;
	summary: { files: number; posts: number; errors: number; warnings: number; infos: number };
	skipped: Array<{ path: string; reason: string }>;
	problems: string[];
}
