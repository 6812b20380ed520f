/**
 * What the in-process benches call: the core engine with the CLI's YAML
 * parser and path resolver, exactly as `postwright check` runs them.
 * bench/run.mjs bundles this file with esbuild into a temporary folder.
 */
export { analyze } from '../src/core/analyze';
export { PathResolver } from '../src/core/links/path-resolver';
export { parseYamlWithGrayMatter } from '../src/cli/yaml';
