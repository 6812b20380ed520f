import * as path from 'node:path';
import { parseArgs, HELP, type CheckArgs } from './args';
import { runCheck } from './check';
import { runExport } from './export';
import { loadConfig } from './config-file';
import { formatJson, summarise } from './format-json';
import { COLOURS, formatText, PLAIN } from './format-text';
import { scaffoldPost } from './scaffold';

declare const POSTWRIGHT_VERSION: string | undefined;

export interface CliIo {
	cwd: string;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	colour: boolean;
	now: Date;
}

function defaultIo(): CliIo {
	const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
	return {
		cwd: process.cwd(),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		colour: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : colour,
		now: new Date(),
	};
}

/** Runs the CLI and returns its exit code: 0 clean, 1 errors found, 2 usage or I/O problem. */
export async function run(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
	// export parses its own options (src/cli/export.ts).
	if (argv[0] === 'export') return runExport(argv.slice(1), io);
	const args = parseArgs(argv);
	switch (args.command) {
		case 'help':
			io.stdout(HELP);
			return 0;
		case 'version':
			io.stdout(`${typeof POSTWRIGHT_VERSION === 'string' ? POSTWRIGHT_VERSION : 'dev'}\n`);
			return 0;
		case 'error':
			io.stderr(`postwright: ${args.message} (see postwright --help)\n`);
			return 2;
		case 'new':
			try {
				const file = scaffoldPost(args.title, path.resolve(io.cwd, args.dir), io.now);
				io.stdout(`created ${path.relative(io.cwd, file).split(path.sep).join('/')}\n`);
				return 0;
			} catch (error) {
				io.stderr(`postwright: cannot create the post: ${(error as Error).message}\n`);
				return 2;
			}
		case 'check':
			return check(args, io);
	}
}

function check(args: CheckArgs, io: CliIo): number {
	const { config, error } = loadConfig(io.cwd, args.config);
	if (error) {
		io.stderr(`postwright: ${error}\n`);
		return 2;
	}
	if (args.profile && ![...config.profiles.map((p) => p.id), 'linkedin-post'].includes(args.profile)) {
		io.stderr(`postwright: unknown profile ${args.profile}\n`);
		return 2;
	}
	let result;
	try {
		result = runCheck({ paths: args.paths, vault: args.vault, profile: args.profile, config, cwd: io.cwd, now: io.now });
	} catch (failure) {
		// Anything unexpected is still one line, never a stack trace.
		io.stderr(`postwright: ${(failure as Error).message ?? String(failure)}\n`);
		return 2;
	}
	const summary = summarise(result);
	io.stdout(args.format === 'json' ? formatJson(result, summary) : formatText(result, summary, io.colour ? COLOURS : PLAIN, args.quiet));
	for (const problem of result.problems) io.stderr(`postwright: ${problem}\n`);
	if (result.problems.length > 0) return 2;
	if (summary.errors > 0) return 1;
	if (args.maxWarnings !== null && summary.warnings > args.maxWarnings) {
		io.stderr(`postwright: ${summary.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
		return 1;
	}
	return 0;
}

// Run when loaded as the bundle's entry by a direct `node dist/cli.cjs`.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
	void run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
