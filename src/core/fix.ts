import type { Finding, TextEdit } from './types';

/**
 * Applies edits to a text. Offsets refer to the original text; edits at the
 * same offset keep their given order; an edit overlapping an earlier one is
 * dropped rather than corrupting the author's text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.from - b.edit.from || a.index - b.index);
	let out = '';
	let cursor = 0;
	for (const { edit } of sorted) {
		if (edit.from < cursor || edit.to < edit.from || edit.to > text.length) continue;
		out += text.slice(cursor, edit.from) + edit.insert;
		cursor = edit.to;
	}
	return out + text.slice(cursor);
}

/** The line ending a note already uses, so inserted lines match it. */
export function lineEnding(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The edits of a finding's fix as they apply to the text now: the same finding
 * (rule, message, fix title) nearest to where it was, among the findings of
 * the current text. A fix computed before the author typed more must never
 * land on stale offsets. Null when the finding is gone or has no edit fix.
 */
export function currentEdits(findings: readonly Finding[], finding: Finding): TextEdit[] | null {
	let best: Finding | null = null;
	for (const candidate of findings) {
		if (candidate.ruleId !== finding.ruleId || candidate.message !== finding.message) continue;
		if (candidate.fix?.kind !== 'edit' || candidate.fix.title !== finding.fix?.title) continue;
		if (!best || Math.abs(candidate.from - finding.from) < Math.abs(best.from - finding.from)) best = candidate;
	}
	return best?.fix?.kind === 'edit' ? best.fix.edits : null;
}
