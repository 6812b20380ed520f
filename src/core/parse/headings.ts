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

// The opening marks only; the rest is cut by hand: a lazy `(.*?)` before an optional
// closing `#` run backtracks quadratically on a heading with a long run of spaces.
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
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
		const match = ATX_OPEN.exec(text);
		if (!match) continue;
		const { start, end } = atxContent(text, match[0].length);
		const body = text.slice(start, end);
		const textFrom = line.start + (body ? start : line.end - line.start);
		headings.push({ level: (match[1] as string).length, text: body.trim(), lineIndex: i, from: line.start, textFrom, to: line.end });
	}
	return headings;
}

function isSpaceOrTab(text: string, index: number): boolean {
	const c = text.charCodeAt(index);
	return c === 32 || c === 9;
}

/** The heading text's range after the opening marks: surrounding blanks and a closing `#` run (after a blank) dropped. */
function atxContent(text: string, openEnd: number): { start: number; end: number } {
	let end = text.length;
	while (end > openEnd && isSpaceOrTab(text, end - 1)) end--;
	let hashes = end;
	while (hashes > openEnd && text.charCodeAt(hashes - 1) === 35) hashes--;
	if (hashes < end && (hashes === openEnd || isSpaceOrTab(text, hashes - 1))) {
		end = hashes;
		while (end > openEnd && isSpaceOrTab(text, end - 1)) end--;
	}
	let start = openEnd;
	while (start < end && isSpaceOrTab(text, start)) start++;
	return { start, end };
}
