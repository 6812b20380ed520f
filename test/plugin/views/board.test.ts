// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { examplePost } from '../../../src/core/rules/example-post';
import { boardCard, boardColumns, neighbourStatus, type BoardCard } from '../../../src/plugin/views/board-model';
import { BoardRenderer } from '../../../src/plugin/views/board-render';
import type { BoardView } from '../../../src/plugin/views/board-view';
import { BOARD_VIEW_TYPE } from '../../../src/plugin/view-types';
import { lastNotice, loadPlugin, openModal, run, settle, textOf } from '../harness';
import { analyzePost, fixtureAnalysis } from './fixture-posts';

const card = (path: string, status: string, lastUpdated = '2026-02-01', extra: Partial<BoardCard> = {}): BoardCard => ({
	path, title: path, status, words: 100, errors: 0, warnings: 0, infos: 0, lastUpdated, publishedDate: '', ...extra,
});

describe('board grouping', () => {
	it('has a column per status in life-cycle order, empty ones too, then unknown statuses', () => {
		const columns = boardColumns([card('a', 'review'), card('b', 'idea'), card('c', 'done'), card('d', ''), card('e', 'idea', '2026-02-09')]);
		expect(columns.map((c) => c.status)).toEqual(['idea', 'draft', 'review', 'scheduled', 'published', 'done', '']);
		expect(columns.map((c) => c.cards.map((x) => x.path))).toEqual([['e', 'b'], [], ['a'], [], [], ['c'], ['d']]);
	});

	it('makes a card of a post\'s analysis: title, words, problem counts and dates', () => {
		const body = boardCard('posts/body_problems.md', fixtureAnalysis('body_problems').analysis);
		expect(body).toMatchObject({ title: 'The feature nobody asked for', status: 'draft', errors: 1, warnings: 6, lastUpdated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
		const published = boardCard('posts/p.md', analyzePost(examplePost({ fields: { status: 'status: published', published_date: 'published_date: 2026-02-21', link: 'link: https://www.linkedin.com/posts/1' } }), 'p'));
		expect(published).toMatchObject({ status: 'published', publishedDate: '2026-02-21', lastUpdated: '2026-02-20', words: 126 });
	});

	it('knows each status\'s neighbours', () => {
		expect(neighbourStatus('idea', -1)).toBeNull();
		expect(neighbourStatus('idea', 1)).toBe('draft');
		expect(neighbourStatus('scheduled', 1)).toBe('published');
		expect(neighbourStatus('published', 1)).toBeNull();
		expect(neighbourStatus('done', 1)).toBe('idea');
	});
});

describe('board rendering', () => {
	function mount(cards: BoardCard[]) {
		const root = document.createElement('div');
		document.body.appendChild(root);
		const callbacks = { onOpen: vi.fn(), onMenu: vi.fn(), onMove: vi.fn() };
		const board = new BoardRenderer(root, callbacks);
		board.setCards(cards);
		const cardEl = (path: string) => root.querySelector<HTMLElement>(`.postwright-board-card[data-key="${path}"]`)!;
		return { root, board, callbacks, cardEl };
	}

	it('draws the columns with their counts and each card\'s figures, as text', () => {
		const { root, cardEl } = mount([card('x.md', 'draft', '2026-02-02', { title: '<b>Bold</b> title', errors: 2, warnings: 1, words: 240 }), card('y.md', 'published', '2026-01-01', { publishedDate: '2026-01-02' })]);
		expect([...root.querySelectorAll('.postwright-board-heading')].map((h) => h.textContent)).toEqual(['idea (0)', 'draft (1)', 'review (0)', 'scheduled (0)', 'published (1)']);
		expect(cardEl('x.md').querySelector('.postwright-board-title')!.textContent).toBe('<b>Bold</b> title');
		expect(cardEl('x.md').querySelector('b')).toBeNull();
		expect(cardEl('x.md').querySelector('.postwright-board-counts')!.textContent).toBe('240 words · 2 errors · 1 warning · 0 infos');
		expect(cardEl('y.md').querySelector('.postwright-board-dates')!.textContent).toBe('Updated 2026-01-01 · Published 2026-01-02');
	});

	it('opens on click and Enter, moves by Shift+Arrow, shows the menu from its button, and patches cards in place', () => {
		const { board, callbacks, cardEl } = mount([card('x.md', 'draft')]);
		const node = cardEl('x.md');
		node.click();
		node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(callbacks.onOpen.mock.calls).toEqual([['x.md'], ['x.md']]);
		node.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
		node.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true }));
		expect(callbacks.onMove.mock.calls.map(([c, status]) => [c.path, status])).toEqual([['x.md', 'review'], ['x.md', 'idea']]);
		node.querySelector<HTMLButtonElement>('.postwright-board-move')!.click();
		expect(callbacks.onMenu).toHaveBeenCalledTimes(1);
		expect(callbacks.onOpen).toHaveBeenCalledTimes(2);
		board.setCards([card('x.md', 'draft', '2026-02-01', { errors: 3 })]);
		expect(cardEl('x.md')).toBe(node);
	});
});

