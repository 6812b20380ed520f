import type { CheckedPost, CheckRun } from './check';
import { plural } from '../core/counts';
import type { Summary } from './format-json';
import { shownHook } from '../core/metrics/fold-summary';
import type { ReportFold, ReportMetrics } from './report-metrics';

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
export interface TextOptions {
	quiet: boolean;
	/** The paths given, as typed: an empty check names them. */
	inputs: readonly string[];
	/** Profile ids known to this check, for the "no posts" line. */
	profileIds: readonly string[];
	statuses: readonly string[] | null;
}

/**
 * The text report, written post by post as the check reports them: what is
 * kept of a post is its lines, not the post.
 */
export class TextReport {
	private readonly blocks: string[] = [];

	constructor(private readonly palette: Palette, private readonly options: TextOptions) {}

	add(post: CheckedPost): void {
		const { palette, options } = this;
		if (options.quiet && post.findings.length === 0) return;
		const shown = oneLine(post.path);
		const out = [palette.bold(shown)];
		if (post.metrics && !options.quiet) out.push(palette.dim(`  ${describeMetrics(post.metrics)}`));
		for (const finding of post.findings) {
			const severity = finding.severity === 'error' ? palette.red('error  ') : finding.severity === 'warning' ? palette.yellow('warning') : palette.blue('info   ');
			out.push(`${shown}:${finding.line}:${finding.column} ${severity} ${palette.dim(finding.ruleId)} ${oneLine(finding.message)}`);
		}
		out.push('');
		this.blocks.push(out.join('\n'));
	}

	/** The whole report: the posts' lines, the skipped files, the summary line. `reported` counts every post added. */
	finish(run: CheckRun, summary: Summary, reported: number): string {
		const { palette, options } = this;
		const out = this.blocks;
		for (const skipped of run.skipped) out.push(palette.dim(oneLine(`${skipped.path}: ${skipped.reason}`)));
		if (run.skipped.length > 0) out.push('');
		out.push(summaryLine(run, summary, reported, palette, options));
		return `${out.join('\n')}\n`;
	}
}

/**
 * The last line. A tick only for a check that looked at posts and found
 * nothing: an empty folder, a folder of notes that are no posts, or a path
 * that could not be read each say so instead.
 */
function summaryLine(run: CheckRun, summary: Summary, reported: number, palette: Palette, options: TextOptions): string {
	const notes: string[] = [];
	if (run.filteredOut > 0) notes.push(`${plural(run.filteredOut, 'post')} left out by --status ${options.statuses?.join(',') ?? ''}`);
	if (run.problems.length > 0) notes.push(`${plural(run.problems.length, 'path')} could not be read (see above)`);
	if (run.skipped.length > 0) notes.push(`${plural(run.skipped.length, 'file')} skipped`);
	const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
	if (summary.files === 0 && run.skipped.length === 0) {
		return palette.yellow(`✖ no Markdown notes under ${options.inputs.map(oneLine).join(', ')}: nothing was checked${tail}`);
	}
	if (reported === 0 && run.filteredOut === 0) {
		return palette.yellow(`✖ no posts among ${plural(summary.files, 'note')}: none has a node_type naming a profile (${options.profileIds.join(', ')})${tail}`);
	}
	const problems = summary.errors + summary.warnings + summary.infos;
	const counts = options.quiet ? plural(summary.errors, 'error') : `${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')})`;
	const clean = problems === 0 && run.problems.length === 0;
	const line = `${clean ? '✔' : '✖'} ${counts} in ${plural(summary.posts, 'post')} of ${plural(summary.files, 'file')}${options.quiet ? ' (errors only: -q)' : ''}${tail}`;
	return summary.errors > 0 || run.problems.length > 0 ? palette.red(line) : summary.warnings > 0 ? palette.yellow(line) : line;
}

/** One line whatever a quoted value in a message, or a file name, holds. */
export function oneLine(message: string): string {
	return message.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
}

export function describeMetrics(metrics: ReportMetrics): string {
	const parts = [plural(metrics.words, 'word'), plural(metrics.characters, 'character'), `${readingTime(metrics.readingSeconds)} to read`];
	const hook = shownHook(metrics);
	if (hook?.mobile && hook.desktop) {
		const role = hook.posted ? ' (posted)' : hook.recommended ? ' (recommended)' : '';
		const device = (name: string, f: ReportFold): string =>
			`${name} ${f.complete ? `all shown in ${plural(f.visibleLines, 'line')}` : `${f.visibleChars} shown in ${plural(f.visibleLines, 'line')}, cut`} (${f.fits ? 'fits' : 'does not fit'})`;
		parts.push(`Hook ${hook.name}${role}: ${plural(hook.characters, 'character')}, ${device('mobile', hook.mobile)}, ${device('desktop', hook.desktop)}`);
	}
	return parts.join(' · ');
}

/** `45 s`, `1 min`, `1 min 5 s`: what a reader would say, rounded to the second. */
export function readingTime(seconds: number): string {
	const total = Math.max(0, Math.round(seconds));
	const minutes = Math.floor(total / 60);
	const rest = total % 60;
	if (minutes === 0) return `${rest} s`;
	return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
