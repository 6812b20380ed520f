import { describe, expect, it } from 'vitest';
import { applyEdits, currentEdits, mapOffset } from '../../src/core/fix';
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

describe('currentEdits by rule and position', () => {
	const stale = examplePost().replace('**Word count**: 126', '**Word count**: 120');
	const typed = stale.replace('Friday afternoons went back', 'Friday afternoons went straight back');

	it('finds the finding again though typing changed its message', () => {
		const finding = check(stale).findings.find((f) => f.ruleId === 'notes-stale' && f.message.includes('word count'))!;
		const now = check(typed).findings;
		expect(now.some((f) => f.message === finding.message)).toBe(false);
		const edits = currentEdits(now, finding, { before: stale, after: typed })!;
		expect(applyEdits(typed, edits)).toContain('**Word count**: 127');
	});

	it('never takes another finding of the same rule when this one is gone', () => {
		const [first, second] = check(withDashes).findings.filter((f) => f.ruleId === 'slop-em-dash');
		const firstGone = withDashes.replace('For two years — every engineer', 'For two years every engineer');
		expect(currentEdits(check(firstGone).findings, first!, { before: withDashes, after: firstGone })).toBeNull();
		expect(currentEdits(check(firstGone).findings, second!, { before: withDashes, after: firstGone })).not.toBeNull();
	});

	it('maps offsets through one change', () => {
		expect(mapOffset('abcdef', 'abXYcdef', 1)).toBe(1);
		expect(mapOffset('abcdef', 'abXYcdef', 4)).toBe(6);
		expect(mapOffset('abcdef', 'aef', 3)).toBe(1);
	});
});
