/**
 * Preloaded with `node -r` into a benched process: on exit, writes its peak
 * resident memory (kB, from getrusage) and the CPU time it used to the file
 * named by POSTWRIGHT_BENCH_PEAK. Works wherever Node does, unlike /usr/bin/time -v.
 */
const { writeFileSync } = require('node:fs');

const target = process.env.POSTWRIGHT_BENCH_PEAK;
if (target) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
	});
}
