import type { PostMetrics } from './post-metrics';

/**
 * The FULL POST's length in words a user reads: characters (graphemes), the
 * one unit shown everywhere, against the limit; when the platform counts
 * otherwise (LinkedIn: UTF-16 code units, so an emoji or a Unicode-bold letter
 * costs 2), its own count too.
 * `1523/3000 characters`, or `1480 characters (1523/3000 as LinkedIn counts)`.
 */
export function lengthText(metrics: Pick<PostMetrics, 'characters' | 'limitLength'>, limit: number, platform: string): string {
	if (metrics.limitLength === metrics.characters) return `${metrics.characters}/${limit} characters`;
	return `${metrics.characters} characters (${metrics.limitLength}/${limit} as ${platform} counts)`;
}
