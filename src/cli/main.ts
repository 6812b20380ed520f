import { isMainThread, workerData } from 'node:worker_threads';
import { parseInvocation, helpText } from './args';
import { isWorkerSetup, serveCheckWorker } from './check-worker';
import { UsageError, type CliIo } from './command';
import { COMMANDS } from './commands';
import { loadConfig } from './config-file';
import { knownProfiles } from './profiles-command';
import { findVaultRoot } from './vault-root';

export type { CliIo } from './command';

declare const POSTWRIGHT_VERSION: string | undefined;

function defaultIo(): CliIo {
	const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
	return {
		cwd: process.cwd(),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		colour: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : colour,
		now: new Date(),
		readStdin: async () => {
			const chunks: Buffer[] = [];
			for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
			return Buffer.concat(chunks).toString('utf8');
		},
	};
}

/** Runs the CLI and returns its exit code: 0 clean, 1 errors found, 2 usage or I/O problem. */
export async function run(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
	const invocation = parseInvocation(argv, COMMANDS);
	switch (invocation.kind) {
		case 'help':
			io.stdout(helpText(COMMANDS, invocation.command, profilesLine(io)));
			return 0;
		case 'version':
			io.stdout(`${typeof POSTWRIGHT_VERSION === 'string' ? POSTWRIGHT_VERSION : 'dev'}\n`);
			return 0;
		case 'error':
			return usage(io, invocation.message);
		case 'run':
			try {
				return await invocation.command.run(invocation.input, io);
			} catch (failure) {
				if (failure instanceof UsageError) return usage(io, failure.message);
				// Anything unexpected is still one line, never a stack trace.
				io.stderr(`postwright: ${oneLine(failure instanceof Error ? failure.message : String(failure))}\n`);
				return 2;
			}
	}
}

function usage(io: CliIo, message: string): number {
	io.stderr(`postwright: ${oneLine(message)} (see postwright --help)\n`);
	return 2;
}

function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `--help` names the profiles a check here would know; a config that cannot be read is left for `check` to report. */
function profilesLine(io: CliIo): string {
	const found = findVaultRoot(['.'], io.cwd, null);
	const configured = 'root' in found ? loadConfig(found.root, io.cwd, null).config : null;
	return knownProfiles(configured?.profiles ?? [], configured?.overrides).map((p) => `${p.id} (${p.platform})`).join(', ') + '; see `postwright profiles`';
}

// The bundle started as a check worker serves batches (see check-pool.ts); loaded
// as the entry by a direct `node dist/cli.cjs`, it runs the CLI.
if (!isMainThread && isWorkerSetup(workerData)) {
	serveCheckWorker(workerData);
} else if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
	void run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
