import { DEFAULT_CONFIG, type CheckConfig } from './config';
import { measurePost, type PostMetrics } from './metrics/post-metrics';
import { judgementItems, type JudgementItem } from './notes/judgement';
import { notesMetricsEdits } from './notes/notes-metrics';
import { parsePost, type PostModel } from './parse/post';
import { effectiveProfile, fieldWithRole, gateAllows, gateCoversField, gateFor, type EffectiveProfile, type Profile } from './profiles/profile';
import { profileRegistry } from './profiles';
import { RULES, type Rule, type RuleContext, type RuleReport } from './rules';
import { nodeTypeUnknown } from './rules/node-type-unknown';
import type { Finding, LinkResolver, SeveritySetting, TextEdit, YamlParser } from './types';

export interface AnalyzeOptions {
	/** Vault-relative path, `/`-separated: gives the base name and the folder links resolve from. */
	path: string;
	parseYaml: YamlParser;
	/** Today, `YYYY-MM-DD`, in the user's time zone. */
	today: string;
	resolver?: LinkResolver | null;
	config?: CheckConfig;
	/** Check as this profile whatever `node_type` says (the CLI's `--profile`). */
	profileId?: string;
	/** Rules to run; all by default. */
	rules?: readonly Rule[];
}

export interface Analysis {
	post: PostModel;
	/** Null when the note is not a post: it has no `node_type` naming a known profile. */
	profile: EffectiveProfile | null;
	metrics: PostMetrics | null;
	findings: Finding[];
	/** The status gate in force (§2), and the rules it left out; null when every rule ran. */
	statusGate: { status: string; rulesLeftOut: string[] } | null;
}

/** What the author's NOTES workflow offers for an analysed post: the plugin's sidebar and commands use it, a check does not. */
export interface NotesWorkflow {
	/** The profile's judgement items and the author's own NOTES tasks, each with the edit that ticks or unticks it. */
	judgementItems: JudgementItem[];
	/** The edits that make NOTES state the measured figures; empty when it already does. */
	notesEdits: TextEdit[];
}

const NO_WORKFLOW: NotesWorkflow = { judgementItems: [], notesEdits: [] };
const workflows = new WeakMap<Analysis, NotesWorkflow>();

/**
 * The NOTES workflow of an analysis, worked out when first asked for (once per
 * analysis): for every note of a 10,000-note check, which never shows it, it
 * was 2.5% of the time. Empty for a note that is not a post.
 */
export function notesWorkflow(analysis: Analysis): NotesWorkflow {
	if (!analysis.profile || !analysis.metrics) return NO_WORKFLOW;
	let workflow = workflows.get(analysis);
	if (!workflow) {
		workflow = { judgementItems: judgementItems(analysis.post, analysis.profile), notesEdits: notesMetricsEdits(analysis.post, analysis.metrics) };
		workflows.set(analysis, workflow);
	}
	return workflow;
}

export function baseNameOf(path: string): string {
	const file = path.slice(path.lastIndexOf('/') + 1);
	return file.replace(/\.md$/i, '');
}

/** Parse, measure and check one note. Never throws on any text. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
	const config = options.config ?? DEFAULT_CONFIG;
	const post = parsePost(text, options.parseYaml);
	const registry = profileRegistry(config.profiles);
	const base = selectProfile(post, registry, options.profileId);
	if (!base) return { post, profile: null, metrics: null, findings: notAPost(post, registry, config), statusGate: null };
	const profile = effectiveProfile(base, config.overrides[base.id]);
	const metrics = measurePost(post, profile, config);
	const status = statusOf(post, profile);
	const gate = gateFor(profile, status);
	const rules = options.rules ?? RULES;
	const context: RuleContext = {
		post, profile, metrics, config,
		data: post.frontmatter.data ?? {},
		path: options.path,
		baseName: baseNameOf(options.path),
		today: options.today,
		resolver: options.resolver ?? null,
		fields: profile.fields.filter((field) => gateCoversField(gate, field)),
	};
	const findings: Finding[] = [];
	const rulesLeftOut: string[] = [];
	const severities = severitiesOf(config);
	for (const rule of rules) {
		const setting = severities.get(rule.id);
		if (setting === 'off') continue;
		if (!gateAllows(gate, rule)) {
			rulesLeftOut.push(rule.id);
			continue;
		}
		let reports: RuleReport[];
		try {
			reports = rule.check(context);
		} catch (error) {
			findings.push(ruleFailed(rule, error));
			continue;
		}
		for (const report of reports) findings.push(toFinding(post, rule, setting, report));
	}
	findings.sort((a, b) => a.from - b.from);
	return {
		post, profile, metrics, findings,
		statusGate: gate && status !== null ? { status, rulesLeftOut } : null,
	};
}

// Read into a map once per severities object (settings replace it, never change it in place): reading
// rule ids that are mostly absent from a plain object cost a tenth of the rule loop.
const severityMaps = new WeakMap<object, ReadonlyMap<string, SeveritySetting>>();

function severitiesOf(config: CheckConfig): ReadonlyMap<string, SeveritySetting> {
	const known = severityMaps.get(config.severities);
	if (known) return known;
	const map = new Map(Object.entries(config.severities));
	severityMaps.set(config.severities, map);
	return map;
}

/**
 * The value of the profile's `status` field. When the frontmatter cannot be
 * read, its raw line still says what the note is, so an idea with a YAML typo
 * is not checked as a draft.
 */
