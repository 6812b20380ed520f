import * as fs from 'node:fs';
import * as path from 'node:path';
import { RelativePaths } from './relative-paths';

/**
 * Finds the notes to check and every file of the vault in one pass over the
 * tree: the given paths are walked first (their problems reported), then the
 * rest of the vault root, skipping every folder already seen. A second full
 * walk of the root for link resolution was a sixth of a 10,000-note check.
 * Problems (a missing path, an unreadable folder, a symlink loop) are
 * one-line messages and the walk goes on: one bad corner of a vault must not
 * hide the rest.
 */

export interface WalkResult {
	/** Absolute paths of the `.md` files under the given paths, sorted, without duplicates. */
	markdown: string[];
	/** Every file under the vault root, vault-relative with `/` (attachments included), for link resolution. */
	vaultFiles: string[];
	problems: string[];
}

/** Folders Obsidian and tooling keep their own data in; never notes. */
const SKIPPED_DIRS = new Set(['.obsidian', '.git', '.trash', 'node_modules']);

export function walkVault(inputs: readonly string[], root: string, cwd: string, display: (absolute: string) => string): WalkResult {
	const found = new Set<string>();
	const everyFile: string[] = [];
	const problems: string[] = [];
	const visitedDirs = new Set<string>();
	/** Problems are reported for the given paths only; the rest of the vault is read for link targets, quietly. */
	let reporting = true;
	const problem = (message: string): void => {
		if (reporting) problems.push(message);
	};

	const walkDir = (dir: string, collect: boolean): void => {
		let real: string;
		try {
			real = fs.realpathSync(dir);
		} catch (error) {
			problem(`${display(dir)}: cannot resolve (${code(error)})`);
			return;
		}
		if (visitedDirs.has(real)) {
			// A folder reached again (given twice, or through a link to a sibling) is already walked;
			// only a link back into its own ancestors is a loop worth reporting.
			if (isInside(realParentOf(dir), real)) problem(`${display(dir)}: skipped, a symlink loop back to ${display(real)}`);
			return;
		}
		visitedDirs.add(real);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			problem(`${display(dir)}: cannot read folder (${code(error)})`);
			return;
		}
		for (const entry of entries) {
			// Dot-folders hold app data (.obsidian, .git, .trash), as do dependency folders.
			if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.isDirectory())) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walkDir(full, collect);
			else if (entry.isSymbolicLink()) visitLink(full, collect);
			else if (entry.isFile()) addFile(full, collect);
		}
	};

	const visitLink = (full: string, collect: boolean): void => {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(full);
		} catch (error) {
			problem(`${display(full)}: broken or looping symlink (${code(error)})`);
			return;
		}
		if (stat.isDirectory()) walkDir(full, collect);
		else if (stat.isFile()) addFile(full, collect);
	};

	const addFile = (full: string, collect: boolean): void => {
		everyFile.push(full);
		if (collect && isMarkdown(full)) found.add(full);
	};

	for (const input of inputs) {
		const full = path.resolve(cwd, input);
		let stat: fs.Stats;
		try {
			stat = fs.statSync(full);
		} catch (error) {
			problems.push(`${input}: ${code(error) === 'ENOENT' ? 'no such file or folder' : `cannot read (${code(error)})`}`);
			continue;
		}
		if (stat.isDirectory()) walkDir(full, true);
		else if (stat.isFile()) found.add(full);
		else problems.push(`${input}: not a file or folder`);
	}
	reporting = false;
	walkDir(root, false);

	const vaultFiles: string[] = [];
	const inVault = new RelativePaths(root);
	for (const file of everyFile) {
		const relative = inVault.of(file);
		if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) vaultFiles.push(relative);
	}
	return { markdown: [...found].sort(), vaultFiles, problems };
}

function realParentOf(dir: string): string | null {
	try {
		return fs.realpathSync(path.dirname(dir));
	} catch {
		return null;
	}
}

/** True when `inner` is `outer` or lies under it. */
function isInside(inner: string | null, outer: string): boolean {
	if (inner === null) return false;
	const relative = path.relative(outer, inner);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isMarkdown(name: string): boolean {
	return name.toLowerCase().endsWith('.md');
}

function code(error: unknown): string {
	return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
