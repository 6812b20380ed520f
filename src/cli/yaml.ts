import { load } from 'js-yaml';
import type { YamlParser } from '../core/types';

/**
 * The CLI's YAML parser: js-yaml 4's `load`, the parser Obsidian's `parseYaml`
 * is built on, so the CLI and the sidebar read every value the same way.
 * gray-matter's own engine is js-yaml 3 (YAML 1.1 leftovers), which read
 * `12:30` as the number 750, `1_000` as 1000 and `0o17` as text where the
 * plugin did not, and which overflows the stack on deeply nested flow lists
 * (js-yaml 4 stops at depth 100). Its default schema builds plain data only:
 * `!!js/function` and the other js tags are unknown tags, never code. The
 * core has already split the frontmatter off; `matter()` is never called on
 * a note (it picks an engine from the fence, and `---js` evaluates JavaScript).
 */
export const parseYamlLikeObsidian: YamlParser = (source) => load(source);

/** The earlier name, kept so callers need not change at once; it is the same parser. */
export const parseYamlWithGrayMatter: YamlParser = parseYamlLikeObsidian;
