import type { CheckedPost, CheckRun } from './check';
import { severityCounts } from '../core/counts';
import type { Finding } from '../core/types';

/** The JSON report of PRODUCT.md §6 (version 1). `skipped` and `problems` are additions a reader may ignore. */
export function formatJson(posts: readonly CheckedPost[], run: CheckRun, summary: Summary): string {
	const files = posts.map((post) => ({
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

/** The summary's counts, added up post by post as the check reports them. */
export class SummaryTally {
	/** Every post reported, including notes that are no post but have a finding (node-type-unknown). */
	reported = 0;
	private posts = 0;
	private errors = 0;
	private warnings = 0;
	private infos = 0;

	add(post: CheckedPost): void {
		this.reported++;
		if (post.profile !== null) this.posts++;
		const counts = severityCounts(post.findings);
		this.errors += counts.error;
		this.warnings += counts.warning;
		this.infos += counts.info;
	}

	summary(files: number): Summary {
		return { files, posts: this.posts, errors: this.errors, warnings: this.warnings, infos: this.infos };
	}
}

function jsonFinding(finding: Finding): unknown {
	const out: Record<string, unknown> = {
		ruleId: finding.ruleId, tag: finding.tag, severity: finding.severity, message: finding.message, line: finding.line, column: finding.column,
	};
	if (finding.suggestions && finding.suggestions.length > 0) out.suggestions = finding.suggestions;
	if (finding.fix) out.fix = finding.fix;
	return out;
}
