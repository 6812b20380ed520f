/**
 * A unified diff of two versions of one note, for `--fix-dry-run`. Fixes are
 * local, so the common head and tail are cut first and only the middle is
 * compared line by line (longest common subsequence); a middle too large for
 * that is shown as removed and added whole.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 2): string {
	const a = before.split('\n');
	const b = after.split('\n');
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const ops = middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
	// Each line of the whole file as an operation, with its line numbers, then grouped into hunks.
	type Line = { op: ' ' | '-' | '+'; text: string; aLine: number; bLine: number };
	const lines: Line[] = [];
	let ai = 0;
	let bi = 0;
	const push = (op: Line['op'], text: string): void => {
		lines.push({ op, text, aLine: ai, bLine: bi });
		if (op !== '+') ai++;
		if (op !== '-') bi++;
	};
	for (let i = 0; i < head; i++) push(' ', a[i] as string);
	for (const [op, text] of ops) push(op, text);
	for (let i = a.length - tail; i < a.length; i++) push(' ', a[i] as string);
	const out = [`--- ${name}`, `+++ ${name} (fixed)`];
	let i = 0;
	while (i < lines.length) {
		if (lines[i]!.op === ' ') { i++; continue; }
		const start = Math.max(0, i - context);
		let end = i;
		// Extend while the next change is within 2 × context lines.
		for (let j = i; j < lines.length; j++) {
			if (lines[j]!.op !== ' ') end = j;
			else if (j - end > context * 2) break;
		}
		const stop = Math.min(lines.length, end + context + 1);
		const hunk = lines.slice(start, stop);
		const aCount = hunk.filter((l) => l.op !== '+').length;
		const bCount = hunk.filter((l) => l.op !== '-').length;
		out.push(`@@ -${hunk[0]!.aLine + 1},${aCount} +${hunk[0]!.bLine + 1},${bCount} @@`);
		for (const line of hunk) out.push(`${line.op}${line.text.replace(/\r$/, '')}`);
		i = stop;
	}
	return `${out.join('\n')}\n`;
}

function middleOps(a: readonly string[], b: readonly string[]): Array<['-' | '+' | ' ', string]> {
	if (a.length * b.length > 4_000_000) return [...a.map((t) => ['-', t] as ['-', string]), ...b.map((t) => ['+', t] as ['+', string])];
	// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
	const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const ops: Array<['-' | '+' | ' ', string]> = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) { ops.push([' ', a[i++]!]); j++; }
		// Removed lines before added ones, as diff prints them.
		else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push(['-', a[i++]!]);
		else ops.push(['+', b[j++]!]);
	}
	return ops;
}
