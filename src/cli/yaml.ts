import matter from 'gray-matter';
import type { YamlParser } from '../core/types';

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
 */
const engine = (matter as unknown as { engines: { yaml: { parse: (source: string) => unknown } } }).engines.yaml;

export const parseYamlWithGrayMatter: YamlParser = (source) => engine.parse(source);
