import { PathResolver } from '../core/links/path-resolver';
import { checkFiles, displayPath, type CheckedPost, type FileCheckContext, type FileOutcome } from './check-file';
import { checkInThreads, threadsFor, type Concurrency } from './check-pool';
import type { FileFix } from './fix-files';
import { noteReader, readerScript, readHere } from './read-ahead';
import { walkVault } from './walk';

export type { CheckedPost } from './check-file';

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

/**
 * Checks every note under the given paths. The tree is walked once here; the
 * files are then read and analysed either in this thread or, for a big vault,
 * in this thread and worker threads sharing the work batch by batch. Either way the
 * outcomes come back in file order, so the report is the same.
 * `concurrency` is `--concurrency`: a number of threads, `off`, or `auto`.
 */
export async function runCheck(paths: readonly string[], context: FileCheckContext, concurrency: Concurrency): Promise<CheckRun> {
	const walked = walkVault(paths, context.root, context.cwd, (absolute) => displayPath(context.cwd, absolute));
	const threads = threadsFor(concurrency, walked.markdown.length);
	const outcomes = threads > 1
		? await checkInThreads({ files: walked.markdown, vaultFiles: walked.vaultFiles, context, threads })
		: checkHere(walked.markdown, walked.vaultFiles, context, concurrency);
	const run: CheckRun = { posts: [], files: walked.markdown.length, filteredOut: 0, skipped: [], problems: walked.problems, fixes: [] };
	for (const outcome of outcomes) {
		switch (outcome.kind) {
			case 'post':
				run.posts.push(outcome.post);
				if (outcome.fix) run.fixes.push(outcome.fix);
				break;
			case 'filtered':
				run.filteredOut++;
				break;
			case 'skipped':
				run.skipped.push({ path: outcome.path, reason: outcome.reason });
				break;
			case 'problem':
				run.problems.push(outcome.message);
				break;
			case 'quiet':
				break;
		}
	}
	return run;
}

/**
 * A check on this thread. Unless told `off` (or 1: this thread only), a
 * reader thread reads the notes ahead of it where that pays (see read-ahead.ts).
 */
function checkHere(files: readonly string[], vaultFiles: readonly string[], context: FileCheckContext, concurrency: Concurrency): FileOutcome[] {
	const reader = concurrency === 'off' || concurrency === 1 ? readHere(files) : noteReader(files, readerScript());
	try {
		return checkFiles(files, context, new PathResolver(vaultFiles), reader);
	} finally {
		reader.close();
	}
}
