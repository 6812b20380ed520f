/**
 * Runs bench/panel-update.mjs (one live sidebar update in real Chromium) for
 * bench/run.mjs and reports its "update" figure against the 2 ms budget of
 * PRODUCT.md §8. Without a Chromium the figure is shown as missing, without a
 * verdict.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function reportPanelUpdate({ root, report, quick }) {
	const run = spawnSync(process.execPath, [join(root, 'bench/panel-update.mjs'), ...(quick ? ['--quick'] : [])], { cwd: root, encoding: 'utf8' });
	const update = /update \(analyse \+ patch\): ([\d.]+) ms/.exec(run.stdout ?? '');
	const analyse = /analyse \(core only\): ([\d.]+) ms/.exec(run.stdout ?? '');
	if (run.status !== 0 || !update) {
		report('sidebar update', 'not measured', '', '< 2 ms', null);
		process.stdout.write(`  (${(run.stderr ?? '').trim().split('\n')[0] || 'panel-update.mjs gave no figure'})\n`);
		return;
	}
	const ms = Number(update[1]);
	report('sidebar update (analysis, fold of every hook and device, patch)', `${ms.toFixed(3)} ms`, analyse ? `analysis alone ${Number(analyse[1]).toFixed(3)} ms` : '', '< 2 ms', ms < 2);
}
