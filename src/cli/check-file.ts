import * as path from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import type { CheckConfig } from '../core/config';
import { fieldWithRole } from '../core/profiles';
import type { Finding, LinkResolver } from '../core/types';
import { fixFile, type FileFix } from './fix-files';
import { readHere, type NoteReader } from './read-ahead';
import { readNote, type ReadResult } from './read-note';
import { RelativePaths, toPosix } from './relative-paths';

import { reportMetrics, type MetricsDetail, type ReportMetrics } from './report-metrics';
import { parseYamlWithGrayMatter } from './yaml';

/**
 * Everything one file's check needs besides the file: plain data, so that a
 * worker thread can be handed the same context as the main thread and reach
 * the same results.
 */
export interface FileCheckContext {
	/** The vault root: where links resolve. */
	root: string;
	/** Paths are shown relative to this. */
	cwd: string;
	profile: string | null;
	/** Check only posts whose status is one of these; null checks every post. */
	statuses: readonly string[] | null;
	config: CheckConfig;
	/** The check's date, `YYYY-MM-DD` in local time: worked out once for the whole run, not per note. */
	today: string;
	/** `--fix` / `--fix-dry-run`: posts only, never a note that is not a post. */
	fix?: { prose: boolean; dryRun: boolean };
	/** Which hooks' folds the report will print (text: the shown hook's; JSON: every hook's). */
	metricsDetail: MetricsDetail;
}

/**
 * What the report prints of one post. Plain data only (a profile id, not the
 * profile; numbers, not the lazily measured metrics): it crosses from a worker
 * thread by structured clone, and 10,000 of them wait for the report.
 */
export interface CheckedPost {
	/** As printed: relative to where the CLI runs, `/`-separated. */
	path: string;
	/** Null for a note that is not a post but has a finding (node-type-unknown). */
	profile: string | null;
	metrics: ReportMetrics | null;
	findings: Finding[];
}

/** What came of one file. */
export type FileOutcome =
	| { kind: 'post'; post: CheckedPost; fix?: FileFix }
	/** A note that is no post and has nothing to say. */
	| { kind: 'quiet' }
	/** A post whose status is not in `--status`. */
	| { kind: 'filtered' }
	| { kind: 'skipped'; path: string; reason: string }
	| { kind: 'problem'; message: string };


export function displayPath(cwd: string, absolute: string): string {
	return toPosix(path.relative(cwd, absolute)) || '.';
}

/** One run's paths, as shown (from the working folder) and in the vault (from its root). */
const runPaths = new WeakMap<FileCheckContext, { shown: RelativePaths; inVault: RelativePaths }>();
function pathsOf(context: FileCheckContext): { shown: RelativePaths; inVault: RelativePaths } {
	let paths = runPaths.get(context);
	if (!paths) {
		paths = { shown: new RelativePaths(context.cwd), inVault: new RelativePaths(context.root) };
		runPaths.set(context, paths);
	}
	return paths;
}

/** A file's path as printed: relative to where the CLI runs, `/`-separated. */
function shownPath(context: FileCheckContext, file: string): string {
	return pathsOf(context).shown.of(file) || '.';
}

/**
 * Checks files one after another, in this thread or a worker's. A file whose
 * check throws (a bug, never the note's fault) is a problem named by its path,
 * and the rest of the vault is still checked.
 */
export function checkFiles(files: readonly string[], context: FileCheckContext, resolver: LinkResolver, reader: NoteReader = readHere(files)): FileOutcome[] {
	const outcomes: FileOutcome[] = [];
	checkEachFile(files, context, resolver, reader, (outcome) => outcomes.push(outcome));
	return outcomes;
}

/**
 * The same, handing each outcome over as soon as it is known, in file order:
 * a one-thread check keeps nothing of a post but what its report needs
 * (10,000 outcomes kept until the end were a twentieth of a check, in the
 * collector's time).
 */
export function checkEachFile(files: readonly string[], context: FileCheckContext, resolver: LinkResolver, reader: NoteReader, take: (outcome: FileOutcome) => void): void {
	for (let index = 0; index < files.length; index++) {
		const file = files[index] as string;
		let outcome: FileOutcome;
		try {
			outcome = checkFile(file, context, resolver, reader.read(index));
		} catch (error) {
			outcome = { kind: 'problem', message: `${shownPath(context, file)}: could not be checked (${error instanceof Error ? error.message : String(error)})` };
		}
		take(outcome);
	}
}

/** Analyses and (with `--fix`) fixes one file, read here unless `read` is what reading it gave. */
export function checkFile(file: string, context: FileCheckContext, resolver: LinkResolver, read: ReadResult = readNote(file)): FileOutcome {
	const paths = pathsOf(context);
	const shown = paths.shown.of(file) || '.';
	if (!read.ok) return 'problem' in read ? { kind: 'problem', message: `${shown}: ${read.problem}` } : { kind: 'skipped', path: shown, reason: read.skip };
	const vaultPath = paths.inVault.of(file);
	const analyse = (text: string): Analysis => analyze(text, {
		path: vaultPath.startsWith('..') ? path.basename(file) : vaultPath,
		parseYaml: parseYamlWithGrayMatter,
		today: context.today,
		resolver,
		config: context.config,
		profileId: context.profile ?? undefined,
	});
	let analysis = analyse(read.text);
	if (!analysis.profile && analysis.findings.length === 0) return { kind: 'quiet' };
	if (context.statuses && !context.statuses.includes(statusOf(analysis))) return { kind: 'filtered' };
	let fix: FileFix | undefined;
	if (context.fix && analysis.profile && analysis.findings.some((finding) => finding.fix?.kind === 'edit')) {
		const fixed = fixFile({ file, shown, text: read.text, analyse: (text) => analyse(text).findings, ...context.fix });
		if (fixed.fix.applied.length > 0 || fixed.fix.skipped) fix = fixed.fix;
		// The report is about the note as it now is (or, in a dry run, would be).
		if (fixed.text !== read.text) analysis = analyse(fixed.text);
	}
	const post: CheckedPost = {
		path: shown,
		profile: analysis.profile?.id ?? null,
		metrics: analysis.metrics ? reportMetrics(analysis.metrics, context.metricsDetail) : null,
		findings: analysis.findings,
	};
	return fix ? { kind: 'post', post, fix } : { kind: 'post', post };
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
