/**
 * Timing helpers for the in-process benches: medians of calibrated batches.
 * Batches are timed in process CPU time, not wall time: on a shared machine
 * another process taking the core would otherwise show up as our cost.
 */

/** CPU milliseconds this process has used (user + system, all its threads). */
export function cpuMs() {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How many calls of `fn` take about `targetMs`. */
function calibrate(fn, targetMs) {
	let iterations = 1;
	for (;;) {
		const start = performance.now();
		for (let i = 0; i < iterations; i++) fn(i);
		const elapsed = performance.now() - start;
		if (elapsed >= targetMs / 4 || iterations >= 1 << 20) return Math.max(1, Math.round((iterations * targetMs) / Math.max(elapsed, 0.01)));
		iterations *= 2;
	}
}

function warmUp(fn, ms) {
	const end = performance.now() + ms;
	for (let i = 0; performance.now() < end; i++) fn(i);
}

function batch(fn, iterations) {
	const start = cpuMs();
	for (let i = 0; i < iterations; i++) fn(i);
	return (cpuMs() - start) / iterations;
}

/**
 * Median milliseconds per call of `subject` and of `reference`, timed in
 * alternating batches so both see the same machine state (turbo, other load).
 */
export function compare(subject, reference, { rounds = 15, batchMs = 40, warmupMs = 1000 } = {}) {
	// Until the JIT has compiled the hot functions a call costs several times more;
	// both sides get the same warm-up so neither is timed cold.
	warmUp(subject, warmupMs);
	warmUp(reference, warmupMs);
	const subjectIterations = calibrate(subject, batchMs);
	const referenceIterations = calibrate(reference, batchMs);
	const subjectTimes = [];
	const referenceTimes = [];
	for (let round = 0; round < rounds; round++) {
		if (round % 2) {
			referenceTimes.push(batch(reference, referenceIterations));
			subjectTimes.push(batch(subject, subjectIterations));
		} else {
			subjectTimes.push(batch(subject, subjectIterations));
			referenceTimes.push(batch(reference, referenceIterations));
		}
	}
	return { subject: median(subjectTimes), reference: median(referenceTimes) };
}

export function formatMs(ms) {
	if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
	if (ms >= 1) return `${ms.toFixed(2)} ms`;
	return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatBytes(bytes) {
	if (Math.abs(bytes) >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	if (Math.abs(bytes) >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${bytes} B`;
}
