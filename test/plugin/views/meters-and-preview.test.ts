// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { computeFold } from '../../../src/core/metrics/fold';
import { LINKEDIN_FOLD } from '../../../src/core/profiles/fold-defaults';
import { FeedPreviewRenderer } from '../../../src/plugin/views/feed-preview';
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
	new HookMetersRenderer(root).update(analysis.metrics!.hooks, analysis.profile!.fold);
	return root;
}

const figures = (root: HTMLElement, hook: number, device: string): string[] => {
	const meter = root.querySelectorAll('.postwright-hook-meter')[hook]!;
	const row = meter.querySelector(`[data-device="${device}"]`)!;
	return [...row.querySelectorAll('.postwright-figure, .postwright-badge')].map((el) => el.textContent ?? '');
};

const LONG = 'We shipped a feature nobody asked for, told nobody about it, wrote no announcement, and then watched it quietly become the most used screen in the product.';
const LONG_HOOK = `${LONG}\n\nIt became our most used screen.`;

describe('hook meters', () => {
	it('show the lines each hook takes of 3 and the characters that show of its total, per device', () => {
		const root = meters('clean_launch_post');
		expect([...root.querySelectorAll('.postwright-hook-name')].map((el) => el.textContent)).toEqual(['Hook A', 'Hook B']);
		// Hook A: a short line, a blank line, a short line: 71 characters on 3 lines, all of them shown.
		expect(figures(root, 0, 'mobile')).toEqual(['3/3 lines', '71/71 characters shown', 'Fits', 'Complete']);
		expect(figures(root, 0, 'desktop')).toEqual(['3/3 lines', '71/71 characters shown', 'Fits', 'Complete']);
		// Hook B: one 56-character sentence, about 370 px: two lines in the 328 px phone column, one in 523 px.
		expect(figures(root, 1, 'mobile')).toEqual(['2/3 lines', '56/56 characters shown', 'Fits', 'Complete']);
		expect(figures(root, 1, 'desktop')).toEqual(['1/3 lines', '56/56 characters shown', 'Fits', 'Complete']);
	});

	it('mark the posted hook and the recommended one, and leave room for actions', () => {
		const root = meters('clean_launch_post');
		const [a, b] = [...root.querySelectorAll<HTMLElement>('.postwright-hook-meter')];
		expect(a!.classList.contains('is-posted')).toBe(true);
		expect(a!.querySelector<HTMLElement>('.postwright-badge-posted')!.hidden).toBe(false);
		expect(b!.querySelector<HTMLElement>('.postwright-badge-posted')!.hidden).toBe(true);
		expect(a!.querySelector<HTMLElement>('.postwright-badge-recommended')!.hidden).toBe(false);
		expect(b!.querySelector<HTMLElement>('.postwright-badge-recommended')!.hidden).toBe(true);
		expect(a!.querySelector('.postwright-hook-header .postwright-hook-actions')).not.toBeNull();
	});

	it('show a long opening paragraph cut on mobile, and the bar as the share shown', () => {
		const root = meters('short_post_long_hook');
		const mobile = computeFold(LONG_HOOK, LINKEDIN_FOLD.mobile);
		const total = [...LONG_HOOK].length;
		expect(mobile.complete).toBe(false);
		expect(figures(root, 0, 'mobile')).toEqual(['3/3 lines', `${mobile.visibleChars}/${total} characters shown`, 'Does not fit', 'Cut']);
		const mobileRow = root.querySelector<HTMLElement>('.postwright-hook-meter [data-device="mobile"]')!;
		expect(mobileRow.dataset.fits).toBe('false');
		expect(mobileRow.querySelector<HTMLElement>('.postwright-bar-fill')!.style.getPropertyValue('--postwright-fill')).toBe((mobile.visibleChars / total).toFixed(3));
		// Desktop: the paragraph takes 3 lines of 523 px, so the blank line after it is past the fold.
		const desktop = computeFold(LONG_HOOK, LINKEDIN_FOLD.desktop);
		expect(figures(root, 0, 'desktop')).toEqual([`${desktop.visibleLines}/3 lines`, `${desktop.visibleChars}/${total} characters shown`, 'Fits', 'Cut']);
	});
});

