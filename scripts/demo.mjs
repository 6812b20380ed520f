// `npm start`: check the bundled example vault. Its notes have problems on
// purpose, so a non-zero exit is the expected result here and is reported in
// words instead of npm's error noise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/postwright.cjs', import.meta.url));
const vault = fileURLToPath(new URL('../examples/vault', import.meta.url));
const result = spawnSync(process.execPath, [cli, 'check', vault, ...process.argv.slice(2)], { stdio: 'inherit' });
const meaning = { 0: 'no errors', 1: 'errors found, as the example vault intends', 2: 'a usage or I/O problem' };
console.log(`\npostwright exited with ${result.status} (${meaning[result.status] ?? 'unexpected'}).`);
process.exit(result.status === 2 || result.status === null ? 1 : 0);
