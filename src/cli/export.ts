/**
 * `postwright export PATH`: prints what to paste. For LinkedIn, the FULL POST
 * (or the named hook's version of it) as LinkedIn-ready text. Its options are
 * its own, parsed here, so the other commands' parser never needs to know them.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { exportLinkedIn, type BoldStyle, type ExportResult } from '../core/export';
import { measureLength } from '../core/metrics/platform-length';
import { parsePost, type PostModel } from '../core/parse/post';
import { PLATFORMS } from '../core/profiles/platforms';
import type { CliIo } from './main';
import { readNote } from './read-note';
import { parseYamlWithGrayMatter } from './yaml';

export const EXPORT_HELP = `Usage: postwright export PATH [options]   print the post as it should be pasted

Options for export:
  --platform linkedin    the platform to export for (default: linkedin)
  --format text|json     text prints the post; json prints { platform, hook, parts: [{ text, length }] }
  --bold plain|unicode   **bold** as plain text (default) or Unicode sans-serif bold
                         (screen readers spell Unicode bold out letter by letter)
  --hook X               the FULL POST opening with Hook X instead of the hook it names
`;

export interface ExportArgs {
	file: string;
	platform: string;
	format: 'text' | 'json';
	bold: BoldStyle;
	hook: string | null;
}

export function parseExportArgs(argv: readonly string[]): ExportArgs | { help: true } | { error: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv], allowPositionals: true, strict: true,
			options: {
				platform: { type: 'string', default: 'linkedin' },
				format: { type: 'string', default: 'text' },
				bold: { type: 'string', default: 'plain' },
				hook: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		return { error: (error as Error).message.split('\n')[0] as string };
	}
	const { values, positionals } = parsed;
	if (values.help) return { help: true };
	if (positionals.length !== 1) return { error: positionals.length === 0 ? 'export needs the post to export: postwright export PATH' : 'export takes one post at a time' };
	if (values.format !== 'text' && values.format !== 'json') return { error: `--format must be text or json, not ${values.format}` };
	if (values.bold !== 'plain' && values.bold !== 'unicode') return { error: `--bold must be plain or unicode, not ${values.bold}` };
	if (values.hook !== undefined && !/^[A-Za-z]$|^\d+$/.test(values.hook.trim())) return { error: `--hook needs a hook's letter, such as A, not ${values.hook}` };
	return { file: positionals[0] as string, platform: values.platform, format: values.format, bold: values.bold, hook: values.hook?.trim() ?? null };
}

/** One exporter per platform; the others print their variant (PRODUCT.md §2.1) as parts. */
function exportFor(platform: string, post: PostModel, args: ExportArgs): ExportResult | null {
	switch (platform) {
		case 'linkedin': return exportLinkedIn(post, { bold: args.bold, hook: args.hook });
		default: return null;
	}
}

/** Exit 0 with the text on stdout; 1 when the note has nothing to export; 2 for a usage or I/O problem. */
export function runExport(argv: readonly string[], io: CliIo): number {
	const args = parseExportArgs(argv);
	if ('help' in args) {
		io.stdout(EXPORT_HELP);
		return 0;
	}
	if ('error' in args) {
		io.stderr(`postwright: ${args.error} (see postwright export --help)\n`);
		return 2;
	}
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
	const result = exportFor(platform.id, parsePost(read.text, parseYamlWithGrayMatter), args);
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
