import { DEFAULT_CONFIG, type CheckConfig } from './config';
import { measurePost, type PostMetrics } from './metrics/post-metrics';
import { parsePost, type PostModel } from './parse/post';
import { effectiveProfile, type EffectiveProfile, type Profile } from './profiles/profile';
import { profileRegistry } from './profiles';
import { RULES, type Rule, type RuleContext } from './rules';
import type { Finding, LinkResolver, YamlParser } from './types';

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
	if (!base) return { post, profile: null, metrics: null, findings: [] };
	const profile = effectiveProfile(base, config.overrides[base.id]);
	const metrics = measurePost(post, profile, config);
	const context: RuleContext = {
		post, profile, metrics, config,
		data: post.frontmatter.data ?? {},
		path: options.path,
		baseName: baseNameOf(options.path),
		today: options.today,
		resolver: options.resolver ?? null,
	};
	const findings: Finding[] = [];
	for (const rule of options.rules ?? RULES) {
		const setting = config.severities[rule.id];
		if (setting === 'off') continue;
		for (const report of rule.check(context)) {
			const from = Math.max(0, Math.min(report.from, text.length));
			const to = Math.max(from, Math.min(report.to ?? from, text.length));
			const { line, column } = post.source.positionAt(from);
			const finding: Finding = {
				ruleId: rule.id,
				severity: setting ?? report.severity ?? rule.severity,
				// One line whatever a quoted value holds: the CLI prints one finding per line.
				message: report.message.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n'),
				line, column, from, to,
			};
			if (report.fix) finding.fix = report.fix;
			if (report.suggestions) finding.suggestions = report.suggestions;
			findings.push(finding);
		}
	}
	findings.sort((a, b) => a.from - b.from);
	return { post, profile, metrics, findings };
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
