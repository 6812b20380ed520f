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
 * Where an offset of `before` is in `after`, for a text changed in one place (a keystroke,
 * a paste): offsets before the change stay, offsets after it move by the change's length,
 * offsets inside it go to its start.
 */
export function mapOffset(before: string, after: string, offset: number): number {
	const shortest = Math.min(before.length, after.length);
	let prefix = 0;
	while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
	let suffix = 0;
	while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
	if (offset <= prefix) return offset;
	if (offset >= before.length - suffix) return offset + after.length - before.length;
	return prefix;
}

/**
 * The edits of a finding's fix as they apply to the text now. The finding is found again by
 * a stable key, its rule and its position, never by its message (a count in it changes with
 * every word typed): with `basis` (the text it was found in and the text now) its position is
 * mapped through the change and the same rule's finding there, or overlapping it, is taken;
 * without, the same rule's finding nearest to where it was. A fix computed before the author
 * typed more must never land on stale offsets. Null when the finding is gone or has no edit fix.
 */
export function currentEdits(findings: readonly Finding[], finding: Finding, basis?: { before: string; after: string }): TextEdit[] | null {
	const from = basis ? mapOffset(basis.before, basis.after, finding.from) : finding.from;
	const to = basis ? Math.max(from, mapOffset(basis.before, basis.after, finding.to)) : finding.to;
	let best: Finding | null = null;
	for (const candidate of findings) {
		if (candidate.ruleId !== finding.ruleId || candidate.fix?.kind !== 'edit') continue;
		if (basis && candidate.from !== from && !(candidate.from < Math.max(to, from + 1) && candidate.to > from)) continue;
		if (!best || Math.abs(candidate.from - from) < Math.abs(best.from - from)) best = candidate;
	}
	return best?.fix?.kind === 'edit' ? best.fix.edits : null;
}

/** One fix applied by `fixText`: which rule offered it and what it did. */
export interface AppliedFix {
	ruleId: string;
	title: string;
}

export interface FixOptions {
	/** Also apply fixes that rewrite the author's prose (`prose: true`). */
	prose: boolean;
	/** Passes at most: a fix can uncover another (a quoted link then resolves), as in eslint --fix. */
	maxPasses?: number;
}

/**
 * Applies every edit fix of `analyse(text)` that is allowed, then analyses the
 * result again and repeats until nothing is left to fix, so a second run has
 * nothing to do (idempotent). Fixes that create notes are never applied here,
 * nor are prose fixes unless asked. Overlapping edits are dropped by
 * `applyEdits` and come back on the next pass, against fresh offsets.
 */
export function fixText(text: string, analyse: (text: string) => readonly Finding[], options: FixOptions): { text: string; applied: AppliedFix[] } {
	const applied: AppliedFix[] = [];
	let current = text;
	for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
		const fixes = disjointFixes(analyse(current).filter((finding) => finding.fix?.kind === 'edit' && (options.prose || !finding.fix.prose)));
		if (fixes.length === 0) break;
		const next = applyEdits(current, fixes.flatMap((fix) => fix.edits));
		if (next === current) break;
		for (const fix of fixes) applied.push({ ruleId: fix.ruleId, title: fix.title });
		current = next;
	}
	return { text: current, applied };
}

/** The fixes whose edits touch none of an earlier one's, so each is applied whole; the rest wait for the next pass. */
function disjointFixes(findings: readonly Finding[]): Array<{ ruleId: string; title: string; edits: TextEdit[] }> {
	const taken: TextEdit[] = [];
	const out: Array<{ ruleId: string; title: string; edits: TextEdit[] }> = [];
	for (const finding of findings) {
		if (finding.fix?.kind !== 'edit') continue;
		const { edits, title } = finding.fix;
		if (edits.some((edit) => taken.some((other) => edit.from <= other.to && other.from <= edit.to))) continue;
		taken.push(...edits);
		out.push({ ruleId: finding.ruleId, title, edits });
	}
	return out;
}
