/**
 * Hostile lines: a long run of one character or group, put where a writer's
 * text sits (a hook, the FULL POST, NOTES, an Idea Legos cell, a YAML value),
 * analysed at 20,000 and at 80,000 characters. Linear work takes about 4× as
 * long for 4× the text; a scanner that searches to the end of the line once
 * per opener takes about 16×. The collector blurs this: a line of em dashes
 * (one finding each, 80,000 findings) grows about 8×, from 10 to 85 ms. The
 * slowest growth is reported; more than 12× is a miss (not a §8 budget: the
 * guard that keeps hostile input linear).
 * Run from bench/run.mjs; `runPathologicalBench` reports through its `report`.
 */
import { formatMs } from './measure.mjs';

const UNITS = [
	'*', '*a ', '_a ', '[a ', '(a ', 'a ', '-', '- ', '—', '# ', '#a ', '@a ', 'http://a.b/', 'https://', 'www.', 'a.com ', '.', '!', '?',
	'\u200b', '😀', '👨‍👩‍👧', 'é', '\u0301', '日本', '| ', '|', '\\', '\\|', '"', "'", '’', 'it is not ', 'not ', ', ', 'here is ', "Here's ",
	'x:', '1. ', '> ', '  ', '\t', '**a', '~~', '==', '<a ', '<!-- ', '%%', '`', '``a ', '[[a]] ', '[[a|', '![[a ', '#tag ', 'a\u00a0', '\u2028',
];

const FRONT = '---\nname: x\nnode_type: linkedin-post\nstatus: draft\n---\n# T\n';
const PLACES = {
	hook: (line) => `${FRONT}### HOOK A (Recommended)\n${line}\n\n### FULL POST (using Hook A)\nx\n\n## NOTES\n`,
	'FULL POST': (line) => `${FRONT}### HOOK A (Recommended)\nA\n\n### FULL POST (using Hook A)\n${line}\n\n## NOTES\n`,
	NOTES: (line) => `${FRONT}### HOOK A (Recommended)\nA\n\n### FULL POST (using Hook A)\nx\n\n## NOTES\n- ${line}\n`,
	'Legos cell': (line) => `${FRONT}## IDEA LEGOS\n| Lego | Value |\n|---|---|\n| Topic | ${line} |\n### HOOK A (Recommended)\nA\n\n### FULL POST (using Hook A)\nx\n\n## NOTES\n`,
	'YAML value': (line) => `${FRONT.replace('status: draft\n', `status: draft\ndescription: "${line.replace(/["\\]/g, '')}"\n`)}### HOOK A (Recommended)\nA\n\n### FULL POST (using Hook A)\nx\n\n## NOTES\n`,
};

export function runPathologicalBench({ engine, report, quick }) {
	const options = { path: 'posts/x.md', parseYaml: engine.parseYamlWithGrayMatter, today: '2026-03-01' };
	// Every fold too: the sidebar lays out each hook on each device.
	const analyse = (text) => {
		const started = performance.now();
		for (const hook of engine.analyze(text, options).metrics?.hooks ?? []) void (hook.fold?.mobile, hook.fold?.desktop);
		return performance.now() - started;
	};
	// The best of a few runs: what the work costs, not what the machine was doing meanwhile.
	const best = (text) => Math.min(...Array.from({ length: quick ? 2 : 3 }, () => analyse(text)));
	let worst = { growth: 0, label: '', short: 0, long: 0 };
	let slowest = { ms: 0, label: '' };
	for (const [place, make] of Object.entries(PLACES)) {
		for (const unit of UNITS) {
			const run = (length) => unit.repeat(Math.ceil(length / unit.length));
			analyse(make(run(1000)));
			const short = best(make(run(20_000)));
			const long = best(make(run(80_000)));
			const label = `${JSON.stringify(unit)} in ${place}`;
			// Below a few milliseconds the timer and the collector, not the work, decide the ratio.
			const growth = long / Math.max(short, 5);
			if (growth > worst.growth) worst = { growth, label, short, long };
			if (long > slowest.ms) slowest = { ms: long, label };
		}
	}
	const cases = Object.keys(PLACES).length * UNITS.length;
	report(`slowest growth, 20,000 → 80,000 characters (${cases} cases)`, `${worst.growth.toFixed(1)}× (${worst.label}: ${formatMs(worst.short)} → ${formatMs(worst.long)})`, '', '≤ 12× (linear is 4×, quadratic 16×)', worst.growth <= 12);
	report('slowest 80,000-character line', `${formatMs(slowest.ms)} (${slowest.label})`, '', '', null);
}
