/**
 * Shared vocabulary of the core. Everything here is plain data so that the
 * plugin, the CLI and the tests can pass it around, serialise it and compare it.
 */

export type Severity = 'error' | 'warning' | 'info';
/** A severity as the user configures it: `off` removes the rule's findings. */
export type SeveritySetting = Severity | 'off';

/** One replacement in the note's text. Offsets are UTF-16 indexes into the exact text that was analysed. */
export interface TextEdit {
	from: number;
	to: number;
	insert: string;
}

/** A fix is data: either text edits on the note itself, or a note to create for an unresolved link. */
export type Fix =
	/** `prose`: the fix rewrites the author's published words (a dash, Markdown in the post); `postwright check --fix` applies it only with `--fix-prose`. */
	| { kind: 'edit'; title: string; edits: TextEdit[]; prose?: true }
	| { kind: 'create-note'; title: string; linkpath: string };

/**
 * What a rule is about, neutral of any view: the sidebar maps tags to its
 * groups, the CLI's JSON carries them, a status gate can name them.
 */
export type RuleTag = 'frontmatter' | 'links' | 'structure' | 'legos' | 'hooks' | 'post' | 'variants' | 'notes';

export const RULE_TAGS: readonly RuleTag[] = ['frontmatter', 'links', 'structure', 'legos', 'hooks', 'post', 'variants', 'notes'];

export interface Finding {
	ruleId: string;
	/** The rule's tag. */
	tag: RuleTag;
	severity: Severity;
	/** What is wrong and what is expected, in one sentence. */
	message: string;
	/** 1-based line and column (UTF-16 units) of the offending text. */
	line: number;
	column: number;
	/** Offset range in the analysed text; lets the sidebar select it and the tests check it. */
	from: number;
	to: number;
	fix?: Fix;
	/** Close matches for an unresolved link, best first. */
	suggestions?: string[];
}

/** Parses a YAML document into plain data; throws on invalid YAML. The plugin passes Obsidian's `parseYaml`; the CLI passes its own (src/cli/yaml.ts). */
export type YamlParser = (source: string) => unknown;

/** Resolves a wikilink path the way Obsidian does. Implemented by the plugin (metadataCache) and the CLI (a folder index). */
export interface LinkResolver {
	/** Vault path of the note the link points to, or null when it resolves to nothing. */
	resolve(linkpath: string, sourcePath: string): string | null;
	/** Existing note names closest to `linkpath`, best first. */
	suggest(linkpath: string, limit: number): string[];
}
