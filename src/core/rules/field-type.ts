import { parseWikilink, linkpathOf } from '../links/wikilink';
import type { FieldItem } from '../parse/frontmatter';
import type { FieldSpec } from '../profiles/profile';
import { slugify, SLUG_PATTERN } from '../template/slug';
import type { Fix } from '../types';
import { examplePost } from './example-post';
import { alignedItems, describeValue, fieldRange, isEmptyValue, setValueFix } from './helpers';
import type { Rule, RuleContext, RuleReport } from './rule';

/**
 * A real calendar day written YYYY-MM-DD: what /^(\d{4})-(\d{2})-(\d{2})$/ and a round trip through
 * Date.UTC accept, worked out by arithmetic (it runs on every date field of every note).
 */
export function isValidDate(value: string): boolean {
	if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
	const year = digitsAt(value, 0, 4);
	const month = digitsAt(value, 5, 2);
	const day = digitsAt(value, 8, 2);
	// Date.UTC reads the years 0-99 as 1900-1999, so they never came back from the round trip.
	return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is no digit. */
function digitsAt(text: string, from: number, count: number): number {
	let n = 0;
	for (let i = from; i < from + count; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		n = n * 10 + digit;
	}
	return n;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * SLUG_PATTERN, scanned by hand for a name in ASCII (nearly every one), where the pattern means runs of
 * a-z and 0-9 joined by single underscores; a name with any other character goes to the pattern itself.
 */
function isSlug(value: string): boolean {
	let atRunStart = true;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c >= 128) return SLUG_PATTERN.test(value);
		if (c === 95 /* _ */) {
			if (atRunStart) return false;
			atRunStart = true;
		} else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) atRunStart = false;
		else return false;
	}
	return !atRunStart;
}

export const fieldType: Rule = {
	id: 'field-type',
	description: 'A frontmatter field has the wrong type or format: a date, a list, an https URL, a snake_case slug, a tag, an image that resolves.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'well-formed values', text: examplePost(), shows: ['last_updated:', 'tags:', '  - teamwork'] }],
		bad: [
			{ title: 'a date in another format', text: examplePost({ fields: { last_updated: 'last_updated: 20/02/2026' } }), findings: [{ line: 7, column: 15 }] },
			{ title: 'a tag with a hash', text: examplePost({ fields: { tags: 'tags:\n  - "#teamwork"' } }), findings: [{ line: 10, column: 5 }], fixed: examplePost({ fields: { tags: 'tags:\n  - "teamwork"' } }) },
			{ title: 'a plain-http link', text: examplePost({ fields: { link: 'link: http://example.com/post' } }), findings: [{ line: 16, column: 7 }], fixed: examplePost({ fields: { link: 'link: https://example.com/post' } }) },
			{ title: 'a name that is not a slug', text: examplePost({ fields: { name: 'name: Example Post' } }), findings: [{ line: 2, column: 7 }], fixed: examplePost() },
		],
	},
	check(context) {
		if (context.post.frontmatter.state !== 'ok') return [];
		const reports: RuleReport[] = [];
		for (const field of context.fields) {
			const value = context.data[field.key];
			if (isEmptyValue(value)) continue;
			reports.push(...checkField(context, field, value));
		}
		return reports;
	},
};

