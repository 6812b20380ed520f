/**
 * The sidebar in a real browser: the plugin's panel and the core, bundled into
 * a page (scripts/sidebar-page.mjs) with a textarea as the note's editor, in
 * headless Chromium, driven by real mouse clicks. Skipped when no Chromium is
 * installed, unless POSTWRIGHT_REQUIRE_BROWSER=1 (CI), which makes a missing
 * browser a failure.
 */
import { existsSync } from 'node:fs';
import { load } from 'js-yaml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fix';
import { PathResolver } from '../../src/core/links/path-resolver';
import type { Finding } from '../../src/core/types';
import { buildSidebarPage, CHROMIUM_ARGS, findChromium, type SidebarPage } from '../../scripts/sidebar-page.mjs';
import type { PageState } from '../../scripts/screenshot-entry';

const found = findChromium();
/** A CHROMIUM_PATH that names no file counts as no browser: skipped, or a failure in CI. */
const executablePath = found && existsSync(found) ? found : null;
const required = process.env.POSTWRIGHT_REQUIRE_BROWSER === '1';
const TIMEOUT = 60_000;

declare const window: { postwrightPage: PageState };

describe('the sidebar in Chromium', () => {
	it.runIf(required && !executablePath)('finds a Chromium when POSTWRIGHT_REQUIRE_BROWSER=1', () => {
		const where = found ? `CHROMIUM_PATH=${found} names no file` : 'none at /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome';
		throw new Error(`POSTWRIGHT_REQUIRE_BROWSER=1 but no Chromium to run the browser test (${where}); install one or set CHROMIUM_PATH`);
	});
});

