import { BUILT_IN_PROFILES, DEFAULT_PLATFORM, PLATFORMS, profileRegistry, type Profile } from '../core/profiles';
import { choiceOption, stringOption, UsageError, type CliCommand } from './command';
import { loadConfig } from './config-file';
import { findVaultRoot } from './vault-root';

/** `postwright profiles`: every profile a check would know here, with its platform and limits. */
export const profilesCommand: CliCommand = {
	name: 'profiles',
	usage: 'profiles [--format text|json]',
	summary: 'list the known profiles (built-in and configured), with platform and limits',
	optionHelp: [
		['--format text|json', 'output format (default: text)'],
		['--vault DIR', 'vault whose .postwright.json to read (default: the nearest folder with .obsidian/)'],
		['--config FILE', 'read settings from FILE'],
	],
	options: { format: { type: 'string' }, vault: { type: 'string' }, config: { type: 'string' } },
	run(input, io) {
		const format = choiceOption(input, 'format', ['text', 'json'], 'text');
		if (input.positionals.length > 0) throw new UsageError(`profiles takes no paths, got ${input.positionals.join(' ')}`);
		const found = findVaultRoot(['.'], io.cwd, stringOption(input, 'vault'));
		if ('error' in found) throw new UsageError(found.error);
		const { config, warnings } = loadConfig(found.root, io.cwd, stringOption(input, 'config'));
		for (const warning of warnings) io.stderr(`postwright: warning: ${warning}\n`);
		const rows = knownProfiles(config.profiles, config.overrides);
		if (format === 'json') io.stdout(`${JSON.stringify({ profiles: rows }, null, 2)}\n`);
		else io.stdout(rows.map(describeProfile).join('\n') + '\n');
		return 0;
	},
};

/** How each length mode reads in a sentence: "at most 280 weighted characters". */
const UNIT_LABELS: Readonly<Record<string, string>> = {
	graphemes: 'characters (graphemes)',
	'x-weighted': 'weighted characters (twitter-text)',
	mastodon: 'characters (URLs as 23)',
	utf16: 'UTF-16 code units',
};

export interface ProfileRow {
	id: string;
	label: string;
	source: 'built-in' | 'config';
	platform: string;
	postLimit: number;
	lengthUnit: string;
	wordRange: readonly [number, number];
}

export function knownProfiles(configured: readonly Profile[], overrides: Readonly<Record<string, { wordRange?: readonly [number, number]; postLimit?: number }>> = {}): ProfileRow[] {
	const configuredIds = new Set(configured.map((p) => p.id));
	return [...profileRegistry(configured).values()].map((profile) => {
		const platform = PLATFORMS[profile.platform] ?? DEFAULT_PLATFORM;
		const override = overrides[profile.id] ?? {};
		return {
			id: profile.id,
			label: profile.label,
			source: configuredIds.has(profile.id) || !BUILT_IN_PROFILES.includes(profile) ? 'config' : 'built-in',
			platform: platform.label,
			postLimit: override.postLimit ?? (profile as { postLimit?: number }).postLimit ?? platform.postLimit,
			lengthUnit: UNIT_LABELS[platform.lengthMode] ?? platform.lengthMode,
			wordRange: override.wordRange ?? profile.wordRange,
		};
	});
}

function describeProfile(row: ProfileRow): string {
	return `${row.id} (${row.source}): ${row.label}, ${row.platform}, at most ${row.postLimit.toLocaleString('en')} ${row.lengthUnit}, ${row.wordRange[0]}–${row.wordRange[1]} words`;
}
