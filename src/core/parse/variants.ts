/**
 * `## VARIANTS` (PRODUCT §1.2, §2.1): the same post rewritten for other
 * platforms, one `### X`, `### THREADS`, `### BLUESKY` or `### MASTODON`
 * subsection each, from the VARIANTS heading to the next heading of level 1 or 2.
 */
import { publishedText, type PublishedText, type Section } from './sections';
import type { Source } from './source';

export type VariantPlatform = 'x' | 'threads' | 'bluesky' | 'mastodon';

export interface Variant {
	platform: VariantPlatform;
	section: Section;
	/** The text as it would be posted: `---` decoration dropped, ends trimmed. */
	body: PublishedText;
}

export interface Variants {
	/** The `## VARIANTS` heading's own section (up to its first subsection). */
	section: Section;
	items: Variant[];
	/** Subsections naming no known platform (`### Instagram`): kept so a view can say so. */
	unknown: Section[];
}

const VARIANTS = /^variants\s*$/i;
/** The platform a subsection names; a few spellings people use. */
const PLATFORM_NAMES: ReadonlyArray<[RegExp, VariantPlatform]> = [
	[/^(?:x|twitter|x\s*\(twitter\))$/i, 'x'],
	[/^threads$/i, 'threads'],
	[/^(?:bluesky|bsky)$/i, 'bluesky'],
	[/^mastodon$/i, 'mastodon'],
];

export function platformOfHeading(text: string): VariantPlatform | null {
	const name = text.trim();
	for (const [pattern, platform] of PLATFORM_NAMES) if (pattern.test(name)) return platform;
	return null;
}

/** The first `## VARIANTS` and its subsections, from the note's sections in order. */
export function parseVariants(source: Source, sections: readonly Section[]): Variants | null {
	const at = sections.findIndex((s) => s.heading.level === 2 && VARIANTS.test(s.heading.text));
	if (at < 0) return null;
	const variants: Variants = { section: sections[at] as Section, items: [], unknown: [] };
	for (let i = at + 1; i < sections.length; i++) {
		const section = sections[i] as Section;
		if (section.heading.level <= 2) break;
		if (section.heading.level !== 3) continue;
		const platform = platformOfHeading(section.heading.text);
		if (platform) variants.items.push({ platform, section, body: publishedText(source, section) });
		else variants.unknown.push(section);
	}
	return variants;
}