describe.skipIf(!executablePath)('the sidebar in Chromium (skipped: no Chromium found; set CHROMIUM_PATH)', () => {
	let browser: Browser;
	let page: Page;
	let fixture: SidebarPage;
	const errors: string[] = [];

	/** The findings the page should show, from the same analysis run in Node. */
	const analyseInNode = (text: string): Finding[] =>
		analyze(text, { path: fixture.path, parseYaml: (source) => load(source), today: fixture.today, resolver: new PathResolver(fixture.vault) }).findings;
	const item = (ruleId: string) => page.locator(`.postwright-finding[data-rule="${ruleId}"]`);
	const renderedRules = () => page.locator('.postwright-finding').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.rule ?? ''));
	const groupCount = async (group: string) => Number(await page.locator(`.postwright-group[data-group="${group}"] .postwright-group-count`).textContent());
	const noteText = () => page.evaluate(() => window.postwrightPage.text());

	beforeAll(async () => {
		fixture = await buildSidebarPage({ fixture: 'body_problems', interactive: true });
		browser = await chromium.launch({ executablePath: executablePath!, args: [...CHROMIUM_ARGS] });
		page = await browser.newPage({ viewport: { width: 400, height: 800 } });
		page.on('pageerror', (error) => errors.push(error.message));
	}, TIMEOUT);

	afterAll(async () => {
		await browser?.close();
	});

	/** A fresh page for each test: one tab for the file, its document replaced (a new tab costs more than the whole test). */
	async function openPage(): Promise<void> {
		await page.setContent(fixture.html);
		await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
	}

	it('renders every finding the core reports', async () => {
		await openPage();
		const expected = analyseInNode(fixture.text).map((finding) => finding.ruleId).sort();
		expect(expected).toContain('slop-em-dash');
		expect((await renderedRules()).sort()).toEqual(expected);
		expect(errors).toEqual([]);
	}, TIMEOUT);

	it('clicking a finding puts the editor cursor on its line and column', async () => {
		await openPage();
		for (const [ruleId, textAtCursor] of [['slop-em-dash', '—'], ['slop-phrase', 'delve']] as const) {
			const finding = analyseInNode(fixture.text).find((f) => f.ruleId === ruleId)!;
			await item(ruleId).locator('.postwright-finding-main').click();
			const cursor = await page.evaluate(() => window.postwrightPage.cursor);
			expect(cursor).toMatchObject({ line: finding.line, column: finding.column });
			expect(await item(ruleId).locator('.postwright-finding-location').textContent()).toContain(`Line ${finding.line}, column ${finding.column}`);
			// The textarea's own selection, not the page's bookkeeping: the cursor sits on the offending text.
			const atSelection = await page.locator('#editor').evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart));
			expect(atSelection.startsWith(textAtCursor)).toBe(true);
		}
		expect(errors).toEqual([]);
	}, TIMEOUT);

	it('clicking a fix edits the note as the fix says and patches the panel', async () => {
		await openPage();
		const before = await renderedRules();
		const fullPostCount = await groupCount('full-post');
		const fix = analyseInNode(fixture.text).find((f) => f.ruleId === 'slop-em-dash')?.fix;
		expect(fix?.kind).toBe('edit');
		const button = item('slop-em-dash').locator('button.postwright-fix');
		expect(await button.textContent()).toBe(fix!.title);

		await button.click();

		const text = await noteText();
		expect(text).toBe(applyEdits(fixture.text, fix!.kind === 'edit' ? fix!.edits : []));
		expect(text).toContain('It felt responsible, and it kept everyone busy.');
		expect(text).not.toContain('—');
		await expect.poll(() => item('slop-em-dash').count()).toBe(0);
		const after = await renderedRules();
		const remaining = [...before];
		remaining.splice(before.indexOf('slop-em-dash'), 1);
		expect(after).toEqual(remaining);
		expect(await groupCount('full-post')).toBe(fullPostCount - 1);
		expect(await page.evaluate(() => window.postwrightPage.fixes)).toEqual([{ ruleId: 'slop-em-dash', title: fix!.title, applied: true }]);
		expect(errors).toEqual([]);
	}, TIMEOUT);

	it('typing in the editor re-analyses the note and moves the findings with the text', async () => {
		await openPage();
		const lineBefore = analyseInNode(fixture.text).find((f) => f.ruleId === 'slop-em-dash')!.line;
		// Two new lines above the note's body heading push everything below it down.
		const headingOffset = fixture.text.indexOf('# The feature nobody asked for');
		await page.locator('#editor').evaluate((area: HTMLTextAreaElement, offset: number) => { area.focus(); area.setSelectionRange(offset, offset); }, headingOffset);
		await page.keyboard.type('Draft');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		expect(await noteText()).toBe(`${fixture.text.slice(0, headingOffset)}Draft\n\n${fixture.text.slice(headingOffset)}`);
		await expect.poll(() => item('slop-em-dash').locator('.postwright-finding-location').textContent()).toContain(`Line ${lineBefore + 2},`);
		expect(errors).toEqual([]);
	}, TIMEOUT);

	it('a fix clicked before the panel caught up with an edit lands on the current text', async () => {
		await openPage();
		// Text changed without an input event: what the panel shows is now stale, as in the plugin's debounce window.
		const headingOffset = fixture.text.indexOf('# The feature nobody asked for');
		const edited = `${fixture.text.slice(0, headingOffset)}Draft, not final.\n${fixture.text.slice(headingOffset)}`;
		await page.locator('#editor').evaluate((area: HTMLTextAreaElement, text: string) => { area.value = text; }, edited);
		const staleLine = analyseInNode(fixture.text).find((f) => f.ruleId === 'full-post-hook')!.line;
		expect(await item('full-post-hook').locator('.postwright-finding-location').textContent()).toContain(`Line ${staleLine},`);

		await item('full-post-hook').locator('button.postwright-fix').click();

		expect(await noteText()).toBe(edited.replace('### FULL POST (using Hook C)', '### FULL POST (using Hook A)'));
		await expect.poll(() => item('full-post-hook').count()).toBe(0);
		expect(await renderedRules()).toContain('slop-em-dash');
		expect(errors).toEqual([]);
	}, TIMEOUT);
});
