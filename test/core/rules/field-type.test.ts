import { describe, expect, it } from 'vitest';
import { examplePost } from '../../../src/core/rules/example-post';
import { isValidDate } from '../../../src/core/rules/field-type';
import { SLUG_PATTERN } from '../../../src/core/template/slug';
import { check } from '../../helpers';

/** The real thing: a YYYY-MM-DD string whose day survives a round trip through Date.UTC. */
function survivesDateUtc(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isValidDate', () => {
	it('accepts exactly the days Date.UTC gives back, over leap and century years and the years 0-99', () => {
		const years = [0, 1, 4, 99, 100, 1600, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999];
		for (const year of years) {
			for (let month = 0; month <= 13; month++) {
				for (let day = 0; day <= 32; day++) {
					const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
					expect(isValidDate(value), value).toBe(survivesDateUtc(value));
				}
			}
		}
	});

	it('rejects anything not written YYYY-MM-DD', () => {
		for (const value of ['', '2026-2-28', '2026-02-28 ', ' 2026-02-28', '2026-02-28\n', '2026/02/28', '2026-02-2a', '２０２６-02-28', '2026-02-٢٨', '+02026-02-28', '2026-0x-28', '2026--2-28']) {
			expect(isValidDate(value), JSON.stringify(value)).toBe(false);
			expect(survivesDateUtc(value)).toBe(false);
		}
	});
});

describe('field-type on a slug', () => {
	const slugFinding = (name: string): boolean =>
		check(examplePost({ fields: { name: `name: "${name}"` } })).findings.some((f) => f.ruleId === 'field-type' && f.message.includes('is not a snake_case slug'));

	it('reports exactly the names SLUG_PATTERN rejects, ASCII or not', () => {
		const names = ['example_post', 'a', 'a1_b2', 'a_', '_a', 'a__b', 'A_b', 'a-b', 'a b', 'a.b', 'post_é', 'é_中_3', 'é__a', 'a_É', 'ʰa', 'post_٣', 'x_😀'];
		for (const name of names) expect(slugFinding(name), name).toBe(!SLUG_PATTERN.test(name));
	});
});
