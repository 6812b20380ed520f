/**
 * The fold as real Chromium lays it out: the text in a column of the device's
 * width with LinkedIn's CSS (`font: 14px/20px Roboto; white-space: pre-wrap;
 * overflow-wrap: break-word`), each grapheme's box read back with a Range.
 * The same LinkedIn rules as the model then pick what shows: the first
 * `maxLines` visual lines (one fewer on desktop when the last would be blank),
 * the last line's graphemes that end before the "…more" label, whose width
 * Chromium measures too.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { countGraphemes } from '../../src/core/metrics/graphemes';
import type { FoldDevice } from '../../src/core/profiles/fold-defaults';

export interface CorpusHook {
	label: string;
	text: string;
}

/** The hooks of test/fixtures/fold/hooks.md: each `## ` heading starts one. */
export function readCorpus(): CorpusHook[] {
	const file = readFileSync(new URL('../fixtures/fold/hooks.md', import.meta.url), 'utf8');
	const parts = file.split(/^## /m).slice(1);
	return parts.map((part) => {
		const newline = part.indexOf('\n');
		return { label: part.slice(0, newline).trim(), text: part.slice(newline + 1).trim() };
	});
}

export interface ChromiumLayout {
	/** Per grapheme: UTF-16 start, end, visual line (0-based), right edge in px from the column's left. */
	graphemes: Array<[number, number, number, number]>;
	/** Visual lines in all. */
	lineCount: number;
	labelWidth: number;
}

/** The page side: lays `text` out and reads each grapheme's box. Runs in the browser. */
function layOut({ text, width, fontSize, lineHeight, label }: { text: string; width: number; fontSize: number; lineHeight: number; label: string }): ChromiumLayout {
	const column = document.createElement('div');
	column.style.cssText = `font: ${fontSize}px/${lineHeight}px Roboto; white-space: pre-wrap; overflow-wrap: break-word; width: ${width}px; padding: 0; margin: 0`;
	column.textContent = text;
	document.body.appendChild(column);
	const probe = document.createElement('span');
	probe.style.cssText = `font: ${fontSize}px/${lineHeight}px Roboto; white-space: pre`;
	probe.textContent = label;
	document.body.appendChild(probe);
	const labelWidth = probe.getBoundingClientRect().width;
	const left = column.getBoundingClientRect().left;
	const top = column.getBoundingClientRect().top;
	const node = column.firstChild as Text;
	const range = document.createRange();
	const graphemes: Array<[number, number, number, number]> = [];
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	let line = 0;
	for (const { segment, index } of segmenter.segment(text)) {
		range.setStart(node, index);
		range.setEnd(node, index + segment.length);
		const rects = range.getClientRects();
		if (segment === '\n' || segment === '\r\n') {
			graphemes.push([index, index + segment.length, -1, 0]);
			continue;
		}
		const rect = rects[rects.length - 1];
		if (rect) line = Math.round((rect.top - top) / lineHeight);
		graphemes.push([index, index + segment.length, line, rect ? rect.right - left : 0]);
	}
	const lineCount = Math.round(column.getBoundingClientRect().height / lineHeight);
	column.remove();
	probe.remove();
	return { graphemes, lineCount, labelWidth };
}

export async function chromiumLayout(page: Page, text: string, device: FoldDevice): Promise<ChromiumLayout> {
	return page.evaluate(layOut, { text, width: device.width, fontSize: device.fontSize, lineHeight: device.lineHeight, label: device.label });
}

export interface ChromiumFold {
	visibleLines: number;
	visibleChars: number;
	complete: boolean;
	/** Every visual line's text, as Chromium broke them. */
	lines: string[];
}

/** LinkedIn's rules applied to Chromium's layout. */
export function chromiumFold(text: string, layout: ChromiumLayout, device: FoldDevice): ChromiumFold {
	const lines: string[] = Array.from({ length: layout.lineCount }, () => '');
	for (const [from, to, line] of layout.graphemes) if (line >= 0) lines[line] = (lines[line] ?? '') + text.slice(from, to);
	if (layout.lineCount <= device.maxLines) {
		return { visibleLines: layout.lineCount, visibleChars: countGraphemes(text), complete: true, lines };
	}
	let shown = device.maxLines;
	if (device.blankLastLineHides && shown > 1 && (lines[shown - 1] ?? '').trim() === '') shown--;
	const last = shown - 1;
	const room = device.width - layout.labelWidth;
	// Everything on the lines before the last, then the last line's graphemes that end within the room the label leaves.
	let cut = 0;
	// The visual line the next grapheme is on; a line feed ends the line it is on.
	let cursor = 0;
	for (const [, to, line, right] of layout.graphemes) {
		const on = line >= 0 ? line : cursor;
		if (on < last) cut = to;
		else if (on === last && line >= 0 && right <= room + 1 / 128) cut = to;
		else break;
		cursor = line >= 0 ? line : on + 1;
	}
	return { visibleLines: shown, visibleChars: countGraphemes(text.slice(0, cut)), complete: false, lines };
}
