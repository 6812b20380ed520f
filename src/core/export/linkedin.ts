/**
 * The FULL POST as LinkedIn should get it: what `postwright export` prints and
 * Copy for LinkedIn puts on the clipboard. Decoration (`---`) is already gone
 * from the published text; here Markdown becomes what LinkedIn can show,
 * paragraphs get exactly one blank line between them, and nothing else of the
 * prose changes.
 */
import type { Hook, PostModel } from '../parse/post';
import { applySpans, scanLine, type BoldStyle, type ScanState } from './markdown';
import { compareOpening } from './reader-text';

/** Published text with its Markdown converted and its paragraphs separated by one blank line. */
export function toPlatformText(text: string, bold: BoldStyle): string {
	const state: ScanState = { fence: null };
	const out: string[] = [];
	let pendingBreak = false;
	for (const line of text.split(/\r\n|\r|\n/)) {
		if (line.trim() === '') {
			pendingBreak = out.length > 0;
			continue;
		}
		const spans = scanLine(line, bold, state);
		// A `<br>` turns into a line break: each resulting line loses its trailing spaces.
		const converted = applySpans(line, spans).split('\n').map((part) => part.trimEnd()).join('\n');
		// A line that held only Markdown with nothing to show (a fence, a comment) leaves no trace, not a blank line.
		if (converted.trim() === '') continue;
		if (pendingBreak) out.push('');
		pendingBreak = false;
		out.push(converted);
	}
	return out.join('\n');
}

export interface ExportOptions {
	bold: BoldStyle;
	/** A hook's letter: the FULL POST with that hook's text as its opening. */
	hook?: string | null;
}

export type ExportResult =
	| { ok: true; text: string; hook: string | null }
	| { ok: false; reason: string };

/** The FULL POST, as LinkedIn-ready text; a reason when there is none to export. */
export function exportLinkedIn(post: PostModel, options: ExportOptions): ExportResult {
	const full = post.fullPost;
	if (!full) return { ok: false, reason: 'the note has no FULL POST section' };
	if (full.body.text.trim() === '') return { ok: false, reason: 'the FULL POST is empty' };
	let text = full.body.text;
	const wanted = options.hook?.trim().toUpperCase() || null;
	if (wanted && wanted !== full.usingHook) {
		const hook = post.hooks.find((candidate) => candidate.name === wanted);
		if (!hook) return { ok: false, reason: `there is no Hook ${wanted}; the hooks are ${post.hooks.map((h) => h.name).join(', ') || 'none'}` };
		const swapped = withOpening(text, post.hooks.find((candidate) => candidate.name === full.usingHook) ?? null, hook);
		if (!swapped.ok) return swapped;
		text = swapped.text;
	}
	return { ok: true, text: toPlatformText(text, options.bold), hook: wanted ?? full.usingHook };
}

/** The FULL POST text with `posted`'s opening replaced by `chosen`'s text. */
function withOpening(text: string, posted: Hook | null, chosen: Hook): { ok: true; text: string } | { ok: false; reason: string } {
	if (chosen.body.text.trim() === '') return { ok: false, reason: `Hook ${chosen.name} is empty` };
	const comparison = posted ? compareOpening(text, posted.body.text) : null;
	if (!posted || !comparison?.matches) {
		return { ok: false, reason: `the FULL POST does not open with the hook it names${posted ? ` (Hook ${posted.name})` : ''}, so there is no opening to replace` };
	}
	return { ok: true, text: chosen.body.text + text.slice(comparison.end) };
}
