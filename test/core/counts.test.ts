import { describe, expect, it } from 'vitest';
import { plural, severityCounts } from '../../src/core/counts';
import { fixture, check } from '../helpers';

describe('severityCounts', () => {
	it('counts a fixture post\'s findings per severity, every finding once', () => {
		const { findings } = check(fixture('posts/short_post_long_hook.md'));
		const counts = severityCounts(findings);
		expect(counts.error + counts.warning + counts.info).toBe(findings.length);
		expect(counts.info).toBe(findings.filter((f) => f.severity === 'info').length);
		expect(counts.info).toBeGreaterThan(0);
	});
});

describe('plural', () => {
	it('says one and many', () => {
		expect([plural(1, 'error'), plural(0, 'error'), plural(2, 'info'), plural(3, 'match', 'matches')]).toEqual(['1 error', '0 errors', '2 infos', '3 matches']);
	});
});
