import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { parseYamlWithGrayMatter } from '../../src/cli/yaml';
import { rulesReference, withRulesTable } from '../../scripts/rules-doc';

/**
 * The docs are generated from the rules; this test fails when they are stale.
 * `npm run docs` (UPDATE_DOCS=1) rewrites them instead of comparing.
 */
const rootPath = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
const update = process.env.UPDATE_DOCS === '1';

function compareOrWrite(name: string, expected: string): void {
	if (update) writeFileSync(rootPath(name), expected);
	expect(readFileSync(rootPath(name), 'utf8'), `${name} is stale: run \`npm run docs\``).toBe(expected);
}

describe('generated docs', () => {
	it('docs/rules.md is current', () => {
		compareOrWrite('docs/rules.md', rulesReference(parseYamlWithGrayMatter));
	});
	it('the README rules table is current', () => {
		compareOrWrite('README.md', withRulesTable(readFileSync(rootPath('README.md'), 'utf8')));
	});
	it('documents every rule, with the message the checker prints', () => {
		const reference = readFileSync(rootPath('docs/rules.md'), 'utf8');
		for (const rule of RULES) {
			expect(reference).toContain(`## ${rule.id}\n`);
		}
		expect(reference.match(/^> (error|warning|info) at \d+:\d+: /gm)?.length ?? 0).toBeGreaterThanOrEqual(RULES.length);
	});
});
