import { describe, expect, it } from 'vitest';
import { DEFAULT_WORDS_PER_MINUTE, readingSeconds } from '../../../src/core/metrics/reading-time';

describe('readingSeconds', () => {
	it('reads at 238 words a minute by default', () => {
		expect(DEFAULT_WORDS_PER_MINUTE).toBe(238);
		expect(readingSeconds(238)).toBe(60);
		expect(readingSeconds(243)).toBe(61); // 61.26 s
		expect(readingSeconds(240)).toBe(61); // 60.50 s rounds up
		expect(readingSeconds(119)).toBe(30);
	});

	it('takes a custom speed', () => {
		expect(readingSeconds(300, 200)).toBe(90);
		expect(readingSeconds(1, 250)).toBe(0);
	});

	it('returns 0 for nothing to read or a nonsensical speed', () => {
		expect(readingSeconds(0)).toBe(0);
		expect(readingSeconds(100, 0)).toBe(0);
		expect(readingSeconds(100, -5)).toBe(0);
		expect(readingSeconds(Number.NaN)).toBe(0);
	});
});
