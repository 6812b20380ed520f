/**
 * `postwright measure --platform P [--jsonl]` (PRODUCT §6): the length of
 * standard input as platform P counts it against its limit. With `--jsonl`,
 * each input line is a JSON string and each output line its length, so a
 * conformance suite can be run through the real command.
 */
import { measureLength } from '../core/metrics/platform-length';
import { PLATFORMS } from '../core/profiles/platforms';
import { stringOption, UsageError, type CliCommand, type CliIo, type CommandInput } from './command';

const NAMES = Object.keys(PLATFORMS).join('|');

async function runMeasure(input: CommandInput, io: CliIo): Promise<number> {
	if (input.positionals.length > 0) throw new UsageError(`measure reads standard input; it takes no ${input.positionals[0]}`);
	const name = stringOption(input, 'platform');
	if (name === null) throw new UsageError(`measure needs --platform ${NAMES}`);
	const platform = PLATFORMS[name.toLowerCase()];
	if (!platform) throw new UsageError(`unknown platform ${name}; expected one of ${Object.keys(PLATFORMS).join(', ')}`);
	if (!io.readStdin) throw new UsageError('measure needs standard input');
	const text = await io.readStdin();
	if (input.values.jsonl !== true) {
		// A trailing line break is the shell's, not the post's.
		io.stdout(`${measureLength(text.replace(/\r?\n$/, ''), platform.lengthMode)}\n`);
		return 0;
	}
	const lines = text.split(/\r?\n/);
	if (lines[lines.length - 1] === '') lines.pop();
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		let value: unknown;
		try {
			value = JSON.parse(lines[i] as string);
		} catch {
			value = undefined;
		}
		if (typeof value !== 'string') {
			io.stdout(out.join(''));
			io.stderr(`postwright: line ${i + 1} of the input is not a JSON string\n`);
			return 2;
		}
		out.push(`${measureLength(value, platform.lengthMode)}\n`);
	}
	io.stdout(out.join(''));
	return 0;
}

export const measureCommand: CliCommand = {
	name: 'measure',
	usage: `measure --platform ${NAMES} [--jsonl]`,
	summary: 'print the length of standard input as the platform counts it against its limit',
	optionHelp: [
		['--platform P', `the platform whose count to use: ${Object.keys(PLATFORMS).join(', ')}`],
		['--jsonl', 'each input line is a JSON string; print one length per line'],
	],
	options: { platform: { type: 'string' }, jsonl: { type: 'boolean' } },
	run: runMeasure,
};
