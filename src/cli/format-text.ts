import type { CheckRun } from './check';
import { plural } from '../core/counts';
import type { Summary } from './format-json';
import type { PostMetrics } from '../core/metrics/post-metrics';

export interface Palette {
	red(text: string): string;
	yellow(text: string): string;
	blue(text: string): string;
	dim(text: string): string;
	bold(text: string): string;
}

const ansi = (code: number) => (text: string): string => `\u001b[${code}m${text}\u001b[0m`;
export const COLOURS: Palette = { red: ansi(31), yellow: ansi(33), blue: ansi(34), dim: ansi(2), bold: ansi(1) };
const same = (text: string): string => text;
export const PLAIN: Palette = { red: same, yellow: same, blue: same, dim: same, bold: same };

/**
 * eslint-like text: per file, its measurements, then one
 * `file:line:column severity rule-id message` line per finding.
 */
export function formatText(run: CheckRun, summary: Summary, palette: Palette, quiet: boolean): string {
	const out: string[] = [];
	for (const post of run.posts) {
		const findings = quiet ? post.findings.filter((f) => f.severity === 'error') : post.findings;
		if (quiet && findings.length === 0) continue;
		out.push(palette.bold(post.path));
		if (post.analysis.metrics && !quiet) out.push(palette.dim(`  ${describeMetrics(post.analysis.metrics)}`));
		for (const finding of findings) {
			const severity = finding.severity === 'error' ? palette.red('error  ') : finding.severity === 'warning' ? palette.yellow('warning') : palette.blue('info   ');
			out.push(`${post.path}:${finding.line}:${finding.column} ${severity} ${palette.dim(finding.ruleId)} ${oneLine(finding.message)}`);
		}
		out.push('');
	}
	for (const skipped of run.skipped) out.push(palette.dim(`${skipped.path}: ${skipped.reason}`));
	if (run.skipped.length > 0) out.push('');
	const problems = summary.errors + summary.warnings + summary.infos;
	const line = `${problems === 0 ? '✔' : '✖'} ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}) in ${plural(summary.posts, 'post')} of ${plural(summary.files, 'file')}`;
	out.push(summary.errors > 0 ? palette.red(line) : summary.warnings > 0 ? palette.yellow(line) : line);
	return `${out.join('\n')}\n`;
}

/** One finding per line, whatever a quoted value in its message holds. */
function oneLine(message: string): string {
	return message.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
}

export function describeMetrics(metrics: PostMetrics): string {
	const parts = [`${metrics.words} words`, `${metrics.characters} characters`, `${Math.round(metrics.readingSeconds)} s to read`];
	const hook = metrics.hooks.find((h) => h.recommended) ?? metrics.hooks[0];
	if (hook?.fold) {
		const { mobile, desktop } = hook.fold;
		parts.push(`Hook ${hook.name}: ${hook.characters} characters, mobile ${mobile.visibleChars} shown in ${mobile.visibleLines} lines (${mobile.fits ? 'fits' : 'does not fit'}${mobile.complete ? ', complete' : ''}), desktop ${desktop.visibleChars} in ${desktop.visibleLines} (${desktop.fits ? 'fits' : 'does not fit'}${desktop.complete ? ', complete' : ''})`);
	}
	return parts.join(' · ');
}
