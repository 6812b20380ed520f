import type { YamlParser } from '../core/types';
import { readSimpleFrontmatter } from './yaml-fast';

/**
 * The CLI's YAML parser: gray-matter's own YAML engine (js-yaml's safe
 * loader), called on the frontmatter the core has already split off.
 * `matter()` itself is never called on a note: it picks an engine from the
 * fence (`---js` evaluates JavaScript), converts every input to a Buffer and
 * caches every distinct input forever. The safe loader builds plain data only.
 *
 * The engine is js-yaml 3, while Obsidian's parseYaml is js-yaml 4; the few
 * places where they read a value differently (YAML 1.1 leftovers such as
 * `12:30` read as 750) are listed, and kept honest, by the parser-agreement tests.
 *
 * The frontmatter most posts have (simple keys, one-line strings, dates, lists
 * of those) is read first by a checked fast path that gives js-yaml 3's result
 * or declines (src/cli/yaml-fast.ts); everything else goes to js-yaml.
 */
type YamlEngine = { parse: (source: string, options: { listener: (event: 'open' | 'close') => void }) => unknown };
let loadedEngine: YamlEngine | null = null;

/**
 * gray-matter (and the js-yaml 3 and esprima it brings) is loaded on the first
 * frontmatter the fast path declines, not at start-up: a vault whose
 * frontmatter is all ordinary never needs it, and loading it was about 10 ms
 * of every run.
 */
function engine(): YamlEngine {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use; bundled by esbuild either way
	loadedEngine ??= (require('gray-matter') as { engines: { yaml: YamlEngine } }).engines.yaml;
	return loadedEngine;
}

/**
 * Nesting deeper than this is refused, as Obsidian's js-yaml 4 refuses it.
 * js-yaml 3 has no limit of its own and recurses until the stack runs out,
 * and where that happens depends on the thread's stack size (a worker's is
 * four times the main thread's): without a limit the same note would parse
 * on a worker thread and fail on the main one.
 */
const MAX_DEPTH = 100;

export const parseYamlWithGrayMatter: YamlParser = (source) => readSimpleFrontmatter(source) ?? parseYamlWithJsYaml(source);

/** What the CLI did before the fast path, and still does for whatever that path declines. */
export function parseYamlWithJsYaml(source: string): unknown {
	let depth = 0;
	// js-yaml 3 reports each node it opens and closes, which is the nesting js-yaml 4 counts.
	return engine().parse(source, {
		listener: (event) => {
			if (event === 'close') depth--;
			else if (++depth > MAX_DEPTH) throw new Error(`nesting exceeded maxDepth (${MAX_DEPTH})`);
		},
	});
}
