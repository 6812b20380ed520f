import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RelativePaths, toPosix } from '../../src/cli/relative-paths';

/** RelativePaths remembers each folder's relative path; every answer must be Node's own path.relative. */
describe('RelativePaths', () => {
	const folders = ['/v', '/v/posts', '/v/posts/2026', '/v/notes', '/elsewhere', '/elsewhere/deep/er', '/v-sibling', '/'];
	const names = ['a.md', 'b c.md', '.hidden.md', 'ü.md'];
	const files = folders.flatMap((folder) => names.map((name) => path.join(folder, name)));

	for (const from of ['/v', '/v/posts', '/v/posts/2026', '/elsewhere/deep', '/', '/v-sibling', '/v/notes/']) {
		it(`gives what path.relative gives, from ${from}`, () => {
			const relative = new RelativePaths(from);
			// Twice over, so the second round comes from the remembered folders.
			for (let round = 0; round < 2; round++) {
				for (const file of files) expect(relative.of(file), file).toBe(toPosix(path.relative(from, file)));
			}
		});
	}
});
