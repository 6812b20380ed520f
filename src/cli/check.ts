import { PathResolver } from '../core/links/path-resolver';
import { checkEachFile, displayPath, type CheckedPost, type FileCheckContext, type FileOutcome } from './check-file';
import { checkInThreads, threadsFor, type Concurrency } from './check-pool';
import type { FileFix } from './fix-files';
import { noteReader, readerScript, readHere } from './read-ahead';
import { walkVault } from './walk';

export type { CheckedPost } from './check-file';

/** What a check found besides its posts, which go to the caller one by one as they are checked. */
export interface CheckRun {
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
export async function runCheck(paths: readonly string[], context: FileCheckContext, concurrency: Concurrency, takePost: (post: CheckedPost) => void): Promise<CheckRun> {
	const walked = walkVault(paths, context.root, context.cwd, (absolute) => displayPath(context.cwd, absolute));
	const threads = threadsFor(concurrency, walked.markdown.length);
	const run: CheckRun = { files: walked.markdown.length, filteredOut: 0, skipped: [], problems: walked.problems, fixes: [] };
	const take = (outcome: FileOutcome): void => {
		switch (outcome.kind) {
			case 'post':
				takePost(outcome.post);
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
	};
	if (threads > 1) {
		for (const outcome of await checkInThreads({ files: walked.markdown, vaultFiles: walked.vaultFiles, context, threads })) take(outcome);
	} else {
		checkHere(walked.markdown, walked.vaultFiles, context, concurrency, take);
	}
	return run;
}

/**
 * A check on this thread. Unless told `off` (or 1: this thread only), a
 * reader thread reads the notes ahead of it where that pays (see read-ahead.ts).
 */
function checkHere(files: readonly string[], vaultFiles: readonly string[], context: FileCheckContext, concurrency: Concurrency, take: (outcome: FileOutcome) => void): void {
	const reader = concurrency === 'off' || concurrency === 1 ? readHere(files) : noteReader(files, readerScript());
	try {
		checkEachFile(files, context, new PathResolver(vaultFiles), reader, take);
	} finally {
		reader.close();
	}
}
