/**
 * The width table is generated from the font files, never typed by hand:
 * regenerating it from Debian's fonts must give the committed file exactly.
 * Skipped where the fonts are not installed, except in CI
 * (POSTWRIGHT_REQUIRE_BROWSER=1), which installs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROBOTO = '/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf';
const fontsInstalled = existsSync(ROBOTO) && existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
const required = process.env.POSTWRIGHT_REQUIRE_BROWSER === '1';
const script = fileURLToPath(new URL('../../../scripts/generate-font-widths.mjs', import.meta.url));

describe('src/core/metrics/font-widths.ts', () => {
	it.runIf(fontsInstalled || required)('is what scripts/generate-font-widths.mjs makes of the installed fonts', () => {
		const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
		expect(output).toContain('matches the fonts');
	});
});
