import matter from 'gray-matter';
import type { YamlParser } from '../core/types';

/**
 * The CLI's YAML parser: gray-matter's own YAML engine (js-yaml's safe
 * loader), called on the frontmatter the core has already split off.
 * `matter()` itself is never called on a note: it picks an engine from the
 * fence (`---js` evaluates JavaScript), converts every input to a Buffer and
 * caches every distinct input forever. The safe loader builds plain data only.
 */
const engine = (matter as unknown as { engines: { yaml: { parse: (source: string) => unknown } } }).engines.yaml;

export const parseYamlWithGrayMatter: YamlParser = (source) => engine.parse(source);
