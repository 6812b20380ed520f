import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitPattern, patternDistance } from '../../../src/core/links/osa-distance';

/** Textbook optimal-string-alignment distance over the full table: the reference for the bit-parallel one. */
function reference(a: string, b: string): number {
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1);
			row.push(v);
		}
		before = prev;
		prev = row;
	}
	return prev[b.length] as number;
}

describe('patternDistance', () => {
	it.each([
		['kitten', 'sitting', 3],
		['personality', 'personalty', 1],
		['ab', 'ba', 1],
		['ca', 'abc', 3],
		['abc', '', 3],
		['', 'abc', 3],
		['same', 'same', 0],
		['hello', 'héllo', 1],
		['hello', '字字字字字', 5],
	])('%s against %s is %i', (query, text, expected) => {
		expect(patternDistance(bitPattern(query)!, text, 10)).toBe(expected);
	});

	it('stops at max + 1', () => {
		expect(patternDistance(bitPattern('abcdef')!, 'uvwxyz', 2)).toBe(3);
		expect(patternDistance(bitPattern('a')!, 'abcdef', 2)).toBe(3);
	});

	it('takes ASCII queries up to 32 characters and leaves the others to the caller', () => {
		expect(bitPattern('x'.repeat(32))).not.toBeNull();
		expect(bitPattern('x'.repeat(33))).toBeNull();
		expect(bitPattern('héllo')).toBeNull();
		expect(patternDistance(bitPattern('a'.repeat(32))!, 'a'.repeat(31) + 'b', 5)).toBe(1);
		expect(patternDistance(bitPattern('b' + 'a'.repeat(31))!, 'a'.repeat(32), 5)).toBe(1);
	});

	it('agrees with the full table within the bound, up to a 32-character query, whatever the name holds', () => {
		const letters = fc.constantFrom('a', 'b', 'c', '_');
		fc.assert(
			fc.property(fc.string({ unit: letters, maxLength: 32 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 'é', '字'), maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (query, text, max) => {
				expect(patternDistance(bitPattern(query)!, text, max)).toBe(Math.min(reference(query, text), max + 1));
			}),
			{ numRuns: 3000 },
		);
	});
});
