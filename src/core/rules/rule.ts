import type { CheckConfig } from '../config';
import type { PostMetrics } from '../metrics/post-metrics';
import type { PostModel } from '../parse/post';
import type { EffectiveProfile, FieldSpec } from '../profiles/profile';
import type { Fix, LinkResolver, RuleTag, Severity } from '../types';

export interface RuleContext {
	post: PostModel;
	profile: EffectiveProfile;
	/** Parsed frontmatter, or an empty object when it could not be read. */
	data: Readonly<Record<string, unknown>>;
	/** Vault-relative path of the note, `/`-separated. */
	path: string;
	/** File name without folder and `.md`. */
	baseName: string;
	/** Today, `YYYY-MM-DD`, in the user's time zone. */
	today: string;
	/** Absent when links cannot be resolved (a lone file, a test). */
	resolver: LinkResolver | null;
	metrics: PostMetrics;
	config: CheckConfig;
	/**
	 * The fields `field-required`, `field-type` and `field-enum` check: the
	 * profile's, narrowed by the status gate in force (at `idea`, only name,
	 * node_type and status).
	 */
	fields: readonly FieldSpec[];
}

/** What a rule reports; the engine adds the rule id, severity and line/column. */
export interface RuleReport {
	message: string;
	from: number;
	to?: number;
	fix?: Fix;
	suggestions?: string[];
	/** For rules with two severities (`post-length`). */
	severity?: Severity;
}

/** A finding an example expects of its rule: where it is, 1-based. */
export interface ExpectedFinding {
	line: number;
	column: number;
}

/**
 * A note that passes a rule. The docs show the lines it changes from the
 * clean example post, and the lines holding each `shows` text.
 */
export interface GoodExample {
	title: string;
	/** The whole note. */
	text: string;
	shows?: readonly string[];
}

/**
 * A note that breaks a rule, with every finding it must get, in the way
 * markdownlint and Obsidian Linter pin their rules' examples. The docs show
 * the lines it changes from the clean example post and the findings' lines.
 */
export interface BadExample {
	title: string;
	text: string;
	/** Every finding of the rule on `text`, in order: their count, lines and columns are tested. */
	findings: readonly ExpectedFinding[];
	/**
	 * `text` with every edit fix of those findings applied. Checked again, it
	 * has no finding of the rule, or exactly `afterFix`. Required when a finding
	 * has an edit fix, absent otherwise.
	 */
	fixed?: string;
	/** What the fixed text still gets where a fix goes only part of the way (an added field still needs its value). */
	afterFix?: readonly ExpectedFinding[];
}

export interface Rule {
	id: string;
	description: string;
	severity: Severity;
	tag: RuleTag;
	/** `good`: no finding of this rule; `bad`: exactly the findings each states. */
	examples: { good: GoodExample[]; bad: BadExample[] };
	check(context: RuleContext): RuleReport[];
}
