/**
 * `postwright export PATH --platform x|threads|bluesky|mastodon`: the note's
 * variant for that platform (PRODUCT §2.1) as the parts of a thread, each
 * within the platform's limit unless the author split it by hand over it
 * (then `variant-length` is an error, and export says so on stderr).
 */
import type { BoldStyle } from '../core/export';
import type { PostModel } from '../core/parse/post';
import type { VariantPlatform } from '../core/parse/variants';
import type { Platform } from '../core/profiles/platforms';
import { exportVariant } from '../core/variants/export';
import type { CliIo } from './command';

export interface VariantExportArgs {
	file: string;
	format: 'text' | 'json';
	bold: BoldStyle;
	numbered: boolean;
}

/** Text output: a thread's parts one after another, each under a line naming it and its length. */
export function formatParts(parts: ReadonlyArray<{ text: string; length: number }>, platform: Platform): string {
	if (parts.length === 1) return `${(parts[0] as { text: string }).text}\n`;
	return parts.map((part, i) => `--- ${platform.label} ${i + 1}/${parts.length} (${part.length}/${platform.postLimit}) ---\n${part.text}\n`).join('\n');
}

/** Exit 0 with the parts on stdout; 1 when the note has no such variant. */
export function runVariantExport(post: PostModel, platform: Platform, args: VariantExportArgs, io: CliIo): number {
	const result = exportVariant(post, platform.id as VariantPlatform, { bold: args.bold, numbering: args.numbered });
	if (!result.ok) {
		io.stderr(`postwright: ${args.file}: nothing to export, ${result.reason}\n`);
		return 1;
	}
	io.stdout(args.format === 'json' ? `${JSON.stringify({ platform: platform.id, parts: result.parts }, null, 2)}\n` : formatParts(result.parts, platform));
	// On stderr, so what goes to stdout is exactly what to paste.
	result.parts.forEach((part, i) => {
		if (part.length > platform.postLimit) {
			io.stderr(`postwright: ${args.file}: part ${i + 1} (split by hand) has ${part.length} characters, over ${platform.label}'s ${platform.postLimit}\n`);
		}
	});
	return 0;
}
