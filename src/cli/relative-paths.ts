import * as path from 'node:path';

/** The path with `/` separators. Where the separator already is `/`, the path as it is: splitting and joining every path twice per note cost 1.5% of a 10,000-note check. */
export function toPosix(file: string): string {
	return path.sep === '/' ? file : file.split(path.sep).join('/');
}

/**
 * Files' paths relative to one folder, `/`-separated, worked out once per
 * folder they are in rather than once per file: path.relative for every note,
 * twice (as shown, and in the vault), was 3.5% of a 10,000-note check. Only
 * for files: a file's path relative to a folder is its folder's, then its name.
 */
export class RelativePaths {
	private readonly folders = new Map<string, string>();

	constructor(private readonly from: string) {}

	of(file: string): string {
		const cut = file.lastIndexOf(path.sep);
		// A file at the root of the file system: no folder part worth remembering.
		if (cut <= 0) return toPosix(path.relative(this.from, file));
		const folder = file.slice(0, cut);
		let relative = this.folders.get(folder);
		if (relative === undefined) {
			relative = toPosix(path.relative(this.from, folder));
			this.folders.set(folder, relative);
		}
		const name = file.slice(cut + 1);
		return relative === '' ? name : `${relative}/${name}`;
	}
}
