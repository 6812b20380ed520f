// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import type { Finding } from '../../../src/core/types';
import type { JudgementItem } from '../../../src/plugin/views/judgement-items';
import { PostPanel } from '../../../src/plugin/views/post-panel';
import { analyzePost, fixtureAnalysis } from './fixture-posts';

function mount() {
	const host = document.createElement('div');
	document.body.appendChild(host);
	const calls = {
		jump: vi.fn<(finding: Finding) => void>(),
		fix: vi.fn<(finding: Finding) => void>(),
		toggle: vi.fn<(item: JudgementItem, checked: boolean) => void>(),
		insert: vi.fn<() => void>(),
	};
	const panel = new PostPanel(host, { onJump: calls.jump, onFix: calls.fix, onToggleTask: calls.toggle, onInsertTemplate: calls.insert });
	return { host, panel, calls };
}

const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');
const group = (host: HTMLElement, id: string): HTMLElement => host.querySelector(`.postwright-group[data-group="${id}"]`)!;
const visible = (el: Element | null): boolean => el !== null && !(el as HTMLElement).hidden;

describe('the checklist', () => {
	it('groups a post\'s findings under the six sections, in note order, with counts and messages', () => {
		const { host, panel } = mount();
		const { analysis } = fixtureAnalysis('body_problems');
		panel.showAnalysis(analysis, 'body_problems');
		expect(texts(host, '.postwright-group-label')).toEqual(['Frontmatter', 'Links', 'Idea Legos', 'Hooks', 'Full post', 'Notes']);
		// body_problems marks two Idea Legos rows, a second recommended hook, four problems in the full post and one stale note.
		expect(texts(host, '.postwright-group-count')).toEqual(['', '', '2', '1', '4', '1']);
		expect(texts(group(host, 'full-post'), '.postwright-finding').length).toBe(4);
		expect([...group(host, 'full-post').querySelectorAll('.postwright-finding')].map((el) => (el as HTMLElement).dataset.rule))
			.toEqual(['full-post-hook', 'slop-em-dash', 'slop-heres', 'slop-phrase']);
		const messages = texts(host, '.postwright-finding-message');
		expect(messages.sort()).toEqual(analysis.findings.map((f) => f.message).sort());
		expect(visible(group(host, 'frontmatter').querySelector('.postwright-group-empty'))).toBe(true);
		expect(visible(group(host, 'legos').querySelector('.postwright-group-empty'))).toBe(false);
		expect(group(host, 'legos').dataset.state).toBe('warning');
		expect(group(host, 'hooks').dataset.state).toBe('error');
		expect(host.querySelector('.postwright-summary')!.textContent).toBe('1 error · 6 warnings · 1 info');
		// Icon slots carry Obsidian icon names for the view to draw.
		expect(host.querySelector('[data-severity="error"] .postwright-severity-icon')!.getAttribute('data-icon')).toBe('x-circle');
	});

	it('shows a clean post with every group empty and the summary clean', () => {
		const { host, panel } = mount();
		panel.showAnalysis(fixtureAnalysis('clean_launch_post').analysis, 'clean_launch_post');
		expect(host.querySelectorAll('.postwright-finding').length).toBe(0);
		expect(host.querySelector('.postwright-summary')!.textContent).toBe('No problems found');
		// The FULL POST of clean_launch_post, counted by hand: 125 words.
		expect(host.querySelector('.postwright-metrics')!.textContent).toMatch(/^125 words \(100–300\) · 1 min read · \d+\/3000 characters$/);
	});

	it('jumps to the finding\'s line on click and on Enter', () => {
		const { host, panel, calls } = mount();
		panel.showAnalysis(fixtureAnalysis('body_problems').analysis, 'body_problems');
		const first = group(host, 'legos').querySelector<HTMLElement>('.postwright-finding-main')!;
		first.click();
		expect(calls.jump).toHaveBeenCalledTimes(1);
		expect(calls.jump.mock.calls[0]![0]).toMatchObject({ ruleId: 'legos-incomplete', line: 34 });
		first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(calls.jump).toHaveBeenCalledTimes(2);
		expect(group(host, 'legos').querySelector('.postwright-finding-location')!.textContent).toBe('Line 34, column 1 · legos-incomplete');
	});

	it('offers a fix button only where a finding has a fix, and applying it clears the finding', () => {
		const { host, panel, calls } = mount();
		const { text, analysis } = fixtureAnalysis('link_problems');
		panel.showAnalysis(analysis, 'link_problems');
		const items = [...group(host, 'related').querySelectorAll<HTMLElement>('.postwright-finding')];
		expect(items.length).toBe(3);
		const withFix = items.filter((item) => visible(item.querySelector('.postwright-fix')));
		expect(withFix.length).toBe(analysis.findings.filter((f) => f.fix).length);
		const quoteFix = items.find((item) => item.dataset.rule === 'related-concepts-link' && visible(item.querySelector('.postwright-fix')))!;
		quoteFix.querySelector<HTMLButtonElement>('.postwright-fix')!.click();
		expect(calls.fix).toHaveBeenCalledTimes(1);
		const finding = calls.fix.mock.calls[0]![0];
		expect(finding.fix?.kind).toBe('edit');
		if (finding.fix?.kind !== 'edit') return;
		const fixed = applyEdits(text, finding.fix.edits);
		expect(fixed).toContain('- "[[launch_checklist]]"');
		const untouched = group(host, 'related').querySelector('[data-rule="related-concepts-unresolved"]');
		panel.showAnalysis(analyzePost(fixed, 'link_problems'), 'link_problems');
		expect(group(host, 'related').querySelectorAll('.postwright-finding').length).toBe(2);
		// The finding the fix did not touch keeps its node.
		expect(group(host, 'related').querySelector('[data-rule="related-concepts-unresolved"]')).toBe(untouched);
	});

	it('shows an unresolved link\'s suggestions as text', () => {
		const { host, panel } = mount();
		panel.showAnalysis(fixtureAnalysis('link_problems').analysis, 'link_problems');
		const unresolved = group(host, 'related').querySelector('[data-rule="related-concepts-unresolved"]')!;
		expect(unresolved.querySelector('.postwright-finding-suggestions')!.textContent).toContain('deep_work');
	});
});

