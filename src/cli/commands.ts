import { checkCommand } from './check-command';
import type { CliCommand, CommandInput } from './command';
import { runExport } from './export';
import { measureCommand } from './measure';
import { newCommand } from './new-command';
import { profilesCommand } from './profiles-command';

/**
 * `export` parses its own argument list (src/cli/export.ts): the options
 * checked here are handed back to it as written.
 */
const exportCommand: CliCommand = {
	name: 'export',
	usage: 'export PATH [--platform P] [--format text|json] [--bold plain|unicode] [--hook X]',
	summary: 'print the FULL POST (or a variant) as ready to paste',
	optionHelp: [
		['--platform P', 'the platform to export for (default: linkedin)'],
		['--format text|json', 'text prints the post; json prints { platform, hook, parts: [{ text, length }] }'],
		['--bold plain|unicode', '**bold** as plain text (default) or Unicode sans-serif bold'],
		['--hook X', 'the FULL POST opening with Hook X instead of the hook it names'],
	],
	options: { platform: { type: 'string' }, format: { type: 'string' }, bold: { type: 'string' }, hook: { type: 'string' } },
	run: (input, io) => runExport(asArgv(input), io),
};

/** Parsed options back into an argument list, for a command that parses its own. */
function asArgv(input: CommandInput): string[] {
	const options = Object.entries(input.values).flatMap(([name, value]) => (typeof value === 'string' ? [`--${name}=${value}`] : value === true ? [`--${name}`] : []));
	return [...options, '--', ...input.positionals];
}

/**
 * Every subcommand, in the order `--help` lists them. A new one is a module
 * exporting a `CliCommand` (see command.ts), added here.
 */
export const COMMANDS: readonly CliCommand[] = [checkCommand, newCommand, exportCommand, measureCommand, profilesCommand];
