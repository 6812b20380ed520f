// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PostPanel } from '../../../src/plugin/views/post-panel';
import { VariantMetersRenderer } from '../../../src/plugin/views/variant-meters';
import { analyzePost, fixtureAnalysis, postText } from './fixture-posts';

function host(): HTMLElement {
	const el = document.createElement('div');
	document.body.appendChild(el);
	return el;
}

const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('variant meters', () => {
	const { analysis } = fixtureAnalysis('variants_thread');
	const variants = analysis.metrics!.variants;

	it('show one meter per platform, with its length against its own limit', () => {
		const root = host();
		new VariantMetersRenderer(root).update(variants);
		expect(texts(root, '.postwright-variant-name')).toEqual(['X', 'Threads', 'Bluesky', 'Mastodon']);
		const summaries = texts(root, '.postwright-variant-summary');
		expect(summaries[0]).toBe(`${variants[0]!.length}/280: a thread of ${variants[0]!.parts.length}`);
		expect(summaries[1]).toBe(`${variants[1]!.length}/500`);
		expect(summaries[3]).toBe(`${variants[3]!.length}/500`);
	});

	it('show one row per part of a thread, and mark a hand-made part over the limit', () => {
		const root = host();
		new VariantMetersRenderer(root).update(variants);
		const [x, threads, bluesky] = [...root.querySelectorAll<HTMLElement>('.postwright-variant-meter')];
		expect(texts(x!, '.postwright-part-label')).toEqual(variants[0]!.parts.map((_, i) => `${i + 1}/${variants[0]!.parts.length}`));
		expect(texts(x!, '.postwright-part-figure')).toEqual(variants[0]!.parts.map((p) => `${p.length}/280`));
		expect(x!.dataset.over).toBe('false');
		// A variant that fits in one post needs no part rows.
		expect(threads!.querySelectorAll('.postwright-part-row')).toHaveLength(0);
		expect(bluesky!.querySelector<HTMLElement>('.postwright-badge-split')!.hidden).toBe(false);
		expect(x!.querySelector<HTMLElement>('.postwright-badge-split')!.hidden).toBe(true);
		expect(bluesky!.dataset.over).toBe('true');
		const rows = [...bluesky!.querySelectorAll<HTMLElement>('.postwright-part-row')];
		expect(rows.map((row) => row.dataset.over)).toEqual(['false', 'true', 'false']);
	});

	it('patch in place while typing: the same meter element, its figures updated', () => {
		const root = host();
		const renderer = new VariantMetersRenderer(root);
		renderer.update(variants);
		const before = root.querySelector('.postwright-variant-meter');
		const shorter = analyzePost(postText('variants_thread').replace('Still is.\n\n### MASTODON', 'Still.\n\n### MASTODON'), 'variants_thread');
		renderer.update(shorter.metrics!.variants);
		expect(root.querySelector('.postwright-variant-meter')).toBe(before);
		expect(texts(root, '.postwright-variant-summary')[2]).toBe(`${shorter.metrics!.variants[2]!.length}/300: a thread of 3`);
	});

	it('appear in the sidebar panel only for a post with variants', () => {
		const panel = new PostPanel(host(), { onJump: () => {}, onFix: () => {}, onToggleTask: () => {}, onInsertTemplate: () => {} });
		panel.showAnalysis(analysis, 'variants_thread');
		const section = panel.root.querySelector<HTMLElement>('.postwright-section-variants')!;
		expect(section.hidden).toBe(false);
		expect(section.querySelectorAll('.postwright-variant-meter')).toHaveLength(4);
		panel.showAnalysis(fixtureAnalysis('clean_launch_post').analysis, 'clean_launch_post');
		expect(section.hidden).toBe(true);
	});
});
