import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePost } from '../../src/core/rules/example-post';

/**
 * Dates never shift a day, in any time zone (PRODUCT §1.1). The CLI is built
 * from the current source into a temporary folder and run under the far-east
 * and far-west zones; the reports must be identical, and every date in them
 * must read as written.
 */

const ZONES = ['Pacific/Kiritimati', 'Etc/GMT-14', 'UTC', 'Pacific/Pago_Pago', 'Etc/GMT+12'];
let work = '';
let cli = '';

/** Today in a zone, `YYYY-MM-DD`. */
function todayIn(timeZone: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

beforeAll(async () => {
	work = mkdtempSync(path.join(tmpdir(), 'postwright-tz-'));
	cli = path.join(work, 'cli.cjs');
	await build({
		entryPoints: [fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))],
		bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, logLevel: 'silent',
	});
	const vault = path.join(work, 'vault');
	mkdirSync(path.join(vault, 'concepts'), { recursive: true });
	writeFileSync(path.join(vault, 'concepts', 'async_work.md'), '# Async work\n');
	const post = (name: string, fields: Record<string, string>): void => {
		writeFileSync(path.join(vault, `${name}.md`), examplePost({ fields: { name: `name: ${name}`, ...fields } }));
	};
	// "Today" where the day starts last: today or yesterday everywhere else, never in the future.
	post('updated_today', { last_updated: `last_updated: ${todayIn('Etc/GMT+12')}` });
	// Published on a day boundary: a parser's Date at UTC midnight, read locally in the west, would be the 21st.
	post('published_on_boundary', {
		status: 'status: published', published_date: 'published_date: 2026-02-22', last_updated: 'last_updated: 2026-02-22', link: 'link: https://example.com/post',
	});
	// Far in the future: the message prints the date, so a shift would show.
	post('updated_far_ahead', { last_updated: 'last_updated: 2099-12-31' });
	// New Year's Eve at midnight, the day most likely to move a year as well.
	post('updated_new_year', { last_updated: 'last_updated: 2025-12-31', published_date: 'published_date: 2026-01-01' });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function reportIn(timeZone: string): string {
	const result = spawnSync(process.execPath, [cli, 'check', 'vault', '--format', 'json'], {
		cwd: work, encoding: 'utf8', env: { ...process.env, TZ: timeZone, NO_COLOR: '1' },
	});
	expect(result.stderr).toBe('');
	return result.stdout;
}

describe('dates under far-east and far-west time zones', () => {
	it('gives the same report in every zone, with every date as written', () => {
		type Report = { files: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }> };
		const reports = ZONES.map((zone) => JSON.parse(reportIn(zone)) as Report);
		// The far-ahead note's message names each zone's own today, which rightly differs: compared on its own below.
		const aheadPath = 'vault/updated_far_ahead.md';
		const rest = reports.map((report) => JSON.stringify(report.files.filter((f) => f.path !== aheadPath)));
		for (let i = 1; i < rest.length; i++) expect(rest[i], ZONES[i]).toBe(rest[0]);

		const findings = (name: string) => reports[0]?.files.find((f) => f.path === `vault/${name}.md`)?.findings ?? [];
		expect(findings('updated_today').map((f) => f.ruleId)).toEqual([]);
		expect(findings('published_on_boundary').map((f) => f.ruleId)).toEqual([]);
		expect(findings('updated_new_year').map((f) => f.ruleId)).toEqual([]);
		reports.forEach((report, i) => {
			const zone = ZONES[i] as string;
			const ahead = report.files.find((f) => f.path === aheadPath)?.findings.map((f) => f.message);
			// A day before or after midnight in some zone, so the zone's today is read around the run.
			expect(ahead, zone).toEqual([expect.stringMatching(/^`last_updated` is 2099-12-31, after today \(\d{4}-\d{2}-\d{2}\)/)]);
			expect([todayIn(zone), todayIn('Etc/GMT+12'), todayIn('Etc/GMT-14')], zone).toContain(/\((\d{4}-\d{2}-\d{2})\)/.exec(ahead?.[0] ?? '')?.[1]);
		});
	});

	it('takes "today" from the local zone: a note updated today in Kiritimati is in the future in Pago Pago', () => {
		const kiritimati = todayIn('Pacific/Kiritimati');
		const pagoPago = todayIn('Pacific/Pago_Pago');
		// Kiritimati is 25 hours ahead of Pago Pago, so for all but one hour a day their dates differ.
		if (kiritimati === pagoPago) return;
		writeFileSync(path.join(work, 'vault', 'updated_today.md'), examplePost({ fields: { name: 'name: updated_today', last_updated: `last_updated: ${kiritimati}` } }));
		const ids = (zone: string): string[] => {
			const json = JSON.parse(reportIn(zone)) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
			return json.files.find((f) => f.path === 'vault/updated_today.md')?.findings.map((f) => f.ruleId) ?? [];
		};
		expect(ids('Pacific/Kiritimati')).toEqual([]);
		expect(ids('Pacific/Pago_Pago')).toEqual(['last-updated-future']);
	});
});
