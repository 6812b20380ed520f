/**
 * Link resolution over a plain list of vault paths, for the CLI and the tests.
 * It reproduces Obsidian's `getFirstLinkpathDest` as observed on Obsidian 1.13.7.
 */
import type { LinkResolver } from '../types';
import { closestNames, type NameGroup } from './similarity';

interface Entry {
	path: string;
	lower: string;
	folder: string;
}

export class PathResolver implements LinkResolver {
	/** Lowercase file name (extension included) → files, shortest path first then alphabetical. */
	private readonly byName = new Map<string, Entry[]>();
	/** The same by exact file name: a link by name alone finds its files without comparing a path. */
	private readonly byExactName = new Map<string, Entry[]>();
	/**
	 * A note's name → its path, for names only one note has and that are a whole link as written (no `#`, `|`, `/`,
	 * `.` or surrounding blank): most links of a vault are such a name, and find their note by this one lookup.
	 */
	private readonly uniqueNoteByName = new Map<string, string>();
	/** Lowercase full path → files (several only when they differ in case). */
	private readonly byPath = new Map<string, Entry[]>();
	private readonly notes: NameGroup[];
	private readonly attachments: NameGroup[];
	/** The same missing note is often linked from many posts; the vault does not change under a resolver. */
	private readonly suggested = new Map<string, string[]>();

	/** `paths` are vault-relative with '/' separators, e.g. `posts/a.md`. */
	constructor(paths: Iterable<string>) {
		const unique = [...new Set([...paths].map((p) => p.replace(/^\.?\/+/, '')))];
		// Sorted once, so every bucket already lists its shortest path first (rule 3) deterministically.
		unique.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
		const noteNames = new Map<string, string[]>();
		const attachmentNames = new Map<string, string[]>();
		for (const path of unique) {
			const entry: Entry = { path, lower: path.toLowerCase(), folder: dirname(path) };
			const name = basename(entry.lower);
			push(this.byName, name, entry);
			push(this.byExactName, basename(path), entry);
			push(this.byPath, entry.lower, entry);
			if (name.endsWith('.md')) push(noteNames, name.slice(0, -3), path);
			else push(attachmentNames, name, path);
		}
		for (const [fileName, entries] of this.byExactName) {
			const name = fileName.slice(0, -3);
			if (entries.length === 1 && fileName.endsWith('.md') && PLAIN_NAME.test(name) && name.trim() === name) {
				this.uniqueNoteByName.set(name, (entries[0] as Entry).path);
			}
		}
		this.notes = nameGroups(noteNames, true);
		this.attachments = nameGroups(attachmentNames, false);
	}

	resolve(linkpath: string, sourcePath: string): string | null {
		// The general path below gives such a name the same note: the only file named exactly `linkpath.md`.
		const unique = this.uniqueNoteByName.get(linkpath);
		if (unique !== undefined) return unique;
		// The usual link, a note's name alone: no subpath, folder, extension or blank to take apart first.
		if (PLAIN_NAME.test(linkpath) && linkpath.trim() === linkpath) return this.nearest([linkpath + '.md'], dirname(sourcePath));
		const link = cutSubpath(linkpath);
		// `[[#heading]]` points into the source note itself.
		if (link === '') return this.exact([sourcePath]);
		const folder = dirname(sourcePath);
		if (link.startsWith('/')) {
			const path = normalizeSegments(link);
			return path === null ? null : this.exact(targetsOf(path));
		}
		if (isRelative(link)) {
			// `./x` and `../x` (Obsidian's "relative path" link format) name one file relative to the source folder.
			const path = normalizeSegments(folder + '/' + link);
			return path === null ? null : this.exact(targetsOf(path));
		}
		const path = normalizeSegments(link);
		return path === null ? null : this.nearest(targetsOf(path), folder);
	}

	suggest(linkpath: string, limit: number): string[] {
		if (limit <= 0) return [];
		const name = basename(cutSubpath(linkpath)).toLowerCase();
		const query = name.endsWith('.md') ? name.slice(0, -3) : name;
		if (query === '') return [];
		const memo = `${limit}\n${name}`;
		const known = this.suggested.get(memo);
		if (known) return [...known];
		const searches: Array<[NameGroup[], string]> = [[this.notes, query]];
		// A name with another extension may be an attachment (`photo.pgn`) as well as a note with a dot in its name.
		if (query === name && name.lastIndexOf('.') > 0) searches.push([this.attachments, name]);
		const names = closestNames(searches, limit);
		if (this.suggested.size >= 10_000) this.suggested.clear();
		this.suggested.set(memo, names);
		return [...names];
	}

	/** A file at exactly one of these paths: exact case first, then ignoring case. */
	private exact(targets: string[]): string | null {
		for (const target of targets) {
			const hit = this.byPath.get(target.toLowerCase())?.find((e) => e.path === target);
			if (hit) return hit.path;
		}
		for (const target of targets) {
			const hit = this.byPath.get(target.toLowerCase())?.[0];
			if (hit) return hit.path;
		}
		return null;
	}

