import * as path from 'node:path';

/**
 * The bundled checker's own file (dist/cli.cjs) when this code runs from it;
 * null when it runs from the TypeScript sources (tests). Worker threads need
 * a script on disk: the check workers are this file, the reader sits beside it.
 */
export function bundledChecker(): string | null {
	return typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : null;
}

/** A file shipped beside the bundled checker in dist/, or null outside the bundle. */
export function besideBundle(name: string): string | null {
	const bundle = bundledChecker();
	return bundle === null ? null : path.join(path.dirname(bundle), name);
}
