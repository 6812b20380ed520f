import { describe, expect, it } from 'vitest';
import { changedLines, excerptOf, linesHolding } from '../../scripts/example-excerpt';

describe('example excerpts for the docs', () => {
	const base = ['---', 'name: a', 'status: draft', 'tags: []', '---', '', '# Title'].join('\n');

	it('finds changed, added and removed lines', () => {
		const split = (text: string) => text.split('\n');
		expect(changedLines(split(base), split(base.replace('status: draft', 'status: done')))).toEqual({ changed: [2], removedBefore: [] });
		expect(changedLines(split(base), split(base.replace('tags: []\n', '')))).toEqual({ changed: [], removedBefore: [3] });
		expect(changedLines(split(base), split(base.replace('# Title', '# Title\nmore')))).toEqual({ changed: [7], removedBefore: [] });
	});

	it('shows changed lines with their numbers, the lines around a removal, and joins runs one line apart', () => {
		expect(excerptOf(base.replace('status: draft', 'status: done'), base)).toBe('3  status: done');
		expect(excerptOf(base.replace('tags: []\n', ''), base)).toBe('3  status: draft\n4  ---');
		expect(excerptOf(base.replace('name: a', 'name: b').replace('tags: []', 'tags: x'), base)).toBe('2  name: b\n3  status: draft\n4  tags: x');
		expect(excerptOf(base.replace('name: a', 'name: b'), base, [6])).toBe('2  name: b\n…\n7  # Title');
	});

	it('cuts a long run with a count', () => {
		const long = `${base}\n${'x\n'.repeat(20)}`;
		const excerpt = excerptOf(long, base).split('\n');
		expect(excerpt.length).toBe(16);
		expect(excerpt[15]).toBe('… (6 more lines like these)');
	});

	it('finds the first line holding a text', () => {
		expect(linesHolding(base, ['status', '---', 'absent'])).toEqual([2, 0]);
	});
});
