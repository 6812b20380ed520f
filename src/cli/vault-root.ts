import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where links resolve and `.postwright.json` is read (PRODUCT.md §6):
 * `--vault DIR` when given; else the nearest folder at or above the first
 * PATH that holds `.obsidian/`; else the current folder when every PATH is
 * inside it; else the first PATH's folder. Checking one file or a subfolder
 * of a vault therefore resolves links against the whole vault.
 */
export function findVaultRoot(paths: readonly string[], cwd: string, explicit: string | null): { root: string } | { error: string } {
	if (explicit !== null) {
		const root = path.resolve(cwd, explicit);
		if (!isFolder(root)) return { error: `--vault ${explicit}: ${fs.existsSync(root) ? 'is not a folder' : 'no such folder'}` };
		return { root };
	}
	const inputs = (paths.length > 0 ? paths : ['.']).map((input) => path.resolve(cwd, input));
	const first = inputs[0] as string;
	const firstFolder = isFolder(first) ? first : path.dirname(first);
	for (let dir = firstFolder; ; dir = path.dirname(dir)) {
		if (isFolder(path.join(dir, '.obsidian'))) return { root: dir };
		if (path.dirname(dir) === dir) break;
	}
	if (inputs.every((input) => isInside(input, cwd))) return { root: cwd };
	return { root: firstFolder };
}

/** True when `inner` is `outer` or lies under it. */
export function isInside(inner: string, outer: string): boolean {
	const relative = path.relative(outer, inner);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isFolder(file: string): boolean {
	try {
		return fs.statSync(file).isDirectory();
	} catch {
		return false;
	}
}
