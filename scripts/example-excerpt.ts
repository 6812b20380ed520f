/**
 * The lines of an example the docs show, worked out from the example itself,
 * never typed by hand: the lines it changes from a base note (the clean example
 * post, or the bad text for a fixed one), the lines either side of what it
 * removes, and any lines asked for. Each shown line keeps its line number, so
 * the findings' `line:column` can be read off the excerpt.
 */

/** Longest runs shown whole; a longer run of changed lines is cut with a count. */
const MAX_RUN = 15;

/** Indexes (0-based) of `text` lines not in the longest common subsequence with `base`, and the places where base lines were removed. */
export function changedLines(base: readonly string[], text: readonly string[]): { changed: number[]; removedBefore: number[] } {
	const n = base.length;
	const m = text.length;
	// lcs[i][j]: LCS length of base[i..] and text[j..].
	const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lcs[i]![j] = base[i] === text[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const changed: number[] = [];
	const removedBefore: number[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && base[i] === text[j]) {
			i++;
			j++;
		} else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
			changed.push(j++);
		} else {
			if (removedBefore[removedBefore.length - 1] !== j) removedBefore.push(j);
			i++;
		}
	}
	// A removed line with a line written in its place is a change, already shown.
	const replaced = new Set(changed);
	return { changed, removedBefore: removedBefore.filter((at) => !replaced.has(at) && !replaced.has(at - 1)) };
}

/** `text` cut down to the changed lines, the lines around removals and `extra` lines (0-based), with `…` between runs. */
export function excerptOf(text: string, base: string, extra: readonly number[] = []): string {
	const lines = text.split('\n');
	const { changed, removedBefore } = changedLines(base.split('\n'), lines);
	const wanted = new Set<number>([...changed, ...extra]);
	for (const at of removedBefore) {
		if (at > 0) wanted.add(at - 1);
		if (at < lines.length) wanted.add(at);
	}
	// One line between two shown ones is shown too: a lone `…` would hide less than it says.
	for (const index of [...wanted]) if (wanted.has(index + 2)) wanted.add(index + 1);
	const sorted = [...wanted].filter((index) => index >= 0 && index < lines.length).sort((a, b) => a - b);
	const width = String((sorted[sorted.length - 1] ?? 0) + 1).length;
	const out: string[] = [];
	let run: number[] = [];
	const flush = (): void => {
		if (run.length === 0) return;
		if (out.length > 0) out.push('…');
		for (const index of run.slice(0, MAX_RUN)) out.push(`${String(index + 1).padStart(width)}  ${lines[index]}`.trimEnd());
		if (run.length > MAX_RUN) out.push(`… (${run.length - MAX_RUN} more lines like these)`);
		run = [];
	};
	for (const index of sorted) {
		if (run.length > 0 && index !== run[run.length - 1]! + 1) flush();
		run.push(index);
	}
	flush();
	return out.join('\n');
}

/** 0-based indexes of the first line holding each of `needles`. */
export function linesHolding(text: string, needles: readonly string[]): number[] {
	const lines = text.split('\n');
	return needles.map((needle) => lines.findIndex((line) => line.includes(needle))).filter((index) => index >= 0);
}
