import { CORE_SCHEMA, dump, load } from 'js-yaml';

/** Obsidian bundles js-yaml; its `parseYaml` is js-yaml's `load`. */
export function parseYaml(text: string): unknown {
	return load(text);
}

export function stringifyYaml(value: unknown): string {
	return dump(value, { lineWidth: -1 });
}

/**
 * Frontmatter data as `processFrontMatter` hands it to a callback. The core
 * schema keeps `2026-02-22` a string, so a date the callback does not touch is
 * written back exactly as it was (as Obsidian does).
 */
export function readFrontmatterData(yaml: string): Record<string, unknown> {
	const data = yaml.trim() === '' ? {} : load(yaml, { schema: CORE_SCHEMA });
	return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function writeFrontmatterData(data: Record<string, unknown>): string {
	return dump(data, { lineWidth: -1, schema: CORE_SCHEMA });
}

export interface FrontMatterInfo {
	exists: boolean;
	frontmatter: string;
	from: number;
	to: number;
	contentStart: number;
}

/**
 * As Obsidian documents it: a block that opens with a `---` first line and
 * closes with the next `---` line; `from`/`to` bound the YAML between the
 * delimiters, `contentStart` is the offset just past the closing line.
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const none: FrontMatterInfo = { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
	const open = /^---[ \t]*(\r?\n)/.exec(content);
	if (!open) return none;
	const from = open[0].length;
	const close = /^---[ \t]*$/m;
	let lineStart = from;
	while (lineStart <= content.length) {
		const nl = content.indexOf('\n', lineStart);
		const lineEnd = nl === -1 ? content.length : nl;
		const line = content.slice(lineStart, lineEnd).replace(/\r$/, '');
		if (close.test(line)) {
			const to = Math.max(from, lineStart - (content[lineStart - 2] === '\r' ? 2 : 1));
			const contentStart = nl === -1 ? content.length : nl + 1;
			return { exists: true, frontmatter: content.slice(from, to), from, to: lineStart === from ? from : to, contentStart };
		}
		if (nl === -1) break;
		lineStart = nl + 1;
	}
	return none;
}
