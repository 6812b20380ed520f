import type { FieldItem, FieldLocation } from '../parse/frontmatter';
import { fieldWithRole, type FieldRole } from '../profiles/profile';
import type { Fix } from '../types';
import type { RuleContext } from './rule';

/** Range to point at for a field: its value, else its key, else the frontmatter's opening line. */
export function fieldRange(context: RuleContext, key: string): { from: number; to: number } {
	const location = context.post.frontmatter.fields.get(key);
	if (!location) return { from: context.post.frontmatter.from, to: context.post.frontmatter.from + 3 };
	if (location.valueTo > location.valueFrom) return { from: location.valueFrom, to: location.valueTo };
	return { from: location.keyFrom, to: location.keyFrom + key.length };
}

export function fieldLocation(context: RuleContext, key: string): FieldLocation | undefined {
	return context.post.frontmatter.fields.get(key);
}

/**
 * The written list item for each parsed list value, or undefined where they do not
 * line up: YAML can fold a mis-indented `- b` into the item above, and a fix aimed
 * by index would then rewrite the wrong line. Unmatched values get the field's range.
 */
export function alignedItems(context: RuleContext, key: string, values: readonly unknown[]): Array<FieldItem | undefined> {
	const items = fieldLocation(context, key)?.items ?? [];
	if (items.length !== values.length) return values.map(() => undefined);
	return values.map((value, index) => {
		const item = items[index] as FieldItem;
		if (typeof value !== 'string') return item;
		return unquoted(item.raw) === value || item.raw.includes(value) ? item : undefined;
	});
}

/** What `raw.replace(/^(["'])(.*)\1$/, '$2')` gives, without running a regex per list item. */
function unquoted(raw: string): string {
	const quote = raw.charCodeAt(0);
	if ((quote !== 0x22 && quote !== 0x27) || raw.length < 2 || raw.charCodeAt(raw.length - 1) !== quote) return raw;
	const inner = raw.slice(1, -1);
	// The regex's `.` stops at a line terminator; then it does not match and nothing is cut.
	return LINE_TERMINATOR.test(inner) ? raw : inner;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export function isEmptyValue(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * A short, bounded description of a YAML value for messages. Never
 * JSON.stringify a note's value: an alias bomb expands without limit.
 */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return 'empty';
	if (typeof value === 'string') return `\`${value.length > 60 ? `${value.slice(0, 60)}…` : value}\``;
	if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
	if (Array.isArray(value)) return `a list of ${value.length}`;
	return 'a mapping';
}

/** A fix that replaces a one-line field value (or fills an empty one). */
export function setValueFix(context: RuleContext, key: string, value: string, title: string): Fix | undefined {
	const location = context.post.frontmatter.fields.get(key);
	if (!location || location.items.length > 0) return undefined;
	const keyEnd = context.post.source.text.indexOf(':', location.keyFrom) + 1;
	if (keyEnd <= 0) return undefined;
	const lineEnd = context.post.source.lines[location.lineIndex]?.end ?? location.valueTo;
	// Keep a trailing `# comment`: only the value is the fix's to replace.
	const comment = context.post.source.text.slice(keyEnd, lineEnd).search(/\s#/);
	// A value that goes on over more lines (a folded scalar, `|` text, a nested mapping) is replaced whole.
	const to = location.to > lineEnd ? location.to : comment < 0 ? lineEnd : keyEnd + comment;
	return { kind: 'edit', title, edits: [{ from: keyEnd, to, insert: ` ${value}` }] };
}

export function stringValue(context: RuleContext, key: string): string | null {
	const value = context.data[key];
	return typeof value === 'string' ? value : null;
}

/** The key of the field playing `role` in this profile, or null when none does. */
export function roleKey(context: RuleContext, role: FieldRole): string | null {
	return fieldWithRole(context.profile, role)?.key ?? null;
}

/** The string value of the field playing `role`, with its key. */
export function roleValue(context: RuleContext, role: FieldRole): { key: string; value: string } | null {
	const key = roleKey(context, role);
	const value = key === null ? null : stringValue(context, key);
	return key !== null && value !== null ? { key, value } : null;
}