describe('patching instead of rebuilding', () => {
	it('keeps every node while typing moves findings down a line, and only rewrites their line numbers', () => {
		const { host, panel } = mount();
		const { text } = fixtureAnalysis('body_problems');
		panel.showAnalysis(analyzePost(text, 'body_problems'), 'body_problems');
		const before = [...host.querySelectorAll('.postwright-panel *')];
		const location = group(host, 'legos').querySelector('.postwright-finding-location')!;
		// The author types a line under the Angle heading, above every finding.
		const typed = text.replace('one.\n\n---', 'one.\nA new line.\n\n---');
		expect(typed).not.toBe(text);
		panel.showAnalysis(analyzePost(typed, 'body_problems'), 'body_problems');
		const after = [...host.querySelectorAll('.postwright-panel *')];
		expect(after.length).toBe(before.length);
		after.forEach((node, index) => expect(node).toBe(before[index]));
		expect(location.textContent).toBe('Line 35, column 1 · legos-incomplete');
	});

	it('adds and removes only the items that appear or vanish', () => {
		const { host, panel } = mount();
		const { text } = fixtureAnalysis('body_problems');
		panel.showAnalysis(analyzePost(text, 'body_problems'), 'body_problems');
		const legosGroup = group(host, 'legos');
		const hooksItem = group(host, 'hooks').querySelector('.postwright-finding');
		const cleaned = text.replace('| Psych Triggers |  |', '| Psych Triggers | Curiosity Gap |');
		panel.showAnalysis(analyzePost(cleaned, 'body_problems'), 'body_problems');
		expect(group(host, 'legos')).toBe(legosGroup);
		expect(legosGroup.querySelectorAll('.postwright-finding').length).toBe(1);
		expect(group(host, 'hooks').querySelector('.postwright-finding')).toBe(hooksItem);
	});
});

