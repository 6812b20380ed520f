import * as path from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import type { CheckConfig } from '../core/config';
import { localDate } from '../core/dates';
import { PathResolver } from '../core/links/path-resolver';
import { fieldWithRole } from '../core/profiles';
import type { Finding } from '../core/types';
import { fixFile, type FileFix } from './fix-files';
import { readNote } from './read-note';
import { walkVault } from './walk';
import { parseYamlWithGrayMatter } from './yaml';

export interface CheckedPost {
	/** As printed: relative to where the CLI runs, `/`-separated. */
	path: string;
	/**
	 * What the report prints; `profile` is null for a note that is not a post but
	 * has a finding (node-type-unknown). The parsed note itself is not kept: holding
	 * 10,000 post models until the report is written took half a gigabyte.
	 */
	analysis: Pick<Analysis, 'profile' | 'metrics'>;
	findings: Finding[];
}

export interface CheckRun {
	posts: CheckedPost[];
	files: number;
	/** Posts left out because their status is not in `--status`. */
	filteredOut: number;
	/** Files passed over, with why (binary, too large). */
	skipped: Array<{ path: string; reason: string }>;
	/** I/O problems: they make the exit code 2. */
	problems: string[];
	/** What --fix changed (or would change), file by file; files with nothing to fix are left out. */
	fixes: FileFix[];
}

export interface CheckOptions {
	paths: readonly string[];
	/** Where links resolve (see vault-root.ts). */
	root: string;
	profile: string | null;
	/** Check only posts whose status is one of these; null checks every post. */
	statuses: readonly string[] | null;
	config: CheckConfig;
	cwd: string;
	now: Date;
	/** `--fix` / `--fix-dry-run`: posts only, never a note that is not a post. */
	fix?: { prose: boolean; dryRun: boolean };
}

export function toPosix(file: string): string {
	return file.split(path.sep).join('/');
}

export function runCheck(options: CheckOptions): CheckRun {
	const display = (absolute: string): string => toPosix(path.relative(options.cwd, absolute)) || '.';
	const { root } = options;
	const walked = walkVault(options.paths, root, options.cwd, display);
	const resolver = new PathResolver(walked.vaultFiles);
	const today = localDate(options.now);
	const run: CheckRun = { posts: [], files: walked.markdown.length, filteredOut: 0, skipped: [], problems: walked.problems, fixes: [] };
	for (const file of walked.markdown) {
		const shown = display(file);
		const read = readNote(file);
		if (!read.ok) {
			if ('problem' in read) run.problems.push(`${shown}: ${read.problem}`);
			else run.skipped.push({ path: shown, reason: read.skip });
			continue;
		}
		const vaultPath = toPosix(path.relative(root, file));
		const analyse = (text: string): Analysis => analyze(text, {
			path: vaultPath.startsWith('..') ? path.basename(file) : vaultPath,
			parseYaml: parseYamlWithGrayMatter,
			today,
			resolver,
			config: options.config,
			profileId: options.profile ?? undefined,
		});
		let analysis = analyse(read.text);
		if (!analysis.profile && analysis.findings.length === 0) continue;
		if (options.statuses && !options.statuses.includes(statusOf(analysis))) {
			run.filteredOut++;
			continue;
		}
		if (options.fix && analysis.profile && analysis.findings.some((finding) => finding.fix?.kind === 'edit')) {
			const fixed = fixFile({ file, shown, text: read.text, analyse: (text) => analyse(text).findings, ...options.fix });
			if (fixed.fix.applied.length > 0 || fixed.fix.skipped) run.fixes.push(fixed.fix);
			// The report is about the note as it now is (or, in a dry run, would be).
			if (fixed.text !== read.text) analysis = analyse(fixed.text);
		}
		run.posts.push({ path: shown, analysis: { profile: analysis.profile, metrics: analysis.metrics }, findings: analysis.findings });
	}
	return run;
}

/**
 * The post's status, read from the field that plays the status role
 * (`status` in linkedin-post); for a note that names no profile, its `status`.
 */
export function statusOf(analysis: Analysis): string {
	const key = analysis.profile ? fieldWithRole(analysis.profile, 'status')?.key : 'status';
	const value = key === undefined ? undefined : analysis.post.frontmatter.data?.[key];
	return typeof value === 'string' ? value.trim() : '';
}
