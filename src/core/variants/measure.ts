/**
 * Each variant measured against its own platform (PRODUCT §2.1): its whole
 * length, and its parts as a thread (hand-split or automatic), each placed in
 * the note so a finding or a meter can point at it.
 */
import { measureLength } from '../metrics/platform-length';
import type { PostModel } from '../parse/post';
import { sourceOffset } from '../parse/sections';
import type { Variant, VariantPlatform } from '../parse/variants';
import { PLATFORMS, type Platform } from '../profiles/platforms';
import { isHandSplit, splitThread, type ThreadPart } from './split';

export interface PlacedPart extends ThreadPart {
	/** The part's own text in the note: [sourceFrom, sourceTo). */
	sourceFrom: number;
	sourceTo: number;
}

export interface VariantMeasure {
	platform: VariantPlatform;
	label: string;
	limit: number;
	/** The heading's offsets in the note. */
	headingFrom: number;
	headingTo: number;
	/** The whole variant's length as its platform counts it. */
	length: number;
	handSplit: boolean;
	/** One part when the variant fits in one post. */
	parts: PlacedPart[];
}

export function platformOf(platform: VariantPlatform): Platform {
	return PLATFORMS[platform] as Platform;
}

/** A counter for the platform: what its limit is measured in. */
export function lengthOn(platform: VariantPlatform): (text: string) => number {
	const mode = platformOf(platform).lengthMode;
	return (text) => measureLength(text, mode);
}

export function measureVariant(variant: Variant, options: { numbering?: boolean } = {}): VariantMeasure {
	const platform = platformOf(variant.platform);
	const measure = lengthOn(variant.platform);
	const text = variant.body.text;
	const parts = text === '' ? [] : splitThread(text, { limit: platform.postLimit, measure, numbering: options.numbering ?? false });
	return {
		platform: variant.platform,
		label: platform.label,
		limit: platform.postLimit,
		headingFrom: variant.section.heading.from,
		headingTo: variant.section.heading.to,
		length: measure(text),
		handSplit: isHandSplit(text),
		parts: parts.map((part) => ({ ...part, sourceFrom: sourceOffset(variant.body, part.from), sourceTo: sourceOffset(variant.body, part.to) })),
	};
}

/** Every variant of the post, in the note's order. */
export function measureVariants(post: PostModel, options: { numbering?: boolean } = {}): VariantMeasure[] {
	return (post.variants?.items ?? []).map((variant) => measureVariant(variant, options));
}
