/**
 * `postwright export PATH`: prints what to paste. For LinkedIn, the FULL POST
 * (or the named hook's version of it) as LinkedIn-ready text; for X, Threads,
 * Bluesky and Mastodon, the note's variant as a thread (export-variant.ts).
 */
import * as path from 'node:path';
import { exportLinkedIn, type BoldStyle, type ExportResult } from '../core/export';
import { measureLength } from '../core/metrics/platform-length';
import { parsePost, type PostModel } from '../core/parse/post';
import { PLATFORMS } from '../core/profiles/platforms';
import { choiceOption, stringOption, UsageError, type CliCommand, type CliIo, type CommandInput } from './command';
import { runVariantExport } from './export-variant';
import { readNote } from './read-note';
import { parseYamlWithGrayMatter } from './yaml';

export interface ExportArgs {
	file: string;
	platform: string;
	format: 'text' | 'json';
	bold: BoldStyle;
	hook: string | null;
	/** Number the parts of a thread (` 1/5`). */
	numbered: boolean;
}

/** The command's options, checked; a usage error says what is wrong. */
export function exportArgs(input: CommandInput): ExportArgs {
	const { positionals } = input;
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'export needs the post to export: postwright export PATH' : 'export takes one post at a time');
	const hook = stringOption(input, 'hook');
	if (hook !== null && !/^[A-Za-z]$|^\d+$/.test(hook.trim())) throw new UsageError(`--hook needs a hook's letter, such as A, not ${hook}`);
	return {
		file: positionals[0] as string,
		platform: stringOption(input, 'platform', 'linkedin'),
		format: choiceOption(input, 'format', ['text', 'json'] as const, 'text'),
		bold: choiceOption(input, 'bold', ['plain', 'unicode'] as const, 'plain'),
		hook: hook?.trim() ?? null,
		numbered: input.values.numbered === true,
	};
}

export const exportCommand: CliCommand = {
	name: 'export',
	usage: 'export PATH [--platform P] [--format text|json] [--bold plain|unicode] [--hook X] [--numbered]',
	summary: 'print the FULL POST, or a variant as a thread, as ready to paste',
	optionHelp: [
		['--platform P', 'linkedin (default), or x, threads, bluesky, mastodon: the note\'s variant as a thread'],
		['--format text|json', 'text prints the post; json prints { platform, hook, parts: [{ text, length }] }'],
		['--bold plain|unicode', '**bold** as plain text (default) or Unicode sans-serif bold (screen readers spell it out letter by letter)'],
		['--hook X', 'the FULL POST opening with Hook X instead of the hook it names'],
		['--numbered', 'end each part of a thread with 1/N (counted toward the limit)'],
	],
	options: { platform: { type: 'string' }, format: { type: 'string' }, bold: { type: 'string' }, hook: { type: 'string' }, numbered: { type: 'boolean' } },
	run: (input, io) => runExport(exportArgs(input), io),
};

/** One exporter per platform; the others print their variant (PRODUCT.md §2.1) as parts. */
function exportFor(platform: string, post: PostModel, args: ExportArgs): ExportResult | null {
	switch (platform) {
		case 'linkedin': return exportLinkedIn(post, { bold: args.bold, hook: args.hook });
		default: return null;
	}
}

/** Exit 0 with the text on stdout; 1 when the note has nothing to export; 2 for a usage or I/O problem. */
export function runExport(args: ExportArgs, io: CliIo): number {
	const platform = PLATFORMS[args.platform];
	if (!platform) {
		io.stderr(`postwright: unknown platform ${args.platform}; expected one of ${Object.keys(PLATFORMS).join(', ')}\n`);
		return 2;
	}
	const file = path.resolve(io.cwd, args.file);
	const read = readNote(file);
	if (!read.ok) {
		io.stderr(`postwright: ${args.file}: ${'problem' in read ? read.problem : read.skip}\n`);
		return 2;
	}
	const post = parsePost(read.text, parseYamlWithGrayMatter);
	if (platform.id !== 'linkedin') return runVariantExport(post, platform, args, io);
	const result = exportFor(platform.id, post, args);
	if (!result) {
		io.stderr(`postwright: export for ${platform.label} is not available yet; expected --platform linkedin\n`);
		return 2;
	}
	if (!result.ok) {
		io.stderr(`postwright: ${args.file}: nothing to export, ${result.reason}\n`);
		return 1;
	}
	const length = measureLength(result.text, platform.lengthMode);
	if (args.format === 'json') {
		io.stdout(`${JSON.stringify({ platform: platform.id, hook: result.hook, parts: [{ text: result.text, length }] }, null, 2)}\n`);
	} else {
		io.stdout(`${result.text}\n`);
	}
	// On stderr, so what goes to stdout is exactly what to paste.
	if (length > platform.postLimit) io.stderr(`postwright: ${args.file}: ${length} characters, over ${platform.label}'s ${platform.postLimit}\n`);
	return 0;
}
