import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, type CheckConfig } from '../core/config';
import { configProblems, sanitiseConfig } from '../core/config-sanitise';
import { RULE_IDS } from '../core/rules';

export interface LoadedConfig {
	config: CheckConfig;
	/** The file read, as the user would name it; null when none was found. */
	file: string | null;
	/** One line each, naming the file: what could not be used. The check runs on regardless. */
	warnings: string[];
}

/**
 * Settings for the CLI: `--config FILE`, else `.postwright.json` or a
 * `postwright` key in `package.json` at the vault root, else the same in the
 * current folder. Nothing here stops a check: what cannot be read is a
 * warning and its defaults are used.
 */
export function loadConfig(vaultRoot: string, cwd: string, explicit: string | null): LoadedConfig {
	const folders = [...new Set([vaultRoot, cwd])];
	const candidates = explicit ? [path.resolve(cwd, explicit)] : folders.flatMap((dir) => [path.join(dir, '.postwright.json'), path.join(dir, 'package.json')]);
	for (const file of candidates) {
		const shown = explicit ?? (path.relative(cwd, file).split(path.sep).join('/') || file);
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch (error) {
			if (explicit) return defaults(shown, `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'}); using the defaults`);
			continue;
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			// JSON.parse messages are one line on Node 20+; keep only that line in any case.
			return defaults(shown, `invalid JSON (${String((error as Error).message).split('\n')[0]}); using the defaults`);
		}
		const inPackage = file.endsWith('package.json') && !explicit;
		const raw = inPackage ? (isRecord(json) ? json.postwright : undefined) : json;
		if (raw === undefined) continue;
		const where = inPackage ? `${shown} "postwright"` : shown;
		return { config: sanitiseConfig(raw), file: where, warnings: configWarnings(raw, where) };
	}
	return { config: DEFAULT_CONFIG, file: null, warnings: [] };
}

function defaults(file: string, problem: string): LoadedConfig {
	return { config: DEFAULT_CONFIG, file, warnings: [`${file}: ${problem}`] };
}

const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'];

/** What the sanitiser will drop, said once per kind of problem, each on one line. */
export function configWarnings(raw: unknown, file: string): string[] {
	if (!isRecord(raw)) return [`${file}: the config must be a JSON object; using the defaults`];
	const warnings: string[] = [];
	const knownKeys = Object.keys(DEFAULT_CONFIG);
	const unknownKeys = Object.keys(raw).filter((key) => !knownKeys.includes(key));
	if (unknownKeys.length > 0) warnings.push(`${file}: unknown ${unknownKeys.length === 1 ? 'key' : 'keys'} ${unknownKeys.join(', ')} ignored (known: ${knownKeys.join(', ')})`);
	if (raw.severities !== undefined && !isRecord(raw.severities)) warnings.push(`${file}: "severities" must be an object of rule id to severity; ignored`);
	if (isRecord(raw.severities)) {
		const entries = Object.entries(raw.severities);
		const unknownIds = entries.map(([id]) => id).filter((id) => !RULE_IDS.includes(id));
		if (unknownIds.length > 0) warnings.push(`${file}: unknown rule ${unknownIds.length === 1 ? 'id' : 'ids'} in severities: ${unknownIds.join(', ')}; see docs/rules.md for the ids`);
		const badValues = entries.filter(([, value]) => typeof value !== 'string' || !SEVERITY_VALUES.includes(value));
		if (badValues.length > 0) warnings.push(`${file}: severities ${badValues.map(([id, value]) => `${id}: ${JSON.stringify(value)}`).join(', ')} ignored (expected ${SEVERITY_VALUES.join(', ')})`);
	}
	// A profile left out leaves its notes to node-type-unknown, which says so on each of them.
	const profileProblems = configProblems(raw);
	if (profileProblems.length > 0) warnings.push(`${file}: ${profileProblems.join('; ')}; the rest of the config is used`);
	return warnings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
