import { fieldWithRole, profileRegistry } from '../core/profiles';
import { choiceOption, stringOption, UsageError, type CliCommand, type CliIo, type CommandInput } from './command';
import { runCheck, type CheckedPost } from './check';
import { parseConcurrency, type Concurrency } from './check-pool';
import type { FileFix } from './fix-files';
import { plural } from '../core/counts';
import { localDate } from '../core/dates';
import { loadConfig } from './config-file';
import { formatJson, SummaryTally } from './format-json';
import { COLOURS, oneLine, PLAIN, TextReport } from './format-text';
import { findVaultRoot } from './vault-root';

/** `postwright check`: the checker of PRODUCT.md §6. */
export const checkCommand: CliCommand = {
	name: 'check',
	usage: 'check [PATH...] [options]',
	summary: 'check every .md file under PATH (default: .)',
	optionHelp: [
		['--format text|json', 'output format (default: text)'],
		['--vault DIR', 'vault root, where links resolve and .postwright.json is read (default: the nearest folder with .obsidian/)'],
		['--config FILE', 'read settings from FILE (default: .postwright.json or package.json "postwright" at the vault root)'],
		['--profile ID', 'check every note as this profile, whatever its node_type'],
		['--status LIST', 'check only posts whose status is listed, e.g. review,scheduled,published'],
		['--fix', 'apply the fixes that restore structure or data, then report what is left'],
		['--fix-dry-run', 'print the diff --fix would make, and write nothing'],
		['--fix-prose', 'with --fix or --fix-dry-run: also the fixes that rewrite your prose (dashes, Markdown in the post)'],
		['-q, --quiet', 'report errors only'],
		['--max-warnings N', 'exit 1 when there are more than N warnings'],
		['--concurrency N|auto|off', 'check on N threads (N-1 worker threads and this one); auto (the default): one per core, up to 4, with 4 cores or more and 5000 notes or more; else one, with a thread reading notes ahead; off: this thread alone'],
	],
	options: {
		format: { type: 'string' },
		vault: { type: 'string' },
		config: { type: 'string' },
		profile: { type: 'string' },
		status: { type: 'string' },
		fix: { type: 'boolean' },
		'fix-dry-run': { type: 'boolean' },
		'fix-prose': { type: 'boolean' },
		quiet: { type: 'boolean', short: 'q' },
		'max-warnings': { type: 'string' },
		concurrency: { type: 'string' },
	},
	run: check,
};

