import { isBlank, isThematicBreak, type Source, type SourceLine } from './source';
import type { Heading } from './headings';

/** The content under a heading, up to the next heading of level 3 or higher. */
export interface Section {
	heading: Heading;
	/** Line indexes of the content: [firstLine, endLine). */
	firstLine: number;
	endLine: number;
	/** Offsets of the content, from the line after the heading to the end of its last line. */
	from: number;
	to: number;
}

/**
 * Text as it would be published: `---` decoration lines dropped, blank lines
 * at either end trimmed, lines joined with `\n` whatever the file's endings.
 */
export interface PublishedText {
	text: string;
	/** Offset of the first kept line (or the section start when empty). */
	from: number;
	to: number;
	/** Source offset of each kept line's start, for mapping text positions back. */
	lineStarts: number[];
}

export function sectionsOf(source: Source, headings: readonly Heading[]): Section[] {
	const sections: Section[] = [];
	for (let h = 0; h < headings.length; h++) {
		const heading = headings[h] as Heading;
		let end = source.lines.length;
		for (let n = h + 1; n < headings.length; n++) {
			const next = headings[n] as Heading;
			if (next.level <= 3) { end = next.lineIndex; break; }
		}
		const firstLine = heading.lineIndex + 1;
		const from = firstLine < source.lines.length ? (source.lines[firstLine] as SourceLine).start : heading.to;
		const to = end > firstLine ? (source.lines[end - 1] as SourceLine).end : from;
		sections.push({ heading, firstLine, endLine: end, from, to });
	}
	return sections;
}

export function publishedText(source: Source, section: Section): PublishedText {
	const kept: SourceLine[] = [];
	for (let i = section.firstLine; i < section.endLine; i++) {
		const line = source.lines[i] as SourceLine;
		if (!isThematicBreak(line.text)) kept.push(line);
	}
	let start = 0;
	let end = kept.length;
	while (start < end && isBlank((kept[start] as SourceLine).text)) start++;
	while (end > start && isBlank((kept[end - 1] as SourceLine).text)) end--;
	const used = kept.slice(start, end);
	if (used.length === 0) return { text: '', from: section.from, to: section.from, lineStarts: [] };
	return {
		// Trailing spaces are Markdown's hard-break syntax, not published characters.
		text: used.map((line) => (isBlank(line.text) ? '' : line.text.trimEnd())).join('\n'),
		from: (used[0] as SourceLine).start,
		to: (used[used.length - 1] as SourceLine).end,
		lineStarts: used.map((line) => line.start),
	};
}

/** Maps an offset in a PublishedText back to the source. */
export function sourceOffset(published: PublishedText, textOffset: number): number {
	let lineStart = 0;
	for (let i = 0; i < published.lineStarts.length; i++) {
		const next = published.text.indexOf('\n', lineStart);
		const lineEnd = next < 0 ? published.text.length : next;
		if (textOffset <= lineEnd) return (published.lineStarts[i] as number) + (textOffset - lineStart);
		lineStart = lineEnd + 1;
	}
	return published.to;
}
