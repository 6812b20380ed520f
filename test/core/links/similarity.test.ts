import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestNames, editDistance, type NameGroup } from '../../../src/core/links/similarity';

/** Textbook optimal-string-alignment distance, full table: the reference for the pruned one. */
function reference(a: string, b: string): number {
	const d: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		d.push([]);
		for (let j = 0; j <= b.length; j++) {
			if (i === 0 || j === 0) {
				(d[i] as number[])[j] = i + j;
				continue;
			}
			const at = (x: number, y: number): number => (d[x] as number[])[y] as number;
			let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
			(d[i] as number[])[j] = v;
		}
	}
	return (d[a.length] as number[])[b.length] as number;
}

/** Every name scored, sorted, cut: what closestNames must equal however it prunes. */
function bruteForce(groups: NameGroup[], query: string, limit: number): string[] {
	const threshold = Math.max(2, Math.floor(query.length * 0.4));
	const scored = groups
		.map((group) => ({ group, distance: reference(group.key, query) }))
		.filter(({ distance }) => distance <= threshold)
		.filter(({ group, distance }) => distance === 0 || distance < Math.max(group.key.length, query.length))
		.map(({ group, distance }) => {
			let prefix = 0;
			while (prefix < 4 && group.key[prefix] === query[prefix] && prefix < group.key.length) prefix++;
			const contains = group.key.includes(query) || query.includes(group.key) ? 0.4 : 0;
			return { group, score: distance - prefix * 0.1 - contains };
		});
	scored.sort((a, b) => a.score - b.score || (a.group.key < b.group.key ? -1 : 1));
	return scored.flatMap((s) => s.group.names).slice(0, limit);
}

describe('editDistance', () => {
	it.each([
		['kitten', 'sitting', 3],
		['personalty', 'personality', 1],
		['ab', 'ba', 1],
		['ca', 'abc', 3],
		['', 'abc', 3],
		['same', 'same', 0],
	])('%s → %s is %i', (a, b, expected) => {
		expect(editDistance(a, b, 10)).toBe(expected);
	});

	it('stops at max + 1', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});

	it('agrees with the full table within the bound', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
				expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('closestNames', () => {
	it('returns exactly the brute-force ranking, whatever it skips', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), minLength: 1, maxLength: 8 });
		const group = fc.record({ key: word, names: fc.array(word, { minLength: 1, maxLength: 3 }) });
		fc.assert(
			fc.property(
				fc.uniqueArray(group, { selector: (g) => g.key, maxLength: 25 }),
				word,
				fc.integer({ min: 1, max: 6 }),
				(groups, query, limit) => {
					expect(closestNames([[groups, query]], limit)).toEqual(bruteForce(groups, query, limit));
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('ranks long names as the brute force does, on both sides of the 32-character bit-parallel limit', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', '_'), minLength: 26, maxLength: 40 });
		const group = fc.record({ key: word, names: fc.array(word, { minLength: 1, maxLength: 2 }) });
		fc.assert(
			fc.property(fc.uniqueArray(group, { selector: (g) => g.key, maxLength: 30 }), word, fc.integer({ min: 1, max: 5 }), (groups, query, limit) => {
				expect(closestNames([[groups, query]], limit)).toEqual(bruteForce(groups, query, limit));
			}),
			{ numRuns: 300 },
		);
	});

	it('merges several searches into one ranking', () => {
		const notes: NameGroup[] = [{ key: 'photos', names: ['photos'] }];
		const files: NameGroup[] = [{ key: 'photo.png', names: ['photo.png'] }];
		expect(closestNames([[notes, 'photo.pgn'], [files, 'photo.pgn']], 5)).toEqual(['photo.png']);
	});
});
