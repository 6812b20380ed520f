import { describe, expect, it } from 'vitest';
import { applyEdits, currentEdits } from '../../src/core/fix';
import { examplePost } from '../../src/core/rules/example-post';
import { check } from '../helpers';

/** Two em dashes in the FULL POST: two findings with the same message, each with its own fix. */
const withDashes = examplePost().replace('For two years every engineer', 'For two years — every engineer').replace('No reports.', 'No reports — none.');

describe('currentEdits', () => {
	it('finds a stale finding again in text the author has since changed', () => {
		const before = check(withDashes);
		const second = before.findings.filter((f) => f.ruleId === 'slop-em-dash')[1]!;
		// The author typed a line into the Angle since the sidebar last looked: every offset below moved.
		const shifted = withDashes.replace('## Angle: ', '## Angle: A line typed since. ');
		expect(shifted).not.toBe(withDashes);
		const edits = currentEdits(check(shifted).findings, second)!;
		expect(edits).not.toBeNull();
		const fixed = applyEdits(shifted, edits);
		// The nearest same finding is fixed: the second dash, not the first.
		expect(fixed).toContain('For two years — every engineer');
		expect(fixed).not.toContain('No reports — none.');
		expect(fixed).toContain('## Angle: A line typed since. ');
	});

	it('is null once the finding is gone', () => {
		const finding = check(withDashes).findings.find((f) => f.ruleId === 'slop-em-dash')!;
		expect(currentEdits(check(examplePost()).findings, finding)).toBeNull();
	});
});

describe('applyEdits', () => {
	it('drops an edit that overlaps an earlier one instead of corrupting the text', () => {
		expect(applyEdits('abcdef', [{ from: 1, to: 4, insert: 'X' }, { from: 2, to: 3, insert: 'Y' }])).toBe('aXef');
	});
});