describe('feed preview', () => {
	function preview(text: string) {
		const root = host();
		new FeedPreviewRenderer(root).update(analyzePost(text));
		return [...root.querySelectorAll<HTMLElement>('.postwright-feed-card')].map((card) => ({
			title: card.querySelector('.postwright-feed-title')!.textContent,
			device: card.dataset.device,
			lines: [...card.querySelectorAll('.postwright-feed-line')].map((line) => line.firstChild?.textContent ?? ''),
			more: [...card.querySelectorAll('.postwright-feed-more')].map((more) => more.textContent),
			moreOnLast: card.querySelector('.postwright-feed-line:last-of-type .postwright-feed-more') !== null,
			viewBox: card.querySelector('svg')!.getAttribute('viewBox'),
			figures: card.querySelector('.postwright-feed-figures')!.textContent,
		}));
	}

	it('draws exactly the fold model\'s lines of the posted hook, ending the last with "…more"', () => {
		const cards = preview(fixtureAnalysis('short_post_long_hook').text);
		expect(cards.map((card) => `${card.title} ${card.device}`)).toEqual([
			'Hook A (posted) mobile', 'Hook A (posted) desktop', 'Full post opening mobile', 'Full post opening desktop',
		]);
		const mobile = computeFold(LONG_HOOK, LINKEDIN_FOLD.mobile);
		expect(cards[0]!.lines).toEqual(mobile.lines);
		expect(cards[0]!.lines).toHaveLength(3);
		expect(cards[0]!.more).toEqual(['…more']);
		expect(cards[0]!.moreOnLast).toBe(true);
		// The picture is the phone's column, scaled by the SVG: 328 px wide, 3 lines of 20 px.
		expect(cards[0]!.viewBox).toBe('0 0 328 60');
		// Caption and picture come from one result.
		expect(cards[0]!.figures).toBe(`3/3 lines · ${mobile.visibleChars} of ${[...LONG_HOOK].length} characters shown`);
		expect(cards[1]!.viewBox?.startsWith('0 0 523 ')).toBe(true);
		// No line is cut inside a word except where the label starts.
		expect(cards[0]!.lines.slice(0, -1).every((line) => LONG.includes(line))).toBe(true);
	});

	it('shows a hook that fits whole, without "…more"', () => {
		const cards = preview(fixtureAnalysis('clean_launch_post').text);
		expect(cards[0]!.lines).toEqual(['We shipped a feature nobody asked for.', '', 'It became our most used screen.']);
		expect(cards[0]!.more).toEqual([]);
		expect(cards[0]!.figures).toBe('3/3 lines · all 71 characters shown');
		// The full post goes on past the fold: its opening is cut.
		expect(cards[2]!.lines.slice(0, 2)).toEqual(['We shipped a feature nobody asked for.', '']);
		expect(cards[2]!.more).toEqual(['…more']);
	});

	it('follows the text as it changes, keeping the same card', () => {
		const root = host();
		const renderer = new FeedPreviewRenderer(root);
		const { text } = fixtureAnalysis('clean_launch_post');
		renderer.update(analyzePost(text));
		const card = root.querySelector('.postwright-feed-card');
		renderer.update(analyzePost(text.replace('It became our most used screen.\n\n### HOOK B', `${LONG}\n\n### HOOK B`)));
		expect(root.querySelector('.postwright-feed-card')).toBe(card);
		expect(card!.querySelectorAll('.postwright-feed-more')).toHaveLength(1);
	});

	it('previews the recommended hook when the FULL POST names none, and the first when none is marked', () => {
		const text = fixtureAnalysis('clean_launch_post').text.replace('(using Hook A)', '');
		expect(preview(text)[0]!.title).toBe('Hook A (recommended)');
		expect(preview(text.replace('### HOOK A (Recommended)', '### HOOK A'))[0]!.title).toBe('Hook A');
	});
});
