import { describe, expect, it } from 'vitest';
import * as metrics from '../../../src/core/metrics/index';
import { LINKEDIN_FOLD } from '../../../src/core/profiles/fold-defaults';

describe('metrics index', () => {
	it('re-exports every metric', () => {
		expect(metrics.countWords('two words')).toBe(2);
		expect(metrics.countGraphemes('👍🏽')).toBe(1);
		expect(metrics.graphemeEnd('👍🏽a', 0)).toBe(4);
		expect(metrics.measureLength('日本', 'x-weighted')).toBe(4);
		expect(metrics.computeFold('hi', LINKEDIN_FOLD.mobile).complete).toBe(true);
		expect(metrics.graphemeBreaks('👍🏽a')).toEqual(new Uint32Array([4, 5]));
		expect(metrics.findSlop('a—b', { phrases: metrics.DEFAULT_SLOP_PHRASES, contrastive: false })).toHaveLength(1);
		expect(metrics.readingSeconds(238, metrics.DEFAULT_WORDS_PER_MINUTE)).toBe(60);
	});
});
