import { parseArgs } from 'node:util';
import type { CliCommand, CommandInput, ParseArgsOptionsConfig } from './command';

/**
 * Splits the command line into a command and its options with Node's own
 * `util.parseArgs`. It runs non-strict so that every unknown flag can be
 * named in one message (strict mode stops at the first); the checks below
 * restore what strict mode enforces.
 */

export type Invocation =
	| { kind: 'help'; command: CliCommand | null }
	| { kind: 'version' }
	| { kind: 'run'; command: CliCommand; input: CommandInput }
	| { kind: 'error'; message: string };

const GLOBAL_OPTIONS: ParseArgsOptionsConfig = {
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean', short: 'v' },
};

export function parseInvocation(argv: readonly string[], commands: readonly CliCommand[]): Invocation {
	const terminator = argv.indexOf('--');
	const commandIndex = argv.findIndex((arg, i) => !arg.startsWith('-') && (terminator < 0 || i < terminator) && !isOptionValue(argv, i, commands));
	if (commandIndex < 0) {
		const parsed = parseWith(argv, GLOBAL_OPTIONS);
		if (typeof parsed === 'string') return { kind: 'error', message: parsed };
		if (parsed.values.version === true) return { kind: 'version' };
		return { kind: 'help', command: null };
	}
	const name = argv[commandIndex] as string;
	const command = commands.find((c) => c.name === name);
	if (!command) return { kind: 'error', message: `unknown command ${name}; expected ${commands.map((c) => c.name).join(', ')}` };
	const rest = [...argv.slice(0, commandIndex), ...argv.slice(commandIndex + 1)];
	const parsed = parseWith(rest, { ...command.options, ...GLOBAL_OPTIONS });
	if (typeof parsed === 'string') return { kind: 'error', message: parsed };
	if (parsed.values.help === true) return { kind: 'help', command };
	if (parsed.values.version === true) return { kind: 'version' };
	return { kind: 'run', command, input: parsed };
}

/**
 * `postwright --vault v check`: `v` is the value of `--vault`, not the
 * command. Any command's string option takes the next argument as its value.
 */
function isOptionValue(argv: readonly string[], index: number, commands: readonly CliCommand[]): boolean {
	const previous = argv[index - 1];
	if (!previous?.startsWith('-') || previous.includes('=')) return false;
	return commands.some((command) => Object.entries(command.options).some(([long, spec]) =>
		spec.type === 'string' && (previous === `--${long}` || (spec.short !== undefined && previous === `-${spec.short}`))));
}

/** The parsed values and positionals, or a one-line usage message. */
function parseWith(args: readonly string[], options: ParseArgsOptionsConfig): CommandInput | string {
	const { values, positionals, tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
	const unknown: string[] = [];
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const spec = options[token.name];
		if (!spec) {
			unknown.push(token.rawName);
			continue;
		}
		if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))) return `${token.rawName} needs a value`;
		if (spec.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value`;
	}
	if (unknown.length > 0) return `unknown ${unknown.length === 1 ? 'option' : 'options'} ${[...new Set(unknown)].join(', ')}`;
	return { values: values as CommandInput['values'], positionals };
}

/** `postwright --help`, or one command's help. */
export function helpText(commands: readonly CliCommand[], command: CliCommand | null, profilesLine: string): string {
	if (command) {
		const width = Math.max(...command.optionHelp.map(([flag]) => flag.length), 10) + 2;
		const options = command.optionHelp.map(([flag, text]) => `  ${flag.padEnd(width)} ${text}`);
		return [`Usage: postwright ${command.usage}`, '', command.summary, '', 'Options:', ...options, `  ${'-h, --help'.padEnd(width)} show this help`, ''].join('\n');
	}
	const width = Math.max(...commands.map((c) => c.usage.length)) + 2;
	return [
		'postwright: check structured social posts in a Markdown vault',
		'',
		'Usage:',
		...commands.map((c) => `  postwright ${c.usage.padEnd(width)} ${c.summary}`),
		'',
		'Run `postwright COMMAND --help` for its options.',
		`Profiles: ${profilesLine}`,
		'',
		'  -h, --help       show this help',
		'  -v, --version    show the version',
		'',
		'Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.',
		'',
	].join('\n');
}
