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

/** A note used to illustrate a rule: in the docs, and in the generic rule test. */
export interface RuleExample {
	title: string;
	/** The whole note. */
	text: string;
	/** The lines a reader needs to see, for the docs. */
	excerpt: string;
}

export interface Rule {
	id: string;
	description: string;
	severity: Severity;
	tag: RuleTag;
	/** `good`: no finding of this rule; `bad`: at least one. */
	examples: { good: RuleExample[]; bad: RuleExample[] };
	check(context: RuleContext): RuleReport[];
}
