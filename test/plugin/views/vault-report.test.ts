// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reportRow, VaultReportTable, type VaultReportRow } from '../../../src/plugin/views/vault-report-render';
import { fixtureAnalysis } from './fixture-posts';

const names = readdirSync(join(import.meta.dirname, '../../fixtures/posts')).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
const rows: VaultReportRow[] = names.map((name) => reportRow(`posts/${name}.md`, fixtureAnalysis(name).analysis));

function mount() {
	const root = document.createElement('div');
	document.body.appendChild(root);
	const onOpen = vi.fn<(path: string) => void>();
	const onRefresh = vi.fn<() => void>();
	const table = new VaultReportTable(root, { onOpen, onRefresh });
	table.setRows(rows);
	const column = (index: number): string[] => [...root.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent ?? '');
	const header = (label: string): HTMLElement => [...root.querySelectorAll<HTMLElement>('thead th')].find((th) => th.textContent === label)!;
	const sortBy = (label: string): void => header(label).querySelector('button')!.click();
	return { root, table, onOpen, onRefresh, column, header, sortBy };
}

describe('vault report rows', () => {
	it('count a fixture post\'s errors and warnings and its words', () => {
		const row = rows.find((r) => r.path === 'posts/body_problems.md')!;
		expect(row).toEqual({ path: 'posts/body_problems.md', title: 'The feature nobody asked for', status: 'draft', words: expect.any(Number), errors: 1, warnings: 6 });
		const clean = rows.find((r) => r.path === 'posts/clean_launch_post.md')!;
		expect([clean.words, clean.errors, clean.warnings]).toEqual([125, 0, 0]);
	});
});

describe('vault report table', () => {
	it('lists every post, worst first, with a summary', () => {
		const { root, column } = mount();
		expect(root.querySelectorAll('tbody tr').length).toBe(names.length);
		const errors = column(3).map(Number);
		expect(errors).toEqual([...errors].sort((a, b) => b - a));
		const total = rows.reduce((sum, row) => sum + row.errors, 0);
		expect(root.querySelector('.postwright-report-summary')!.textContent).toContain(`${names.length} posts · ${total} errors`);
	});

	it('sorts by a column on click, and flips on a second click', () => {
		const { column, header, sortBy } = mount();
		sortBy('Words');
		const words = column(2).map(Number);
		expect(words).toEqual([...words].sort((a, b) => b - a));
		expect(header('Words').getAttribute('aria-sort')).toBe('descending');
		sortBy('Words');
		expect(column(2).map(Number)).toEqual([...words].sort((a, b) => a - b));
		expect(header('Words').getAttribute('aria-sort')).toBe('ascending');
		expect(header('Errors').hasAttribute('aria-sort')).toBe(false);
	});

	it('sorts statuses in their life-cycle order', () => {
		const { column, sortBy } = mount();
		sortBy('Status');
		const statuses = column(1);
		expect(statuses.indexOf('draft')).toBeLessThan(statuses.indexOf('published'));
		expect(statuses.lastIndexOf('draft')).toBeLessThan(statuses.indexOf('published'));
	});

	it('keeps row nodes when re-sorting, moving them instead', () => {
		const { root, sortBy } = mount();
		const before = new Set(root.querySelectorAll('tbody tr'));
		sortBy('Post');
		expect(new Set(root.querySelectorAll('tbody tr'))).toEqual(before);
	});

	it('keeps table semantics: column headers with sort buttons, rows whose title button opens the note', () => {
		const { root, onOpen, header, sortBy } = mount();
		for (const cell of root.querySelectorAll('th, td, tr')) expect(cell.hasAttribute('role'), cell.outerHTML.slice(0, 60)).toBe(false);
		expect(header('Errors').getAttribute('scope')).toBe('col');
		sortBy('Errors');
		expect(header('Errors').getAttribute('aria-sort')).toBe('ascending');
		const firstRow = root.querySelector('tbody tr')!;
		expect(firstRow.children[0]!.tagName).toBe('TH');
		expect(firstRow.children[0]!.getAttribute('scope')).toBe('row');
		firstRow.querySelector<HTMLButtonElement>('button.postwright-report-open')!.click();
		expect(onOpen).toHaveBeenCalledTimes(1);
		for (const button of root.querySelectorAll('button')) expect(button.hasAttribute('aria-label')).toBe(false);
	});

	it('opens a row\'s note on click and refreshes on demand', () => {
		const { root, onOpen, onRefresh, column } = mount();
		const index = column(0).indexOf('The feature nobody asked for');
		root.querySelectorAll<HTMLElement>('tbody tr')[index]!.click();
		expect(onOpen).toHaveBeenCalledWith(expect.stringMatching(/^posts\/.+\.md$/));
		root.querySelector<HTMLButtonElement>('.postwright-refresh')!.click();
		expect(onRefresh).toHaveBeenCalledTimes(1);
	});
});