	/**
	 * Obsidian's order: (0) the exact vault path, (1) a match in the source's own folder,
	 * (2) the shortest path. The whole order runs on exact-case matches first; case is ignored only when none exists.
	 */
	private nearest(targets: readonly string[], folder: string): string | null {
		const only = targets.length === 1 ? (targets[0] as string) : null;
		if (only !== null && !only.includes('/')) {
			// A name alone: the files of exactly that name are the exact-case matches (cache misses on
			// every path and folder of a 10,000-note vault were most of a link's cost).
			const entries = this.byExactName.get(only);
			if (entries) return (entries.length === 1 ? (entries[0] as Entry) : bestEntry(entries, only, folder, true) as Entry).path;
			return this.nearestOfCase(targets, folder, false);
		}
		return this.nearestOfCase(targets, folder, true) ?? this.nearestOfCase(targets, folder, false);
	}

	private nearestOfCase(targets: readonly string[], folder: string, exactCase: boolean): string | null {
		let best: Entry | null = null;
		let bestRank = 3;
		for (const target of targets) {
			const entries = this.byName.get(basename(target).toLowerCase());
			if (!entries) continue;
			const wanted = exactCase ? target : target.toLowerCase();
			for (const entry of entries) {
				const rank = rankOf(entry, wanted, folder, exactCase);
				if (rank < bestRank) {
					best = entry;
					bestRank = rank;
				}
			}
		}
		return best ? best.path : null;
	}
}

/** The entry of lowest rank (see `rankOf`), the first of them in list order; null when none matches. */
function bestEntry(entries: readonly Entry[], wanted: string, folder: string, exactCase: boolean): Entry | null {
	let best: Entry | null = null;
	let bestRank = 3;
	for (const entry of entries) {
		const rank = rankOf(entry, wanted, folder, exactCase);
		if (rank < bestRank) {
			best = entry;
			bestRank = rank;
		}
	}
	return best;
}

/** 0: the exact vault path; 1: in the source's own folder; 2: elsewhere; 3: no match. */
function rankOf(entry: Entry, wanted: string, folder: string, exactCase: boolean): number {
	const have = exactCase ? entry.path : entry.lower;
	if (!endsOnSegment(have, wanted)) return 3;
	return have.length === wanted.length ? 0 : entry.folder === folder ? 1 : 2;
}

/**
 * Where a note for an unresolved link is created, as Obsidian does with its default "new notes in vault folder":
 * the link's path + `.md` from the vault root (`[[a/b]]` → `a/b.md`, `[[b]]` → `b.md`), whatever folder the source is in;
 * a `./` or `../` link is taken relative to the source's folder. '' when the link names no file.
 */
export function createNotePath(linkpath: string, sourcePath: string): string {
	const link = cutSubpath(linkpath);
	const path = normalizeSegments(isRelative(link) ? dirname(sourcePath) + '/' + link : link);
	if (path === null || path === '') return '';
	return /\.md$/i.test(path) ? path : path + '.md';
}

/** No `#`, `|`, `/` or `.`: a link that names a note and nothing else (the general path gives it `name.md` too). */
const PLAIN_NAME = /^[^#|/.]+$/;

/** File names a link can mean: a note without its `.md`, or, when it has an extension, the file as written first. */
function targetsOf(path: string): string[] {
	return basename(path).lastIndexOf('.') > 0 ? [path, path + '.md'] : [path + '.md'];
}

/** The link path without `#subpath` or `|alias` (neither may occur in an Obsidian file name), trimmed. */
function cutSubpath(linkpath: string): string {
	const cut = linkpath.search(/[#|]/);
	return (cut === -1 ? linkpath : linkpath.slice(0, cut)).trim();
}

function isRelative(link: string): boolean {
	return /^\.\.?(\/|$)/.test(link);
}

const HAS_SEGMENT_TO_COLLAPSE = /(?:^|\/)\.{0,2}(?:\/|$)/;

/** Collapses '', '.' and '..' segments; null when '..' climbs above the vault root. */
function normalizeSegments(path: string): string | null {
	// Most links are plain names or clean paths: nothing to collapse, and no array or join per link.
	if (!HAS_SEGMENT_TO_COLLAPSE.test(path)) return path;
	const out: string[] = [];
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(segment);
	}
	return out.join('/');
}

/** `have` ends with `wanted` on a path-segment boundary: `x/Note.md` ends with `Note.md`, `xNote.md` does not. */
function endsOnSegment(have: string, wanted: string): boolean {
	return have.endsWith(wanted) && (have.length === wanted.length || have.charCodeAt(have.length - wanted.length - 1) === 47);
}

function dirname(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash === -1 ? '' : path.slice(0, slash);
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** A unique name shows as itself; names shared by several files show as their paths, so the user can tell them apart. */
function nameGroups(byKey: Map<string, string[]>, stripMd: boolean): NameGroup[] {
	const strip = (p: string): string => (stripMd ? p.slice(0, -3) : p);
	return [...byKey].map(([key, paths]) => ({
		key,
		names: paths.length === 1 ? paths.map((p) => basename(strip(p))) : paths.map(strip),
	}));
}
