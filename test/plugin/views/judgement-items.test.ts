// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { notesWorkflow } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { judgementEdit, judgementItems } from '../../../src/core/notes/judgement';
import { JudgementRenderer, type JudgementItem } from '../../../src/plugin/views/judgement-items';
import { analyzePost, fixtureAnalysis } from './fixture-posts';

function render(text: string) {
	const root = document.createElement('div');
	document.body.appendChild(root);
	const toggles: Array<[JudgementItem, boolean]> = [];
	const renderer = new JudgementRenderer(root, (item, checked) => toggles.push([item, checked]));
	const analysis = analyzePost(text);
	renderer.update(notesWorkflow(analysis).judgementItems);
	const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	return { root, renderer, toggles, boxes, analysis };
}

/** Ticks a box the way a click does, and writes the resulting edit into the text. */
function tick(text: string, index: number): string {
	const { boxes, toggles, analysis } = render(text);
	boxes[index]!.click();
	expect(toggles.length).toBe(1);
	const [item, checked] = toggles[0]!;
	const edit = judgementEdit(analysis.post, item, checked);
	expect(edit).not.toBeNull();
	return applyEdits(text, [edit!]);
}

describe('judgement items', () => {
	it('mirror the NOTES task items as checkboxes', () => {
		const { boxes, root } = render(fixtureAnalysis('clean_launch_post').text);
		expect([...root.querySelectorAll('.postwright-judgement-text')].map((el) => el.textContent)).toEqual(['Single subject', 'Single question']);
		expect(boxes.map((box) => box.checked)).toEqual([true, false]);
	});

	it('write a tick into the note, and the note then shows it', () => {
		const text = fixtureAnalysis('clean_launch_post').text;
		const ticked = tick(text, 1);
		expect(ticked).toBe(text.replace('- [ ] Single question', '- [x] Single question'));
		expect(render(ticked).boxes.map((box) => box.checked)).toEqual([true, true]);
		const unticked = tick(ticked, 0);
		expect(unticked).toBe(ticked.replace('- [x] Single subject', '- [ ] Single subject'));
	});

	it('keep the box showing the note until the write comes back', () => {
		const { boxes } = render(fixtureAnalysis('clean_launch_post').text);
		boxes[1]!.click();
		expect(boxes[1]!.checked).toBe(false);
	});

	it('add a missing task line at the end of NOTES, keeping the note\'s line endings', () => {
		const text = fixtureAnalysis('clean_launch_post').text.replace('- [x] Single subject\n- [ ] Single question\n', '').replace(/\n/g, '\r\n');
		const items = judgementItems(analyzePost(text).post, analyzePost(text).profile!);
		expect(items.map((item) => [item.label, item.checked, item.markOffset])).toEqual([['Single subject', false, null], ['Single question', false, null]]);
		const ticked = tick(text, 1);
		expect(ticked.endsWith('- **Factual sources**: our product analytics, 2025.\r\n- [x] Single question\r\n')).toBe(true);
		expect(render(ticked).boxes.map((box) => box.checked)).toEqual([false, true]);
	});

	it('list the author\'s own task items after the profile\'s', () => {
		const text = fixtureAnalysis('clean_launch_post').text.replace('- [ ] Single question', '- [ ] Single question\n- [X] Checked the numbers');
		const { boxes, root } = render(text);
		expect([...root.querySelectorAll('.postwright-judgement-text')].map((el) => el.textContent)).toEqual(['Single subject', 'Single question', 'Checked the numbers']);
		expect(boxes.map((box) => box.checked)).toEqual([true, false, true]);
	});

	it('are disabled, with a hint, when the note has no NOTES section', () => {
		const text = fixtureAnalysis('clean_launch_post').text;
		const withoutNotes = text.slice(0, text.indexOf('## NOTES'));
		const { boxes, root, analysis } = render(withoutNotes);
		expect(boxes.every((box) => box.disabled)).toBe(true);
		expect(root.querySelector<HTMLElement>('.postwright-muted')!.hidden).toBe(false);
		expect(judgementEdit(analysis.post, judgementItems(analysis.post, analysis.profile!)[0]!, true)).toBeNull();
	});

	it('reach the host through the callback with the item and the wanted state', () => {
		const onToggle = vi.fn();
		const root = document.body.appendChild(document.createElement('div'));
		const analysis = fixtureAnalysis('clean_launch_post').analysis;
		new JudgementRenderer(root, onToggle).update(notesWorkflow(analysis).judgementItems);
		root.querySelector<HTMLInputElement>('input')!.click();
		expect(onToggle).toHaveBeenCalledWith(expect.objectContaining({ label: 'Single subject', checked: true }), false);
	});
});