function statusOf(post: PostModel, profile: Profile): string | null {
	const key = fieldWithRole(profile, 'status')?.key;
	if (!key) return null;
	const fm = post.frontmatter;
	if (fm.state === 'ok') {
		const value = fm.data?.[key];
		return typeof value === 'string' ? value.trim() : null;
	}
	if (fm.state === 'absent') return null;
	const end = fm.state === 'unclosed' ? Math.min(post.source.text.length, fm.from + 4096) : fm.to;
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const written = new RegExp(`^${escaped}[ \\t]*:[ \\t]*["']?([\\w-]+)`, 'm').exec(post.source.text.slice(fm.from, end));
	return written ? (written[1] as string) : null;
}

/** What a finding says when a rule threw on a note: the other rules' findings still stand. */
export const RULE_FAILED = {
	id: 'rule-failed',
	severity: 'error',
	description: 'A rule failed with an error on this note, so its checks are missing; every other rule still ran. Please report it.',
} as const;

/** Shown where the failed rule's findings would be (its tag), at the top of the note. */
function ruleFailed(rule: Rule, error: unknown): Finding {
	const reason = (error instanceof Error ? error.message : String(error)).split(/\r?\n/, 1)[0] ?? '';
	return {
		ruleId: RULE_FAILED.id,
		tag: rule.tag,
		severity: RULE_FAILED.severity,
		message: `The rule \`${rule.id}\` failed on this note (${reason.slice(0, 200)}); its checks are missing, the other rules ran.`,
		line: 1, column: 1, from: 0, to: 0,
	};
}

/**
 * `node_type` picks the profile. When the frontmatter cannot be read, the note
 * still counts as a post if its raw frontmatter names a profile or its body has
 * the post's shape, so a broken post gets findings instead of silence.
 */
function selectProfile(post: PostModel, registry: ReadonlyMap<string, Profile>, forced?: string): Profile | null {
	if (forced) return registry.get(forced) ?? null;
	const fm = post.frontmatter;
	if (fm.state === 'ok') {
		const type = fm.data?.node_type;
		return typeof type === 'string' ? registry.get(type.trim()) ?? null : null;
	}
	if (fm.state !== 'absent') {
		const end = fm.state === 'unclosed' ? Math.min(post.source.text.length, fm.from + 4096) : fm.to;
		const named = /^node_type[ \t]*:[ \t]*["']?([\w-]+)/m.exec(post.source.text.slice(fm.from, end));
		if (named) return registry.get(named[1] as string) ?? null;
	}
	const shaped = [post.legos, post.fullPost, post.hooks[0]].filter(Boolean).length >= 2;
	return shaped ? (registry.values().next().value ?? null) : null;
}

/** A report as a finding: its range clamped to the note, its line and column, its severity as configured. */
function toFinding(post: PostModel, rule: Rule, setting: SeveritySetting | undefined, report: RuleReport): Finding {
	const length = post.source.text.length;
	const from = Math.max(0, Math.min(report.from, length));
	const to = Math.max(from, Math.min(report.to ?? from, length));
	const finding: Finding = {
		ruleId: rule.id,
		tag: rule.tag,
		severity: (setting === 'off' ? undefined : setting) ?? report.severity ?? rule.severity,
		message: report.message,
		...post.source.positionAt(from), from, to,
	};
	if (report.fix) finding.fix = report.fix;
	if (report.suggestions) finding.suggestions = report.suggestions;
	return finding;
}

/** A note that is no post gets one check: that it is not a post by mistake (node-type-unknown). */
function notAPost(post: PostModel, registry: ReadonlyMap<string, Profile>, config: CheckConfig): Finding[] {
	const setting = config.severities[nodeTypeUnknown.id];
	if (setting === 'off') return [];
	try {
		return nodeTypeUnknown.inspect(post, registry).map((report) => toFinding(post, nodeTypeUnknown, setting, report));
	} catch (error) {
		return [ruleFailed(nodeTypeUnknown, error)];
	}
}
