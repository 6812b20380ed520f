/**
 * The fold model against the real thing (PRODUCT.md §3): every hook of
 * test/fixtures/fold/hooks.md laid out by real Chromium with LinkedIn's CSS
 * (Roboto from Debian's fonts-roboto, emoji from fonts-noto-color-emoji, CJK
 * from fonts-noto-cjk) at 523 px (desktop) and 328 px (mobile). The model must
 * agree on the visual line count of at least 98% of hook × device pairs, and
 * on the cut within 3 graphemes on at least 95%. Skipped when no Chromium is
 * installed, unless POSTWRIGHT_REQUIRE_BROWSER=1 (CI).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFold, layoutLines } from '../../src/core/metrics/fold';
import { LINKEDIN_FOLD } from '../../src/core/profiles/fold-defaults';
import type { DeviceName } from '../../src/core/profiles/platforms';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/sidebar-page.mjs';
import { chromiumFold, chromiumLayout, readCorpus } from './fold-chromium';

const found = findChromium();
const executablePath = found && existsSync(found) ? found : null;
const required = process.env.POSTWRIGHT_REQUIRE_BROWSER === '1';
const TIMEOUT = 120_000;
const DEVICES: readonly DeviceName[] = ['mobile', 'desktop'];

describe('the fold in Chromium', () => {
	it.runIf(required && !executablePath)('finds a Chromium when POSTWRIGHT_REQUIRE_BROWSER=1', () => {
		throw new Error(`POSTWRIGHT_REQUIRE_BROWSER=1 but no Chromium to lay the fold corpus out (${found ?? 'none found'}); install one or set CHROMIUM_PATH`);
	});
});

describe.skipIf(!executablePath)('the fold model against Chromium (skipped when no Chromium is found; set CHROMIUM_PATH)', () => {
	let browser: Browser;
	let page: Page;
	const corpus = readCorpus();

	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: executablePath!, args: [...CHROMIUM_ARGS] });
		page = await browser.newPage();
		await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
		// Roboto must be the font actually used, or the comparison means nothing.
		const roboto = await page.evaluate(async () => {
			await document.fonts.load('14px Roboto');
			return document.fonts.check('14px Roboto');
		});
		if (!roboto) throw new Error('Chromium has no Roboto: install Debian\'s fonts-roboto');
	}, TIMEOUT);

	afterAll(async () => {
		await browser?.close();
	});

	it('has a varied corpus of at least 80 hooks', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(80);
	});

	it('agrees on line count for ≥ 98% and on the cut within 3 graphemes for ≥ 95% of hook × device pairs', async () => {
		let pairs = 0;
		let sameLines = 0;
		let closeCut = 0;
		const misses: string[] = [];
		for (const hook of corpus) {
			for (const device of DEVICES) {
				const settings = LINKEDIN_FOLD[device];
				const layout = await chromiumLayout(page, hook.text, settings);
				const real = chromiumFold(hook.text, layout, settings);
				const model = computeFold(hook.text, settings);
				// Line count: every visual line of the hook, not only those above the fold.
				const modelLines = layoutLines(hook.text, settings, 1000).length;
				pairs++;
				const linesAgree = modelLines === layout.lineCount;
				if (linesAgree) sameLines++;
				const cutAgrees = Math.abs(model.visibleChars - real.visibleChars) <= 3 && model.complete === real.complete;
				if (cutAgrees) closeCut++;
				if (!linesAgree || !cutAgrees) {
					misses.push(`${hook.label} (${device}): lines model ${modelLines} / Chromium ${layout.lineCount}; shown model ${model.visibleChars} / Chromium ${real.visibleChars}\n    model:    ${JSON.stringify(layoutLines(hook.text, settings, 1000).map((l) => hook.text.slice(l.from, l.to)))}\n    chromium: ${JSON.stringify(real.lines)}`);
				}
			}
		}
		const lineShare = sameLines / pairs;
		const cutShare = closeCut / pairs;
		console.log(`Fold agreement with Chromium on ${corpus.length} hooks × 2 devices (${pairs} pairs): line count ${(lineShare * 100).toFixed(1)}% (${sameLines}/${pairs}), cut within 3 graphemes ${(cutShare * 100).toFixed(1)}% (${closeCut}/${pairs})`);
		if (misses.length > 0) console.log(`Disagreements:\n  ${misses.join('\n  ')}`);
		expect(lineShare).toBeGreaterThanOrEqual(0.98);
		expect(cutShare).toBeGreaterThanOrEqual(0.95);
	}, TIMEOUT);
});
