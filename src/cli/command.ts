import type { ParseArgsConfig } from 'node:util';

export type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * One subcommand of `postwright`. Each lives in its own module, exports one
 * `CliCommand`, and is listed in `commands.ts`; `main.ts` parses the
 * arguments with Node's `util.parseArgs` against `options` and calls `run`.
 *
 * To add one: write `src/cli/<name>.ts` exporting e.g.
 * `export const measureCommand: CliCommand = { name: 'measure', ... }`,
 * then add it to `COMMANDS` in `commands.ts`. Unknown flags, a string option
 * without its value and a flag given a value are usage errors before `run`
 * is called; `run` throws `UsageError` for its own (exit 2, one line).
 */
export interface CliCommand {
	name: string;
	/** The usage line after `postwright `, e.g. `measure --platform P [--jsonl]`. */
	usage: string;
	/** What it does, a few words, for `postwright --help`. */
	summary: string;
	/** Each option's help line, e.g. `['--jsonl', 'one JSON string per input line']`. */
	optionHelp: ReadonlyArray<readonly [string, string]>;
	/** As `util.parseArgs` takes them; `--help` is added for every command. */
	options: ParseArgsOptionsConfig;
	run(input: CommandInput, io: CliIo): Promise<number> | number;
}

export interface CommandInput {
	/** The parsed options, keyed by long name. */
	values: Readonly<Record<string, string | boolean | undefined>>;
	/** Arguments after the command name. */
	positionals: readonly string[];
}

/** Everything a command touches outside itself, so tests can run it in memory. */
export interface CliIo {
	cwd: string;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	colour: boolean;
	now: Date;
	/** All of standard input as text (for `measure`). */
	readStdin?: () => Promise<string>;
}

/** A problem with how the command was called: `main` prints it as one line and exits 2. */
export class UsageError extends Error {}

/** A string option's value, or `fallback`. */
export function stringOption(input: CommandInput, name: string, fallback: string): string;
export function stringOption(input: CommandInput, name: string, fallback?: null): string | null;
export function stringOption(input: CommandInput, name: string, fallback: string | null = null): string | null {
	const value = input.values[name];
	return typeof value === 'string' ? value : fallback;
}

/** A string option limited to a few values; anything else is a usage error naming them. */
export function choiceOption<T extends string>(input: CommandInput, name: string, choices: readonly T[], fallback: T): T {
	const value = stringOption(input, name, fallback);
	if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${choices.join(' or ')}, not ${value}`);
	return value as T;
}