describe('board view', () => {
	const POSTS = {
		'Posts/draft_one.md': examplePost().replace('name: example_post', 'name: draft_one'),
		'Posts/an_idea.md': '---\nname: an_idea\nnode_type: linkedin-post\nstatus: idea\n---\n\n# A thought\n',
		'notes/plain.md': 'Not a post.\n',
		'concepts/async_work.md': '',
	};

	async function openBoard() {
		const loaded = await loadPlugin(POSTS);
		expect(await run(loaded.plugin, 'open-board')).toBe(true);
		const view = loaded.app.workspace.getLeavesOfType(BOARD_VIEW_TYPE)[0]!.view as unknown as BoardView;
		await settle();
		const cards = () => [...view.containerEl.querySelectorAll<HTMLElement>('.postwright-board-column')].map((column) => [column.dataset.status, [...column.querySelectorAll('.postwright-board-card')].map((c) => c.getAttribute('data-key'))]);
		return { ...loaded, view, cards };
	}

	it('finds the posts through the metadata cache and groups them by status', async () => {
		const { cards } = await openBoard();
		expect(cards()).toEqual([['idea', ['Posts/an_idea.md']], ['draft', ['Posts/draft_one.md']], ['review', []], ['scheduled', []], ['published', []]]);
	});

	it('moves a card by writing its status, and follows the note', async () => {
		const { app, view, cards } = await openBoard();
		await view.move(view['cards'].get('Posts/an_idea.md')!, 'review');
		await settle();
		expect(textOf(app, 'Posts/an_idea.md')).toContain('status: review\n');
		expect(cards()[2]).toEqual(['review', ['Posts/an_idea.md']]);
	});

	it('moving to published goes through Mark as published', async () => {
		const { app, view } = await openBoard();
		await view.move(view['cards'].get('Posts/draft_one.md')!, 'published');
		const modal = openModal<{ link: string; submit(): Promise<boolean> }>();
		modal.link = 'https://www.linkedin.com/posts/9';
		expect(await modal.submit()).toBe(true);
		await settle();
		expect(textOf(app, 'Posts/draft_one.md')).toContain('status: published\n');
		expect(lastNotice()).toContain('as published on');
	});
});

describe('board and report for a custom profile', () => {
	// A profile whose status and last-updated fields are called `stage` and `touched`.
	const CONFIG = { profiles: [{
		id: 'essay', label: 'Essay', platform: 'linkedin',
		fields: [
			{ key: 'name', type: 'slug', required: true, role: 'name' },
			{ key: 'node_type', type: 'enum', required: true, values: ['essay'] },
			{ key: 'stage', type: 'enum', required: true, values: ['idea', 'draft', 'published'], role: 'status' },
			{ key: 'touched', type: 'date', required: true, role: 'last-updated' },
		],
		legos: [], notesItems: [], judgementItems: [], minHooks: 0,
	}] };
	const ESSAY = '---\nname: on_focus\nnode_type: essay\nstage: draft\ntouched: 2026-02-18\n---\n\n# On focus\n';

	it('reads the status and dates from the fields playing those roles, and moves by writing the status field', async () => {
		const { app, plugin } = await loadPlugin({ 'Essays/on_focus.md': ESSAY }, { check: CONFIG });
		expect(await run(plugin, 'open-board')).toBe(true);
		const view = app.workspace.getLeavesOfType(BOARD_VIEW_TYPE)[0]!.view as unknown as BoardView;
		await settle();
		const essay = view['cards'].get('Essays/on_focus.md')!;
		expect(essay).toMatchObject({ title: 'On focus', status: 'draft', lastUpdated: '2026-02-18' });
		await view.move(essay, 'idea');
		await settle();
		const after = textOf(app, 'Essays/on_focus.md');
		expect(after).toContain('\nstage: idea\n');
		expect(after).not.toMatch(/^status:/m);
	});
});
