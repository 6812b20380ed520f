import { DEFAULT_CONFIG, type CheckConfig } from './config';
import { sanitiseFoldOverride } from './profiles/fold-defaults';
import type { ProfileOverride } from './profiles/profile';
import { sanitiseProfiles } from './profiles/sanitise';
import type { SeveritySetting } from './types';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/**
 * Builds a config from untrusted data (a saved settings file, a JSON config):
 * every valid value is kept, everything else falls back to the default, so a
 * corrupt or older file never breaks checking.
 */
export function sanitiseConfig(raw: unknown): CheckConfig {
	if (!isRecord(raw)) return DEFAULT_CONFIG;
	const severities: Record<string, SeveritySetting> = {};
	if (isRecord(raw.severities)) {
		for (const [id, value] of Object.entries(raw.severities)) {
			if (typeof value === 'string' && SEVERITIES.has(value)) severities[id] = value as SeveritySetting;
		}
	}
	const slopPhrases = Array.isArray(raw.slopPhrases)
		? raw.slopPhrases.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim())
		: DEFAULT_CONFIG.slopPhrases;
	const overrides: Record<string, ProfileOverride> = {};
	if (isRecord(raw.overrides)) {
		for (const [id, value] of Object.entries(raw.overrides)) {
			const override = sanitiseOverride(value);
			if (override) overrides[id] = override;
		}
	}
	const { profiles } = sanitiseProfiles(raw.profiles);
	return {
		severities,
		slopPhrases,
		contrastive: typeof raw.contrastive === 'boolean' ? raw.contrastive : DEFAULT_CONFIG.contrastive,
		overrides,
		profiles,
	};
}

/**
 * What `sanitiseConfig` had to leave out, in words a user can act on: the
 * CLI stops on them, the plugin's settings show them. Only profiles are
 * reported; a bad severity or override falls back quietly as before.
 */
export function configProblems(raw: unknown): string[] {
	return isRecord(raw) ? sanitiseProfiles(raw.profiles).problems : [];
}

function sanitiseOverride(value: unknown): ProfileOverride | null {
	if (!isRecord(value)) return null;
	const out: { wordRange?: [number, number]; postLimit?: number; fold?: ProfileOverride['fold'] } = {};
	const range = value.wordRange;
	if (Array.isArray(range) && range.length === 2 && range.every(isCount) && (range[0] as number) <= (range[1] as number)) {
		out.wordRange = [range[0] as number, range[1] as number];
	}
	if (isCount(value.postLimit) && value.postLimit > 0) out.postLimit = value.postLimit;
	if (isRecord(value.fold)) out.fold = sanitiseFoldOverride(value.fold);
	return out;
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e7;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