async function check(input: CommandInput, io: CliIo): Promise<number> {
	const format = choiceOption(input, 'format', ['text', 'json'], 'text');
	const maxWarningsText = stringOption(input, 'max-warnings');
	if (maxWarningsText !== null && !/^\d+$/.test(maxWarningsText)) throw new UsageError('--max-warnings needs a whole number');
	const paths = input.positionals.length > 0 ? input.positionals : ['.'];
	const found = findVaultRoot(paths, io.cwd, stringOption(input, 'vault'));
	if ('error' in found) throw new UsageError(found.error);
	const { config, warnings } = loadConfig(found.root, io.cwd, stringOption(input, 'config'));
	for (const warning of warnings) io.stderr(`postwright: warning: ${warning}\n`);
	const registry = profileRegistry(config.profiles);
	const profile = stringOption(input, 'profile');
	if (profile !== null && !registry.has(profile)) throw new UsageError(`unknown profile ${profile}; known profiles: ${[...registry.keys()].join(', ')}`);
	const statuses = statusList(stringOption(input, 'status'), [...registry.values()].flatMap((p) => fieldWithRole(p, 'status')?.values ?? []));
	const fix = fixMode(input);
	const concurrency = concurrencyOption(stringOption(input, 'concurrency'));
	const quiet = input.values.quiet === true;
	const tally = new SummaryTally();
	// JSON needs every post at the end; the text report keeps only each post's lines.
	const jsonPosts: CheckedPost[] = [];
	const text = new TextReport(io.colour ? COLOURS : PLAIN, { quiet, inputs: paths, profileIds: [...registry.keys()], statuses });
	const run = await runCheck(paths, {
		root: found.root, cwd: io.cwd, profile, statuses, config, today: localDate(io.now), fix,
		metricsDetail: format === 'json' ? 'all' : 'shown',
	}, concurrency, (post) => {
		// -q reports errors only, and the summary and exit code count only what is reported.
		if (quiet) post.findings = post.findings.filter((finding) => finding.severity === 'error');
		tally.add(post);
		if (format === 'json') jsonPosts.push(post);
		else text.add(post);
	});
	const summary = tally.summary(run.files);
	if (fix && format === 'text') io.stdout(formatFixes(run.fixes, fix.dryRun));
	io.stdout(format === 'json' ? formatJson(jsonPosts, run, summary) : text.finish(run, summary, tally.reported));
	for (const problem of run.problems) io.stderr(`postwright: ${oneLine(problem)}\n`);
	if (run.problems.length > 0) return 2;
	if (summary.errors > 0) return 1;
	const maxWarnings = maxWarningsText === null ? null : Number(maxWarningsText);
	if (maxWarnings !== null && summary.warnings > maxWarnings) {
		io.stderr(`postwright: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
		return 1;
	}
	return 0;
}

function concurrencyOption(text: string | null): Concurrency {
	if (text === null) return 'auto';
	const concurrency = parseConcurrency(text);
	if (concurrency === null) throw new UsageError(`--concurrency needs a number of threads from 1 to 64, auto or off, not ${text}`);
	return concurrency;
}

/** `--status a,b`: every name must be a status some profile knows, or the run would check nothing without saying why. */
function statusList(text: string | null, known: readonly string[]): string[] | null {
	if (text === null) return null;
	const statuses = text.split(',').map((s) => s.trim()).filter(Boolean);
	if (statuses.length === 0) throw new UsageError('--status needs a list of statuses, e.g. --status review,scheduled,published');
	const unknown = statuses.filter((s) => !known.includes(s));
	if (unknown.length > 0 && known.length > 0) throw new UsageError(`--status: unknown ${unknown.length === 1 ? 'status' : 'statuses'} ${unknown.join(', ')}; known: ${[...new Set(known)].join(', ')}`);
	return statuses;
}

function fixMode(input: CommandInput): { prose: boolean; dryRun: boolean } | undefined {
	const apply = input.values.fix === true;
	const dryRun = input.values['fix-dry-run'] === true;
	const prose = input.values['fix-prose'] === true;
	if (apply && dryRun) throw new UsageError('--fix and --fix-dry-run exclude each other');
	if (prose && !apply && !dryRun) throw new UsageError('--fix-prose goes with --fix or --fix-dry-run');
	return apply || dryRun ? { prose, dryRun } : undefined;
}

/** What --fix did, file by file, before the report of what is left; a dry run shows each diff. */
function formatFixes(fixes: readonly FileFix[], dryRun: boolean): string {
	const out: string[] = [];
	let count = 0;
	let files = 0;
	for (const fix of fixes) {
		if (fix.skipped) {
			out.push(`not fixed ${oneLine(fix.path)}: ${fix.skipped}`);
			continue;
		}
		if (fix.diff) out.push(fix.diff.trimEnd());
		out.push(`${dryRun ? 'would fix' : 'fixed'} ${oneLine(fix.path)}: ${fix.applied.map((applied) => `${oneLine(applied.title)} (${applied.ruleId})`).join('; ')}`);
		count += fix.applied.length;
		files++;
	}
	out.push(`${dryRun ? 'Would fix' : 'Fixed'} ${plural(count, 'problem')} in ${plural(files, 'file')}${dryRun ? '; nothing was written' : ''}.`, '');
	return `${out.join('\n')}\n`;
}
