import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzeOptions, type Analysis } from '../src/core/analyze';
import { PathResolver } from '../src/core/links/path-resolver';
import { EXAMPLE_PATH, EXAMPLE_TODAY, EXAMPLE_VAULT } from '../src/core/rules/example-post';
import { parseYamlWithGrayMatter } from '../src/cli/yaml';

/** Test helpers: the CLI's YAML parser and the example vault, so tests check what users run. */

export const exampleResolver = new PathResolver(EXAMPLE_VAULT);

export function check(text: string, options: Partial<AnalyzeOptions> = {}): Analysis {
	return analyze(text, {
		path: EXAMPLE_PATH,
		parseYaml: parseYamlWithGrayMatter,
		today: EXAMPLE_TODAY,
		resolver: exampleResolver,
		...options,
	});
}

export function fixture(name: string): string {
	return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

export function fixturePath(name: string): string {
	return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function ruleIds(analysis: Analysis): string[] {
	return analysis.findings.map((finding) => finding.ruleId);
}

/** Expected findings are marked `<!-- expect: rule-id -->` on their line; the markers are cut out, every line stays where it is. */
const MARKER = / ?<!-- expect: ([^>]*?) -->/g;

export function stripMarkers(text: string): { text: string; expected: string[] } {
	const expected: string[] = [];
	const lines = text.split('\n').map((line, index) => line.replace(MARKER, (_whole, ids: string) => {
		for (const id of ids.split(',')) expected.push(`${index + 1} ${id.trim()}`);
		return '';
	}));
	return { text: lines.join('\n'), expected: expected.sort() };
}
