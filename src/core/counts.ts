import type { Finding, Severity } from './types';

/** Findings per severity: the sidebar, the vault report, the notices and the CLI summary all count this way. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	for (const finding of findings) counts[finding.severity]++;
	return counts;
}

/** `1 error`, `2 errors`; `many` for words that do not just take an s. */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
