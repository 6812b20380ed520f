import { describe, expect, it } from 'vitest';
import * as metrics from '../../../src/core/metrics/index';

describe('metrics index', () => {
	it('re-exports every metric', () => {
		expect(metrics.countWords('two words')).toBe(2);
		expect(metrics.countGraphemes('👍🏽')).toBe(1);
		expect(metrics.graphemeEnd('👍🏽a', 0)).toBe(4);
		expect(metrics.measureLength('日本', 'x-weighted')).toBe(4);
		expect(metrics.computeFold('hi', { charsPerLine: 10, maxLines: 1, charBudget: 10, seeMoreReserve: 2, blankLastLineHides: false }).complete).toBe(true);
		expect(metrics.findSlop('a—b', { phrases: metrics.DEFAULT_SLOP_PHRASES, contrastive: false })).toHaveLength(1);
		expect(metrics.readingSeconds(238, metrics.DEFAULT_WORDS_PER_MINUTE)).toBe(60);
	});
});
