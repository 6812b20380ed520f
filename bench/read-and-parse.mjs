#!/usr/bin/env node
/**
 * The reference for `postwright check` over a vault: one process that only
 * finds the .md files, reads each and parses it with gray-matter. Whatever
 * `check` spends beyond this is the checker's own cost.
 *
 * matter() is given an options object: without one gray-matter keeps every
 * distinct input in a cache forever, which would charge this reference for
 * memory the checker does not use (and none of the texts repeat anyway).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const matter = createRequire(import.meta.url)('gray-matter');

function walk(dir, out) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (entry.name.endsWith('.md')) out.push(full);
	}
	return out;
}

const files = walk(process.argv[2] ?? '.', []).sort();
let fields = 0;
for (const file of files) fields += Object.keys(matter(readFileSync(file, 'utf8'), {}).data).length;
process.stdout.write(`${files.length} files, ${fields} fields\n`);
