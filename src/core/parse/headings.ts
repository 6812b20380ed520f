import type { Source, SourceLine } from './source';

export interface Heading {
	level: number;
	/** Heading text without the `#` marks and closing hashes, trimmed. */
	text: string;
	lineIndex: number;
	/** Offset of the line start and of the text. */
	from: number;
	textFrom: number;
	to: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** ATX headings of the body, skipping fenced code blocks (a `# comment` in code is not a heading). */
export function findHeadings(source: Source, firstLine: number): Heading[] {
	const headings: Heading[] = [];
	const lines = source.lines;
	let fence = '';
	for (let i = firstLine; i < lines.length; i++) {
		const line = lines[i] as SourceLine;
		const text = line.text;
		// Cheap first-character test: most lines are prose.
		const c = text.charCodeAt(0);
		if (c !== 35 && c !== 32 && c !== 96 && c !== 126) continue;
		const fenceMatch = FENCE.exec(text);
		if (fenceMatch) {
			const marker = fenceMatch[1] as string;
			if (!fence) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = '';
			continue;
		}
		if (fence) continue;
		const match = ATX.exec(text);
		if (!match) continue;
		const body = match[2] ?? '';
		const textFrom = line.start + (body ? text.indexOf(body, (match[1] as string).length) : line.end - line.start);
		headings.push({ level: (match[1] as string).length, text: body.trim(), lineIndex: i, from: line.start, textFrom, to: line.end });
	}
	return headings;
}
