/**
 * A variant as its platform should get it (PRODUCT §6 `export --platform`):
 * Markdown turned into what the platform shows, as for LinkedIn, then split
 * into a thread as §2.1 says: the author's parts when split by hand (each part
 * converted on its own, so the three blank lines survive), otherwise
 * automatically, every part within the limit.
 */
import { toPlatformText, type BoldStyle } from '../export';
import type { PostModel } from '../parse/post';
import type { VariantPlatform } from '../parse/variants';
import { lengthOn, platformOf } from './measure';
import { handParts, isHandSplit, splitThread } from './split';

export interface VariantExportOptions {
	bold: BoldStyle;
	/** Number the parts of a thread (` 1/5`), counted toward the limit. */
	numbering: boolean;
}

export type VariantExport =
	| { ok: true; platform: VariantPlatform; handSplit: boolean; parts: Array<{ text: string; length: number }> }
	| { ok: false; reason: string };

export function exportVariant(post: PostModel, platform: VariantPlatform, options: VariantExportOptions): VariantExport {
	const { label, postLimit } = platformOf(platform);
	const variant = post.variants?.items.find((item) => item.platform === platform);
	if (!variant) return { ok: false, reason: `the note has no ### ${label.toUpperCase()} subsection under ## VARIANTS` };
	const text = variant.body.text;
	if (text.trim() === '') return { ok: false, reason: `the ${label} variant is empty` };
	const measure = lengthOn(platform);
	if (isHandSplit(text)) {
		const parts = handParts(text)
			.map(({ from, to }) => toPlatformText(text.slice(from, to), options.bold))
			.filter((part) => part !== '')
			.map((part) => ({ text: part, length: measure(part) }));
		return { ok: true, platform, handSplit: true, parts };
	}
	const converted = toPlatformText(text, options.bold);
	const parts = splitThread(converted, { limit: postLimit, measure, numbering: options.numbering }).map(({ text: part, length }) => ({ text: part, length }));
	return { ok: true, platform, handSplit: false, parts };
}
