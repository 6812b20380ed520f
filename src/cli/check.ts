import * as path from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import type { CheckConfig } from '../core/config';
import { localDate } from '../core/dates';
import { PathResolver } from '../core/links/path-resolver';
import type { Finding } from '../core/types';
import { readNote } from './read-note';
import { collectMarkdown, listVaultFiles } from './walk';
import { parseYamlWithGrayMatter } from './yaml';

export interface CheckedPost {
	/** As printed: relative to where the CLI runs, `/`-separated. */
	path: string;
	/**
	 * What the report prints. The parsed note itself is not kept: holding 10,000
	 * post models (every line, heading and cell) until the report is written
	 * took half a gigabyte and most of the run's time went to the garbage collector.
	 */
	analysis: Pick<Analysis, 'profile' | 'metrics'>;
	findings: Finding[];
}

export interface CheckRun {
	posts: CheckedPost[];
	files: number;
	/** Files passed over, with why (binary, too large). */
	skipped: Array<{ path: string; reason: string }>;
	/** I/O problems: they make the exit code 2. */
	problems: string[];
}

export interface CheckOptions {
	paths: readonly string[];
	vault: string | null;
	profile: string | null;
	config: CheckConfig;
	cwd: string;
	now: Date;
}

export function toPosix(file: string): string {
	return file.split(path.sep).join('/');
}

/** The vault root: `--vault`, else the first folder given, else the folder of the first file. */
export function vaultRoot(options: Pick<CheckOptions, 'paths' | 'vault' | 'cwd'>, firstFile: string | undefined): string {
	if (options.vault) return path.resolve(options.cwd, options.vault);
	for (const input of options.paths) {
		const full = path.resolve(options.cwd, input);
		// A .md path is a note, not a folder: the root is the first folder given.
		if (full.toLowerCase().endsWith('.md') || full === firstFile) continue;
		return full;
	}
	return firstFile ? path.dirname(firstFile) : options.cwd;
}

export function runCheck(options: CheckOptions): CheckRun {
	const display = (absolute: string): string => toPosix(path.relative(options.cwd, absolute)) || '.';
	const walked = collectMarkdown(options.paths, options.cwd, display);
	const root = vaultRoot(options, walked.markdown[0]);
	const resolver = new PathResolver(listVaultFiles(root));
	const today = localDate(options.now);
	const run: CheckRun = { posts: [], files: walked.markdown.length, skipped: [], problems: walked.problems };
	for (const file of walked.markdown) {
		const shown = display(file);
		const read = readNote(file);
		if (!read.ok) {
			if ('problem' in read) run.problems.push(`${shown}: ${read.problem}`);
			else run.skipped.push({ path: shown, reason: read.skip });
			continue;
		}
		const vaultPath = toPosix(path.relative(root, file));
		const analysis = analyze(read.text, {
			path: vaultPath.startsWith('..') ? path.basename(file) : vaultPath,
			parseYaml: parseYamlWithGrayMatter,
			today,
			resolver,
			config: options.config,
			profileId: options.profile ?? undefined,
		});
		if (analysis.profile) run.posts.push({ path: shown, analysis: { profile: analysis.profile, metrics: analysis.metrics }, findings: analysis.findings });
	}
	return run;
}
