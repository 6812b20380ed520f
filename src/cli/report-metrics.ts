import type { FoldResult } from '../core/metrics/fold';
import { shownHook } from '../core/metrics/fold-summary';
import type { PostMetrics } from '../core/metrics/post-metrics';
import type { VariantPlatform } from '../core/parse/variants';

/**
 * The measurements the report prints, as plain data: the field order here is
 * the JSON report's (PRODUCT.md §6). Every count is graphemes; `limitLength`
 * is the length as the platform counts it against its limit.
 */
export interface ReportMetrics {
	words: number;
	characters: number;
	limitLength: number;
	readingSeconds: number;
	postedHook: string | null;
	recommendedHook: string | null;
	hooks: ReportHook[];
	/** Only for a post with `## VARIANTS`: each platform's length and its thread's parts (PRODUCT §2.1). */
	variants?: ReportVariant[];
}

export interface ReportHook {
	name: string;
	recommended: boolean;
	posted: boolean;
	characters: number;
	/** Absent when the platform has no fold, or the report does not print this hook's fold. */
	mobile?: ReportFold;
	desktop?: ReportFold;
}

export type ReportFold = Pick<FoldResult, 'visibleChars' | 'visibleLines' | 'lines' | 'fits' | 'complete'>;

export interface ReportVariant {
	platform: VariantPlatform;
	length: number;
	limit: number;
	handSplit: boolean;
	parts: number[];
}

/**
 * `all`: every hook's fold (the JSON report). `shown`: only the fold of the
 * hook a reader meets (the text report's one line): the folds are laid out
 * when first read, so the others are never computed.
 */
export type MetricsDetail = 'all' | 'shown';

export function reportMetrics(metrics: PostMetrics, detail: MetricsDetail): ReportMetrics {
	const shown = detail === 'shown' ? shownHook(metrics) : undefined;
	const out: ReportMetrics = {
		words: metrics.words,
		characters: metrics.characters,
		limitLength: metrics.limitLength,
		readingSeconds: metrics.readingSeconds,
		postedHook: metrics.postedHook,
		recommendedHook: metrics.recommendedHook,
		hooks: metrics.hooks.map((hook) => {
			const fold = detail === 'all' || hook === shown ? hook.fold : null;
			return {
				name: hook.name,
				recommended: hook.recommended,
				posted: hook.posted,
				characters: hook.characters,
				...(fold ? { mobile: reportFold(fold.mobile), desktop: reportFold(fold.desktop) } : {}),
			};
		}),
	};
	if (metrics.variants.length > 0) {
		out.variants = metrics.variants.map((v) => ({ platform: v.platform, length: v.length, limit: v.limit, handSplit: v.handSplit, parts: v.parts.map((p) => p.length) }));
	}
	return out;
}

function reportFold(fold: FoldResult): ReportFold {
	return { visibleChars: fold.visibleChars, visibleLines: fold.visibleLines, lines: fold.lines, fits: fold.fits, complete: fold.complete };
}
