import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, type CheckConfig } from '../core/config';
import { configProblems, sanitiseConfig } from '../core/config-sanitise';

/**
 * Settings for the CLI: `--config FILE`, else `.postwright.json`, else a
 * `postwright` key in `package.json`, looked up in the working folder.
 */
export function loadConfig(cwd: string, explicit: string | null): { config: CheckConfig; error?: string } {
	const candidates = explicit ? [path.resolve(cwd, explicit)] : [path.join(cwd, '.postwright.json'), path.join(cwd, 'package.json')];
	for (const file of candidates) {
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch {
			if (explicit) return { config: DEFAULT_CONFIG, error: `${explicit}: cannot read the config file` };
			continue;
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			return { config: DEFAULT_CONFIG, error: `${path.basename(file)}: invalid JSON (${(error as Error).message})` };
		}
		const raw = file.endsWith('package.json') && !explicit ? (json as Record<string, unknown>)?.postwright : json;
		if (raw === undefined) continue;
		// A profile the checker cannot use would leave its notes unchecked: stop and say why.
		const problems = configProblems(raw);
		if (problems.length > 0) return { config: DEFAULT_CONFIG, error: `${path.basename(file)}: ${problems.join('; ')}` };
		return { config: sanitiseConfig(raw) };
	}
	return { config: DEFAULT_CONFIG };
}