function checkField(context: RuleContext, field: FieldSpec, value: unknown): RuleReport[] {
	switch (field.type) {
		case 'string':
			return typeof value === 'string' ? [] : [{ message: `${quoted(field)} is ${describeValue(value)}; expected text.`, ...fieldRange(context, field.key) }];
		case 'slug': {
			if (typeof value !== 'string') return [{ message: `${quoted(field)} is ${describeValue(value)}; expected a snake_case name.`, ...fieldRange(context, field.key) }];
			if (isSlug(value)) return [];
			const slug = slugify(value);
			// No fix when slugify cannot make a valid slug of it: a fix must not offer the same text back.
			const fixable = slug !== value && SLUG_PATTERN.test(slug);
			return [{ message: `${quoted(field)} \`${value}\` is not a snake_case slug; expected lowercase words joined by underscores${fixable ? `, like \`${slug}\`` : ''}.`, ...fieldRange(context, field.key), fix: fixable ? setValueFix(context, field.key, slug, `Change to ${slug}`) : undefined }];
		}
		case 'date':
			if (typeof value === 'string' && isValidDate(value)) return [];
			return [{ message: `${quoted(field)} is ${describeValue(value)}; expected a date written YYYY-MM-DD.`, ...fieldRange(context, field.key) }];
		case 'url':
			return checkUrl(context, field.key, value);
		case 'tags':
		case 'string-list':
			return checkList(context, field, value);
		case 'resource':
			return checkResource(context, field.key, value);
		default:
			return [];
	}
}

/** The field's key as messages show it. Built only for a finding: most fields of most notes are fine. */
function quoted(field: FieldSpec): string {
	return `\`${field.key}\``;
}

function checkUrl(context: RuleContext, key: string, value: unknown): RuleReport[] {
	if (typeof value === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(value)) return [];
	const at = fieldRange(context, key);
	if (typeof value === 'string' && /^http:\/\//.test(value)) {
		const secure = value.replace(/^http:/, 'https:');
		return [{ message: `\`${key}\` uses http; expected an https:// URL.`, ...at, fix: setValueFix(context, key, secure, 'Use https') }];
	}
	return [{ message: `\`${key}\` is ${describeValue(value)}; expected an https:// URL.`, ...at }];
}

function checkList(context: RuleContext, field: FieldSpec, value: unknown): RuleReport[] {
	const key = `\`${field.key}\``;
	if (!Array.isArray(value)) {
		return [{ message: `${key} is ${describeValue(value)}; expected a list, one \`- item\` per line.`, ...fieldRange(context, field.key) }];
	}
	const reports: RuleReport[] = [];
	// The written items are lined up with the values only for a list that has a finding: most have none.
	let items: Array<FieldItem | undefined> | null = null;
	value.forEach((item, index) => {
		const text = typeof item === 'string' || typeof item === 'number';
		if (text && (field.type !== 'tags' || !(String(item).includes('#') || /\s/.test(String(item))))) return;
		items ??= alignedItems(context, field.key, value);
		const place = items[index] ?? fieldRange(context, field.key);
		if (!text) {
			reports.push({ message: `${key} item ${index + 1} is ${describeValue(item)}; expected text.`, from: place.from, to: place.to });
			return;
		}
		const tag = String(item);
		const clean = tag.replace(/#/g, '').trim().replace(/\s+/g, '-');
		const raw = items[index];
		let fix: Fix | undefined;
		if (raw && clean) {
			const quoted = /^["']/.test(raw.raw);
			fix = { kind: 'edit', title: `Change to ${clean}`, edits: [{ from: raw.from, to: raw.to, insert: quoted ? `"${clean}"` : clean }] };
		}
		reports.push({ message: `Tag \`${tag}\` has ${tag.includes('#') ? 'a `#`' : 'a space'}; expected a bare tag like \`${clean || 'topic'}\`.`, from: place.from, to: place.to, fix });
	});
	return reports;
}

function checkResource(context: RuleContext, key: string, value: unknown): RuleReport[] {
	const at = fieldRange(context, key);
	if (typeof value !== 'string') return [{ message: `\`${key}\` is ${describeValue(value)}; expected a URL, a vault path or a wikilink.`, ...at }];
	if (/^https?:\/\//.test(value)) return checkUrl(context, key, value);
	if (!context.resolver) return [];
	const link = parseWikilink(value);
	const target = link ? linkpathOf(link) : value.replace(/^\.?\//, '');
	if (context.resolver.resolve(target, context.path)) return [];
	return [{ message: `\`${key}\` \`${value}\` resolves to no file in the vault; expected an existing file, a wikilink to one, or a URL.`, ...at }];
}
