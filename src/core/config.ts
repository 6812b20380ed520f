import type { Profile, ProfileOverride } from './profiles/profile';
import type { SeveritySetting } from './types';

/**
 * What a user can change about checking, shared by the plugin's settings and
 * the CLI's `.postwright.json`. Every field has a default, so partial or
 * stale saved settings still give a complete config.
 */
export interface CheckConfig {
	/** Per rule id: a severity, or `off`. Absent ids keep the rule's default. */
	severities: Readonly<Record<string, SeveritySetting>>;
	/** Stock phrases to flag in what gets published; null keeps the built-in list. */
	slopPhrases: readonly string[] | null;
	/** Flag the "it's not X, it's Y" formula. */
	contrastive: boolean;
	/** Limits per profile id. */
	overrides: Readonly<Record<string, ProfileOverride>>;
	/** Profiles beyond the built-in ones. */
	profiles: readonly Profile[];
}

export const DEFAULT_CONFIG: CheckConfig = {
	severities: {},
	slopPhrases: null,
	contrastive: false,
	overrides: {},
	profiles: [],
};
