import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { EXAMPLE_FULL_POST, EXAMPLE_NOTES, examplePost } from '../../../src/core/rules/example-post';
import { notesWorkflow } from '../../../src/core/analyze';
import { check } from '../../helpers';

/** Facts the views used to work out for themselves now come with the analysis. */
describe('judgement items in the analysis', () => {
	it('lists the profile\'s items with the note\'s ticks, each with the edit that flips it', () => {
		const text = examplePost();
		const { judgementItems } = notesWorkflow(check(text));
		expect(judgementItems.map((item) => [item.label, item.checked])).toEqual([['Single subject', true], ['Single question', false]]);
		const ticked = applyEdits(text, [judgementItems[1]!.toggle!]);
		expect(ticked).toBe(text.replace('- [ ] Single question', '- [x] Single question'));
		expect(notesWorkflow(check(ticked)).judgementItems.map((item) => item.checked)).toEqual([true, true]);
		expect(applyEdits(text, [judgementItems[0]!.toggle!])).toBe(text.replace('- [x] Single subject', '- [ ] Single subject'));
	});

	it('adds a missing item\'s task line to NOTES, and has no edit without NOTES', () => {
		const text = examplePost({ notes: EXAMPLE_NOTES.replace('\n- [ ] Single question', '') });
		const missing = notesWorkflow(check(text)).judgementItems[1]!;
		expect(missing).toMatchObject({ label: 'Single question', checked: false, markOffset: null });
		expect(applyEdits(text, [missing.toggle!])).toBe(examplePost().replace('- [ ] Single question', '- [x] Single question'));
		expect(notesWorkflow(check(examplePost({ notes: '' }))).judgementItems.every((item) => item.toggle === null)).toBe(true);
	});
});

describe('NOTES metric edits in the analysis', () => {
	it('are empty when NOTES states what was measured', () => {
		expect(notesWorkflow(check(examplePost())).notesEdits).toEqual([]);
	});

	it('rewrite a stale word count so that notes-stale has nothing left to say', () => {
		const longer = examplePost({ fullPost: `${EXAMPLE_FULL_POST}\n\nWe kept the logs after the quarter ended.` });
		const before = check(longer);
		expect(before.findings.filter((f) => f.ruleId === 'notes-stale').length).toBe(1);
		const after = applyEdits(longer, notesWorkflow(before).notesEdits);
		expect(after).toBe(longer.replace('**Word count**: 126', '**Word count**: 134'));
		expect(check(after).findings.filter((f) => f.ruleId === 'notes-stale')).toEqual([]);
	});

	it('add the fold figures to a hook analysis that states none', () => {
		const bare = examplePost({ notes: EXAMPLE_NOTES.replace(' "See more" char count: 86. Fits mobile: yes.', '') });
		const after = applyEdits(bare, notesWorkflow(check(bare)).notesEdits);
		expect(after).toBe(examplePost());
	});
});
