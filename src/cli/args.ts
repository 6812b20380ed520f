/**
 * Command-line arguments, parsed by hand: the CLI has four options and no
 * dependency is worth that. Errors are values so `main` can exit with 2.
 */

export interface CheckArgs {
	command: 'check';
	paths: string[];
	format: 'text' | 'json';
	vault: string | null;
	profile: string | null;
	quiet: boolean;
	maxWarnings: number | null;
	config: string | null;
}

export interface NewArgs {
	command: 'new';
	title: string;
	dir: string;
}

export type ParsedArgs = CheckArgs | NewArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

const VALUE_OPTIONS = new Set(['--format', '--vault', '--profile', '--dir', '--max-warnings', '--config']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
	const positional: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--') { positional.push(...argv.slice(i + 1)); break; }
		if (arg === '-h' || arg === '--help') return { command: 'help' };
		if (arg === '-v' || arg === '--version') return { command: 'version' };
		if (arg.startsWith('--')) {
			const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
			if (VALUE_OPTIONS.has(name)) {
				const value = inline ?? argv[++i];
				if (value === undefined || value.startsWith('--')) return { command: 'error', message: `${name} needs a value` };
				options.set(name, value);
			} else if (name === '--quiet') {
				options.set(name, true);
			} else {
				return { command: 'error', message: `unknown option ${name}` };
			}
			continue;
		}
		if (arg === '-q') { options.set('--quiet', true); continue; }
		positional.push(arg);
	}
	const [command, ...rest] = positional;
	if (command === undefined) return { command: 'help' };
	if (command === 'new') {
		const title = rest.join(' ').trim();
		if (!title) return { command: 'error', message: 'new needs a title: postwright new "My post title"' };
		const dir = options.get('--dir');
		return { command: 'new', title, dir: typeof dir === 'string' ? dir : '.' };
	}
	if (command !== 'check') return { command: 'error', message: `unknown command ${command}; expected check, new or export` };
	const format = options.get('--format') ?? 'text';
	if (format !== 'text' && format !== 'json') return { command: 'error', message: `--format must be text or json, not ${String(format)}` };
	const maxWarnings = options.get('--max-warnings');
	if (maxWarnings !== undefined && !/^\d+$/.test(String(maxWarnings))) return { command: 'error', message: '--max-warnings needs a whole number' };
	const text = (name: string): string | null => {
		const value = options.get(name);
		return typeof value === 'string' ? value : null;
	};
	return {
		command: 'check', paths: rest.length > 0 ? rest : ['.'], format,
		vault: text('--vault'), profile: text('--profile'), config: text('--config'),
		quiet: options.get('--quiet') === true,
		maxWarnings: maxWarnings === undefined ? null : Number(maxWarnings),
	};
}

export const HELP = `postwright: check structured social posts in a Markdown vault

Usage:
  postwright check [PATH...] [options]   check every .md file under PATH (default: .)
  postwright new "Title" [--dir DIR]     create a post from the template (never overwrites)
  postwright export PATH [options]       print the FULL POST as LinkedIn-ready text (see export --help)

Options for check:
  --format text|json     output format (default: text)
  --vault DIR            vault root for resolving links (default: the first PATH that is a folder)
  --profile ID           check every note as this profile, whatever its node_type
  --config FILE          read settings from FILE (default: .postwright.json or package.json "postwright")
  --quiet, -q            report errors only
  --max-warnings N       exit 1 when there are more than N warnings
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem.
`;
