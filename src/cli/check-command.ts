import { fieldWithRole, profileRegistry } from '../core/profiles';
import { choiceOption, stringOption, UsageError, type CliCommand, type CliIo, type CommandInput } from './command';
import { runCheck } from './check';
import { loadConfig } from './config-file';
import { formatJson, summarise } from './format-json';
import { COLOURS, formatText, oneLine, PLAIN } from './format-text';
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
		['-q, --quiet', 'report errors only'],
		['--max-warnings N', 'exit 1 when there are more than N warnings'],
	],
	options: {
		format: { type: 'string' },
		vault: { type: 'string' },
		config: { type: 'string' },
		profile: { type: 'string' },
		status: { type: 'string' },
		quiet: { type: 'boolean', short: 'q' },
		'max-warnings': { type: 'string' },
	},
	run: check,
};

function check(input: CommandInput, io: CliIo): number {
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
	const run = runCheck({ paths, root: found.root, profile, statuses, config, cwd: io.cwd, now: io.now });
	const quiet = input.values.quiet === true;
	// -q reports errors only, and the summary and exit code count only what is reported.
	if (quiet) for (const post of run.posts) post.findings = post.findings.filter((finding) => finding.severity === 'error');
	const summary = summarise(run);
	io.stdout(format === 'json'
		? formatJson(run, summary)
		: formatText(run, summary, io.colour ? COLOURS : PLAIN, { quiet, inputs: paths, profileIds: [...registry.keys()], statuses }));
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

/** `--status a,b`: every name must be a status some profile knows, or the run would check nothing without saying why. */
function statusList(text: string | null, known: readonly string[]): string[] | null {
	if (text === null) return null;
	const statuses = text.split(',').map((s) => s.trim()).filter(Boolean);
	if (statuses.length === 0) throw new UsageError('--status needs a list of statuses, e.g. --status review,scheduled,published');
	const unknown = statuses.filter((s) => !known.includes(s));
	if (unknown.length > 0 && known.length > 0) throw new UsageError(`--status: unknown ${unknown.length === 1 ? 'status' : 'statuses'} ${unknown.join(', ')}; known: ${[...new Set(known)].join(', ')}`);
	return statuses;
}
