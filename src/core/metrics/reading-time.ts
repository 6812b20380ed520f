/** Average silent reading speed for non-fiction (Brysbaert 2019), the figure PRODUCT §3 uses. */
export const DEFAULT_WORDS_PER_MINUTE = 238;

/** Reading time in whole seconds for `words` words. */
export function readingSeconds(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
	// A zero or negative speed is a settings mistake, not infinite time: report nothing rather than NaN/Infinity.
	if (!(wordsPerMinute > 0) || !(words > 0)) return 0;
	return Math.round((words / wordsPerMinute) * 60);
}