describe('the not-a-post state', () => {
	it('explains why and offers the template for a note without node_type', () => {
		const { host, panel, calls } = mount();
		const note = '---\ntitle: Groceries\n---\n\n- milk\n- bread\n';
		panel.showAnalysis(analyzePost(note, 'groceries'), 'groceries');
		expect(visible(host.querySelector('.postwright-post'))).toBe(false);
		expect(visible(host.querySelector('.postwright-not-a-post'))).toBe(true);
		expect(host.querySelector('.postwright-not-a-post-title')!.textContent).toBe('groceries is not a post');
		expect(host.querySelector('.postwright-not-a-post p')!.textContent).toContain('linkedin-post');
		host.querySelector<HTMLButtonElement>('.postwright-insert-template')!.click();
		expect(calls.insert).toHaveBeenCalledTimes(1);
	});

	it('returns to the post view, with the same nodes, once the note becomes a post', () => {
		const { host, panel } = mount();
		const { analysis } = fixtureAnalysis('clean_launch_post');
		panel.showAnalysis(analysis, 'clean_launch_post');
		const checklist = host.querySelector('.postwright-checklist');
		panel.showAnalysis(analyzePost('just text', 'scratch'), 'scratch');
		panel.showAnalysis(analysis, 'clean_launch_post');
		expect(visible(host.querySelector('.postwright-post'))).toBe(true);
		expect(visible(host.querySelector('.postwright-not-a-post'))).toBe(false);
		expect(host.querySelector('.postwright-checklist')).toBe(checklist);
	});

	it('has a no-note state without the button', () => {
		const { host } = mount();
		expect(host.querySelector('.postwright-not-a-post-title')!.textContent).toBe('No post open');
		expect(visible(host.querySelector('.postwright-insert-template'))).toBe(false);
	});
});

describe('text from the note is text', () => {
	it('shows markup in a title, a hook, a link and a task literally, creating no element', () => {
		const { host, panel } = mount();
		const payload = '<img src=x onerror=alert(1)>';
		const text = fixtureAnalysis('clean_launch_post').text
			.replace('# The feature nobody asked for', `# The feature ${payload}`)
			.replace('We shipped a feature nobody asked for.\n\nIt became', `We shipped ${payload}.\n\nIt became`)
			.replace('"[[launch_checklist]]"', `"[[${payload}]]"`)
			.replace('- [ ] Single question', `- [ ] Single question ${payload}`);
		panel.showAnalysis(analyzePost(text, 'clean_launch_post'), 'clean_launch_post');
		expect(host.querySelector('img')).toBeNull();
		expect(host.querySelector('.postwright-title')!.textContent).toBe(`The feature ${payload}`);
		expect(texts(host, '.postwright-feed-line').join('\n')).toContain(payload);
		expect(texts(host, '.postwright-finding-message').some((message) => message.includes(payload))).toBe(true);
		expect(texts(host, '.postwright-judgement-text')).toContain(`Single question ${payload}`);
	});
});

describe('the status gate in the checklist', () => {
	it('says which checks an idea leaves out, and says nothing for a draft', () => {
		const { host, panel } = mount();
		const draft = fixtureAnalysis('clean_launch_post');
		const idea = analyzePost(draft.text.replace(/^status: \w+$/m, 'status: idea'));
		panel.showAnalysis(idea, 'clean_launch_post');
		const note = host.querySelector<HTMLElement>('.postwright-gate')!;
		expect(visible(note)).toBe(true);
		expect(note.textContent).toMatch(/^At status idea, \d+ checks wait for a later status: .*section-missing/);
		expect(note.textContent).toContain(idea.statusGate!.rulesLeftOut.join(', '));
		panel.showAnalysis(draft.analysis, 'clean_launch_post');
		expect(visible(note)).toBe(false);
	});
});
