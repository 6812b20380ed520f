// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FeedPreviewRenderer, SEE_MORE } from '../../../src/plugin/views/feed-preview';
import { HookMetersRenderer } from '../../../src/plugin/views/hook-meters';
import { analyzePost, fixtureAnalysis } from './fixture-posts';

function host(): HTMLElement {
	const el = document.createElement('div');
	document.body.appendChild(el);
	return el;
}

function meters(name: string): HTMLElement {
	const root = host();
	const { analysis } = fixtureAnalysis(name);
	new HookMetersRenderer(root).update(analysis.metrics!.hooks, analysis.profile!.limits);
	return root;
}

const figures = (root: HTMLElement, hook: number, device: string): string[] => {
	const meter = root.querySelectorAll('.postwright-hook-meter')[hook]!;
	const row = meter.querySelector(`[data-device="${device}"]`)!;
	return [...row.querySelectorAll('.postwright-figure, .postwright-badge')].map((el) => el.textContent ?? '');
};

describe('hook meters', () => {
	it('show each hook\'s visible characters and lines against the fold, per device', () => {
		const root = meters('clean_launch_post');
		expect([...root.querySelectorAll('.postwright-hook-name')].map((el) => el.textContent)).toEqual(['Hook A', 'Hook B']);
		// Hook A: a 38-character line, a blank line, a 31-character line: 71 characters on 3 lines, all shown.
		expect(figures(root, 0, 'mobile')).toEqual(['71/140 characters', '3/3 lines', 'Fits', 'Complete']);
		expect(figures(root, 0, 'desktop')).toEqual(['71/210 characters', '3/3 lines', 'Fits', 'Complete']);
		// Hook B: one 56-character line wraps to 2 lines of 47 on mobile, fits in 1 line of 70 on desktop.
		expect(figures(root, 1, 'mobile')).toEqual(['56/140 characters', '2/3 lines', 'Fits', 'Complete']);
		expect(figures(root, 1, 'desktop')).toEqual(['56/210 characters', '1/3 lines', 'Fits', 'Complete']);
	});

	it('highlight the recommended hook only', () => {
		const root = meters('clean_launch_post');
		const [a, b] = [...root.querySelectorAll<HTMLElement>('.postwright-hook-meter')];
		expect(a!.classList.contains('is-recommended')).toBe(true);
		expect(b!.classList.contains('is-recommended')).toBe(false);
		expect(a!.querySelector<HTMLElement>('.postwright-badge-recommended')!.hidden).toBe(false);
		expect(b!.querySelector<HTMLElement>('.postwright-badge-recommended')!.hidden).toBe(true);
	});

	it('show a long opening paragraph cut on mobile but whole on desktop', () => {
		const root = meters('short_post_long_hook');
		// 155 characters: mobile stops at its 140 budget, then the third line gives 9 characters to "…see more".
		expect(figures(root, 0, 'mobile')).toEqual(['131/140 characters', '3/3 lines', 'Does not fit', 'Cut']);
		// Desktop shows the 155 characters in 3 lines of 70; the second paragraph is past the fold.
		expect(figures(root, 0, 'desktop')).toEqual(['155/210 characters', '3/3 lines', 'Fits', 'Cut']);
		const mobileRow = root.querySelector<HTMLElement>('.postwright-hook-meter [data-device="mobile"]')!;
		expect(mobileRow.dataset.fits).toBe('false');
		expect(mobileRow.querySelector<HTMLElement>('.postwright-bar-fill')!.style.getPropertyValue('--postwright-fill')).toBe((131 / 140).toFixed(3));
	});
});

describe('feed preview', () => {
	const LONG = 'We shipped a feature nobody asked for, told nobody about it, wrote no announcement, and then watched it quietly become the most used screen in the product.';

	function preview(text: string) {
		const root = host();
		new FeedPreviewRenderer(root).update(analyzePost(text));
		return [...root.querySelectorAll<HTMLElement>('.postwright-feed-card')].map((card) => ({
			title: card.querySelector('.postwright-feed-title')!.textContent,
			device: card.dataset.device,
			text: card.querySelector('.postwright-feed-visible')!.textContent,
			more: !card.querySelector<HTMLElement>('.postwright-feed-more')!.hidden,
		}));
	}

	it('cuts the recommended hook at the fold and ends it with "…see more"', () => {
		const cards = preview(fixtureAnalysis('short_post_long_hook').text);
		expect(cards.map((card) => `${card.title} ${card.device}`)).toEqual([
			'Hook A (recommended) mobile', 'Hook A (recommended) desktop', 'Full post opening mobile', 'Full post opening desktop',
		]);
		expect(cards[0]!.text).toBe(LONG.slice(0, 131));
		expect(cards[0]!.more).toBe(true);
		// Desktop's third line would be the blank one after the paragraph, so only the paragraph shows.
		expect(cards[1]!.text).toBe(LONG);
		expect(cards[1]!.more).toBe(true);
		expect(document.querySelector('.postwright-feed-more')!.textContent).toBe(SEE_MORE);
	});

	it('shows a hook that fits whole, without "…see more"', () => {
		const cards = preview(fixtureAnalysis('clean_launch_post').text);
		expect(cards[0]!.text).toBe('We shipped a feature nobody asked for.\n\nIt became our most used screen.');
		expect(cards[0]!.more).toBe(false);
		// The full post goes on past the fold: its opening is cut.
		expect(cards[2]!.text.startsWith('We shipped a feature nobody asked for.\n\nIt became our most used screen.')).toBe(true);
		expect(cards[2]!.more).toBe(true);
	});

	it('previews the first hook when none is marked recommended', () => {
		const text = fixtureAnalysis('clean_launch_post').text.replace('### HOOK A (Recommended)', '### HOOK A');
		expect(preview(text)[0]!.title).toBe('Hook A');
	});
});
