import { describe, expect, it } from 'vitest';
import { parseConcurrency, threadsFor } from '../../src/cli/check-pool';

describe('--concurrency', () => {
	it('reads off, auto and 1 to 64 threads, and nothing else', () => {
		expect(['off', 'auto', '1', '4', '64'].map(parseConcurrency)).toEqual(['off', 'auto', 1, 4, 64]);
		expect(['0', '65', '-1', '1.5', 'two', '', ' 2'].map(parseConcurrency)).toEqual([null, null, null, null, null, null, null]);
	});

	it('auto: one thread on 2 cores, where a second measured no faster, and below 5,000 notes', () => {
		expect(threadsFor('auto', 10_000, 2, true)).toBe(1);
		expect(threadsFor('auto', 10_000, 3, true)).toBe(1);
		expect(threadsFor('auto', 4_999, 16, true)).toBe(1);
	});

	it('auto: a thread per core, up to 4, from 4 cores and 5,000 notes', () => {
		expect(threadsFor('auto', 5_000, 4, true)).toBe(4);
		expect(threadsFor('auto', 50_000, 32, true)).toBe(4);
	});

	it('a number is taken as given, but never more threads than notes', () => {
		expect(threadsFor(3, 100, 2, true)).toBe(3);
		expect(threadsFor(8, 2, 2, true)).toBe(2);
		expect(threadsFor(1, 100, 8, true)).toBe(1);
	});

	it('one thread when there is nothing to share, or no bundle to start workers from', () => {
		expect(threadsFor('off', 50_000, 8, true)).toBe(1);
		expect(threadsFor(4, 0, 8, true)).toBe(1);
		expect(threadsFor(4, 100, 8, false)).toBe(1);
	});
});
