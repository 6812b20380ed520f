#!/usr/bin/env node
// Thin launcher: the checker itself is bundled into dist/cli.cjs by `npm run build`.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const bundle = new URL('../dist/cli.cjs', import.meta.url);
if (!existsSync(bundle)) {
	process.stderr.write('postwright: dist/cli.cjs is missing; run `npm run build` first\n');
	process.exit(2);
}
const { run } = require(bundle.pathname);
process.exitCode = await run(process.argv.slice(2));
