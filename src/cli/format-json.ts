import type { CheckRun } from './check';
import { severityCounts } from '../core/counts';
import type { Finding } from '../core/types';
import type { FoldResult } from '../core/metrics/fold';
import type { PostMetrics } from '../core/metrics/post-metrics';

/** The JSON report of PRODUCT.md §6 (version 1). `skipped` and `problems` are additions a reader may ignore. */
export function formatJson(run: CheckRun, summary: Summary): string {
	const files = run.posts.map((post) => ({
		path: post.path,
		profile: post.analysis.profile?.id ?? null,
		metrics: post.analysis.metrics ? jsonMetrics(post.analysis.metrics) : null,
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
	const summary: Summary = { files: run.files, posts: run.posts.filter((post) => post.analysis.profile).length, errors: 0, warnings: 0, infos: 0 };
	for (const post of run.posts) {
		const counts = severityCounts(post.findings);
		summary.errors += counts.error;
		summary.warnings += counts.warning;
		summary.infos += counts.info;
	}
	return summary;
}

function jsonMetrics(metrics: PostMetrics): unknown {
	// Every count is graphemes; `limitLength` is the length as the platform counts it against its limit.
	const fold = (f: FoldResult): unknown => ({
		visibleChars: f.visibleChars, visibleLines: f.visibleLines, lines: f.lines, fits: f.fits, complete: f.complete,
	});
	return {
		words: metrics.words,
		characters: metrics.characters,
		limitLength: metrics.limitLength,
		readingSeconds: metrics.readingSeconds,
		postedHook: metrics.postedHook,
		recommendedHook: metrics.recommendedHook,
		hooks: metrics.hooks.map((hook) => ({
			name: hook.name,
			recommended: hook.recommended,
			posted: hook.posted,
			characters: hook.characters,
			...(hook.fold ? { mobile: fold(hook.fold.mobile), desktop: fold(hook.fold.desktop) } : {}),
		})),
		// Only for a post with `## VARIANTS`: each platform's length and its thread's parts (PRODUCT §2.1).
		...(metrics.variants.length > 0 ? {
			variants: metrics.variants.map((v) => ({ platform: v.platform, length: v.length, limit: v.limit, handSplit: v.handSplit, parts: v.parts.map((p) => p.length) })),
		} : {}),
	};
}

function jsonFinding(finding: Finding): unknown {
	const out: Record<string, unknown> = {
		ruleId: finding.ruleId, tag: finding.tag, severity: finding.severity, message: finding.message, line: finding.line, column: finding.column,
	};
	if (finding.suggestions && finding.suggestions.length > 0) out.suggestions = finding.suggestions;
	if (finding.fix) out.fix = finding.fix;
	return out;
}
