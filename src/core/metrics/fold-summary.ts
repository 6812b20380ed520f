/**
 * The fold in words, one way everywhere it is shown (sidebar, status bar,
 * notices, CLI): lines used of those the feed shows, characters shown of the
 * text's total, all in graphemes.
 */
import type { FoldDevice } from '../profiles/fold-defaults';
import type { FoldResult } from './fold';
import type { HookMetrics } from './post-metrics';

/** The hook a reader meets: the posted one (named by the FULL POST), else the recommended, else the first. */
export function shownHook<Hook extends Pick<HookMetrics, 'posted' | 'recommended'>>(metrics: { hooks: readonly Hook[] }): Hook | undefined {
	return metrics.hooks.find((hook) => hook.posted) ?? metrics.hooks.find((hook) => hook.recommended) ?? metrics.hooks[0];
}

/** `3/3 lines · 92 of 128 characters shown`, or `2/3 lines · all 71 characters shown`. */
export function foldFigures(fold: FoldResult, total: number, device: FoldDevice): string {
	const lines = `${fold.visibleLines}/${device.maxLines} lines`;
	return fold.complete ? `${lines} · all ${total} characters shown` : `${lines} · ${fold.visibleChars} of ${total} characters shown`;
}
