/**
 * Writing values into a note's frontmatter as text: YAML-escaped, one field at a
 * time, everything else left exactly as written (comments, flow lists, quoting).
 * Obsidian's processFrontMatter re-serialises the whole block instead (PRODUCT §9),
 * so the plugin edits through these wherever it can, and quotes links before it cannot.
 */
import { lineEnding } from '../fix';
import type { PostModel } from '../parse/post';
import type { SourceLine } from '../parse/source';
import type { TextEdit } from '../types';

/** Words YAML reads as booleans or null (YAML 1.1 included, which Obsidian's parser still honours). */
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** `12`, `1_000`, `3.5e2`, `0x1f`, `12:30`, `2026-02-22T10:00`: what YAML would read as a number or a time. */
function looksLikeNumberOrTime(value: string): boolean {
	return /^[-+]?[\d_][\d_.,:]*(?:[eE][-+]?\d+)?$/.test(value) || /^[-+]?0[xob]/i.test(value) || /^\d{4}-\d\d?-\d\d?(?:[Tt ]|$)/.test(value);
}

/** `value` as a YAML scalar that reads back as exactly this string: plain when that is safe, else double-quoted. */
export function yamlScalar(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value; // a date, as the template writes them
	const plain = /^[\p{L}\p{N}_][\p{L}\p{N}_ .,/()+\-?=&%~@']*$/u.test(value) && !/[ .]$/.test(value)
		&& !NOT_A_STRING.test(value) && !looksLikeNumberOrTime(value) && !/: | #/.test(value);
	if (plain || /^https:\/\/[^\s"'#,[\]{}]+$/.test(value)) return value;
	// JSON's string escapes are YAML double-quoted escapes too.
	return JSON.stringify(value);
}

/** An unquoted `[[…]]` (a list in a list to YAML) as a whole value, an optional comment after it. */
const UNQUOTED_LINK = /^(\[\[[^[\]\n]*\]\])([ \t]+#.*)?$/;

/**
 * The edits that quote every unquoted wikilink of the frontmatter's top-level fields:
 * `- [[x]]` becomes `- "[[x]]"`, `key: [[x]]` becomes `key: ["[[x]]"]` (still a list, as
 * YAML read it). Run before processFrontMatter, which would write `- - - x` and lose them.
 */
export function quoteLinkEdits(post: PostModel): TextEdit[] {
	const fm = post.frontmatter;
	if (fm.state !== 'ok') return [];
	const text = post.source.text;
	const edits: TextEdit[] = [];
	const quote = (link: string): string => JSON.stringify(link);
	for (const field of fm.fields.values()) {
		const onKeyLine = UNQUOTED_LINK.exec(text.slice(field.valueFrom, field.valueTo));
		if (onKeyLine) {
			const link = onKeyLine[1] as string;
			edits.push({ from: field.valueFrom, to: field.valueFrom + link.length, insert: `[${quote(link)}]` });
		}
		for (const item of field.items) {
			const match = UNQUOTED_LINK.exec(item.raw);
			if (match) edits.push({ from: item.from, to: item.from + (match[1] as string).length, insert: quote(match[1] as string) });
		}
	}
	return edits;
}

/**
 * The edits that set top-level fields to string values, each written with yamlScalar: a
 * one-line value is replaced (a trailing comment kept), a value over several lines replaced
 * whole, a missing field added before the closing `---`. Null when the frontmatter cannot be
 * edited safely (absent, unclosed, not YAML, unreadable): the caller says so instead.
 */
export function setFieldEdits(post: PostModel, values: Readonly<Record<string, string>>): TextEdit[] | null {
	const fm = post.frontmatter;
	if (fm.state !== 'ok') return null;
	const { text, lines } = post.source;
	const eol = lineEnding(text);
	const edits: TextEdit[] = [];
	let added = '';
	for (const [key, value] of Object.entries(values)) {
		const scalar = yamlScalar(value);
		const field = fm.fields.get(key);
		if (!field) {
			added += `${key}: ${scalar}${eol}`;
			continue;
		}
		const line = lines[field.lineIndex] as SourceLine;
		const keyEnd = text.indexOf(':', field.keyFrom) + 1;
		const comment = text.slice(keyEnd, line.end).search(/[ \t]#/);
		const to = field.to > line.end ? field.to : comment < 0 ? line.end : keyEnd + comment;
		const current = text.slice(keyEnd, to).trim();
		if (current === scalar) continue;
		edits.push({ from: keyEnd, to, insert: ` ${scalar}` });
	}
	if (added) {
		const close = lines[fm.closeLineIndex] as SourceLine;
		edits.push({ from: close.start, to: close.start, insert: added });
	}
	return edits;
}

/**
 * Fills placeholders in a frontmatter block's lines so each value stays the string it
 * names: inside quotes it is escaped for them, elsewhere the filled value is written
 * with yamlScalar (a title like `Sync: not a feature` must not break the YAML).
 */
export function fillYamlLine(lineWithEnd: string, fill: (text: string) => string): string {
	const cr = lineWithEnd.endsWith('\r') ? '\r' : '';
	return fillYamlValue(lineWithEnd.slice(0, lineWithEnd.length - cr.length), fill) + cr;
}

function fillYamlValue(line: string, fill: (text: string) => string): string {
	const match = /^([ \t]*)(- )?([^:#"'\s-][^:#]*:[ \t]+)?(.*?)([ \t]+#.*)?$/.exec(line);
	if (!match || (!match[2] && !match[3]) || !(match[4] as string).includes('{{')) return fill(line);
	const head = `${match[1] ?? ''}${match[2] ?? ''}${match[3] ?? ''}`;
	const value = match[4] as string;
	const comment = match[5] ?? '';
	if (/^".*"$/.test(value)) return `${head}"${JSON.stringify(fill(value.slice(1, -1))).slice(1, -1)}"${comment}`;
	if (/^'.*'$/.test(value)) return `${head}'${fill(value.slice(1, -1)).replace(/'/g, "''")}'${comment}`;
	const filled = fill(value);
	return `${head}${filled === value ? value : yamlScalar(filled)}${comment}`;
}
