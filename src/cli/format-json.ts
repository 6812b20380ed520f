import type { CheckRun } from './check';
import { severityCounts } from '../core/counts';
import type { Finding } from '../core/types';

/** The JSON report of PRODUCT.md §6 (version 1). `skipped` and `problems` are additions a reader may ignore. */
export function formatJson(run: CheckRun, summary: Summary): string {
	const files = run.posts.map((post) => ({
		path: post.path,
		profile: post.profile,
		metrics: post.metrics,
		findings: post.findings.map(jsonFinding),
	}));
	return `${JSON.stringify({ version: 1, files, summary, skipped: run.skipped, problems: run.problems, ...(run.fixes.length > 0 ? { fixes: run.fixes } : {}) }, null, 2)}\n`;
}

export interface Summary {
	files: number;
	posts: number;
	errors: number;
	warnings: number;
	infos: number;
}

export function summarise(run: CheckRun): Summary {
	const summary: Summary = { files: run.files, posts: run.posts.filter((post) => post.profile !== null).length, errors: 0, warnings: 0, infos: 0 };
	for (const post of run.posts) {
		const counts = severityCounts(post.findings);
		summary.errors += counts.error;
		summary.warnings += counts.warning;
		summary.infos += counts.info;
	}
	return summary;
}

function jsonFinding(finding: Finding): unknown {
	const out: Record<string, unknown> = {
		ruleId: finding.ruleId, tag: finding.tag, severity: finding.severity, message: finding.message, line: finding.line, column: finding.column,
	};
	if (finding.suggestions && finding.suggestions.length > 0) out.suggestions = finding.suggestions;
	if (finding.fix) out.fix = finding.fix;
	return out;
}
