import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Finds the files under the given paths. Problems (a missing path, an
 * unreadable folder, a symlink loop) are collected as one-line messages and
 * the walk goes on: one bad corner of a vault must not hide the rest.
 */

export interface WalkResult {
	/** Absolute paths of `.md` files, sorted, without duplicates. */
	markdown: string[];
	problems: string[];
}

/** Folders Obsidian and tooling keep their own data in; never notes. */
const SKIPPED_DIRS = new Set(['.obsidian', '.git', '.trash', 'node_modules']);

export function collectMarkdown(inputs: readonly string[], cwd: string, display: (absolute: string) => string): WalkResult {
	const found = new Set<string>();
	const problems: string[] = [];
	const visitedDirs = new Set<string>();

	const walkDir = (dir: string): void => {
		let real: string;
		try {
			real = fs.realpathSync(dir);
		} catch (error) {
			problems.push(`${display(dir)}: cannot resolve (${code(error)})`);
			return;
		}
		if (visitedDirs.has(real)) {
			// A folder reached again (given twice, or through a link to a sibling) is already checked;
			// only a link back into its own ancestors is a loop worth reporting.
			if (isInside(realParentOf(dir), real)) problems.push(`${display(dir)}: skipped, a symlink loop back to ${display(real)}`);
			return;
		}
		visitedDirs.add(real);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			problems.push(`${display(dir)}: cannot read folder (${code(error)})`);
			return;
		}
		for (const entry of entries) {
			// Dot-folders hold app data (.obsidian, .git, .trash), as do dependency folders.
			if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.isDirectory())) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walkDir(full);
			else if (entry.isSymbolicLink()) visitLink(full);
			else if (entry.isFile() && isMarkdown(entry.name)) found.add(full);
		}
	};

	const visitLink = (full: string): void => {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(full);
		} catch (error) {
			problems.push(`${display(full)}: broken or looping symlink (${code(error)})`);
			return;
		}
		if (stat.isDirectory()) walkDir(full);
		else if (stat.isFile() && isMarkdown(full)) found.add(full);
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
		if (stat.isDirectory()) walkDir(full);
		else if (stat.isFile()) found.add(full);
		else problems.push(`${input}: not a file or folder`);
	}
	return { markdown: [...found].sort(), problems };
}

/** Every file under a folder, vault-relative with `/`, for link resolution (attachments included). */
export function listVaultFiles(root: string): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const walk = (dir: string, prefix: string): void => {
		let real: string;
		try { real = fs.realpathSync(dir); } catch { return; }
		if (seen.has(real)) return;
		seen.add(real);
		let entries: fs.Dirent[];
		try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
		for (const entry of entries) {
			if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.isDirectory())) continue;
			const full = path.join(dir, entry.name);
			const relative = prefix + entry.name;
			let isDir = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				try { isDir = fs.statSync(full).isDirectory(); } catch { continue; }
			}
			if (isDir) walk(full, `${relative}/`);
			else files.push(relative);
		}
	};
	walk(root, '');
	return files;
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
