import type { FieldLocation } from './frontmatter';
import type { Source } from './source';

/*
 * Dates in frontmatter: what the YAML parser made of them, written back as
 * the `YYYY-MM-DD` text the rules check, and the author's own text kept where
 * the parser rolled an impossible date over.
 */

/**
 * YAML parsers turn `2026-02-22` into a Date at UTC midnight; reading it back in
 * local time would shift it by a day west of Greenwich, so dates are rebuilt
 * from their UTC fields. Only the top level and lists are walked: alias bombs
 * nest deeper, and no field of a post does. The keys of top-level dates are
 * added to `dateKeys`; a list is copied only when it holds a date.
 */
export function normaliseDates(data: Record<string, unknown>, dateKeys: string[]): Record<string, unknown> {
	// A prototype-less object: a `__proto__:` key in a note stays a plain field.
	const out = Object.create(null) as Record<string, unknown>;
	for (const key of Object.keys(data)) {
		const value = data[key];
		if (Array.isArray(value)) out[key] = value.some(isDate) ? value.map(dateToString) : value;
		else if (isDate(value)) {
			out[key] = dateToString(value);
			dateKeys.push(key);
		} else out[key] = value;
	}
	return out;
}

function isDate(value: unknown): value is Date {
	// Most values are strings: settled by their type before the costlier instanceof.
	return typeof value === 'object' && value instanceof Date;
}

function dateToString(value: unknown): unknown {
	if (!isDate(value)) return value;
	if (Number.isNaN(value.getTime())) return String(value);
	// A date at UTC midnight, the usual case, written without toISOString (a tenth of this whole function's caller).
	const year = value.getUTCFullYear();
	if (year >= 0 && year <= 9999 && value.getTime() % 86_400_000 === 0) {
		return `${String(year).padStart(4, '0')}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`;
	}
	const iso = value.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function twoDigits(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/**
 * YAML parsers roll an impossible date over (`2026-02-30` becomes March 2nd);
 * the author's text is kept instead, so the checker reports what was written.
 * Only a value the parser turned into a date can differ from what was written,
 * so only `dateKeys` (the top-level fields that were Dates) are read again.
 */
export function keepImpossibleDates(data: Record<string, unknown>, dateKeys: readonly string[], fields: ReadonlyMap<string, FieldLocation>, source: Source): void {
	for (const key of dateKeys) {
		const location = fields.get(key);
		const value = data[key];
		if (!location || typeof value !== 'string' || !DATE_VALUE.test(value)) continue;
		const written = WRITTEN_DATE.exec(source.text.slice(location.valueFrom, location.valueTo));
		if (!written) continue;
		const padded = `${written[1]}-${(written[2] as string).padStart(2, '0')}-${(written[3] as string).padStart(2, '0')}`;
		if (value.slice(0, 10) !== padded) data[key] = written[0];
	}
}

const DATE_VALUE = /^\d{4}-\d\d-\d\d/;
const WRITTEN_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[ \t#T])/;
