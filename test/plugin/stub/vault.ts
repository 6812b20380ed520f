import { PathResolver } from '../../../src/core/links/path-resolver';
import { Events } from './events';
import { getFrontMatterInfo, parseYaml, readFrontmatterData, writeFrontmatterData } from './yaml';

/** An in-memory vault with Obsidian's documented behaviour where the plugin depends on it. */

export class TAbstractFile {
	vault!: Vault;
	parent: TFolder | null = null;
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf('/') + 1);
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const name = this.name;
		const dot = name.lastIndexOf('.');
		return dot > 0 ? name.slice(0, dot) : name;
	}
	get extension(): string {
		const name = this.name;
		const dot = name.lastIndexOf('.');
		return dot > 0 ? name.slice(dot + 1) : '';
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === '/';
	}
}

/** What the metadata cache hears from the vault, outside the plugin-visible events. */
type VaultChange = { kind: 'seed' | 'write' | 'delete'; file: TFile } | { kind: 'rename'; file: TFile; oldPath: string };

export class Vault extends Events {
	private contents = new Map<string, string>();
	private entries = new Map<string, TAbstractFile>();
	/** Test helper: every write, in order. */
	writes__: string[] = [];
	/** The metadata cache's private line to the vault (Obsidian's cache indexes files itself). */
	observers__: Array<(change: VaultChange) => void> = [];

	constructor() {
		super();
		const root = new TFolder('/');
		root.vault = this;
		this.entries.set('/', root);
	}

	getRoot(): TFolder {
		return this.entries.get('/') as TFolder;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path === '' ? '/' : path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const entry = this.entries.get(path);
		return entry instanceof TFile ? entry : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const entry = this.entries.get(path === '' ? '/' : path);
		return entry instanceof TFolder ? entry : null;
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((e): e is TFile => e instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === 'md');
	}

	async read(file: TFile): Promise<string> {
		return this.text(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.text(file);
	}

	/** Like Obsidian: fails when the path is taken or its folder does not exist. */
	async create(path: string, data: string): Promise<TFile> {
		if (this.entries.has(path)) throw new Error('File already exists.');
		const parent = this.getFolderByPath(parentOf(path));
		if (!parent) throw new Error(`Folder does not exist: ${parentOf(path)}`);
		const file = this.attach(new TFile(path), parent);
		this.contents.set(path, data);
		this.writes__.push(path);
		this.notify({ kind: 'write', file });
		this.trigger('create', file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.entries.has(path)) throw new Error('Folder already exists.');
		const parentPath = parentOf(path);
		const parent = this.getFolderByPath(parentPath) ?? await this.createFolder(parentPath);
		const folder = this.attach(new TFolder(path), parent);
		this.trigger('create', folder);
		return folder;
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.write(file, data);
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.text(file));
		this.write(file, next);
		return next;
	}

	/** Moves a file; Obsidian fires 'rename' (and no metadata 'changed'). */
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (this.entries.has(newPath)) throw new Error('Destination file already exists!');
		const parent = this.getFolderByPath(parentOf(newPath));
		if (!parent) throw new Error(`Folder does not exist: ${parentOf(newPath)}`);
		const oldPath = file.path;
		const text = this.contents.get(oldPath);
		this.entries.delete(oldPath);
		this.contents.delete(oldPath);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		file.path = newPath;
		this.attach(file, parent);
		if (text !== undefined) this.contents.set(newPath, text);
		if (file instanceof TFile) this.notify({ kind: 'rename', file, oldPath });
		this.trigger('rename', file, oldPath);
	}

	async delete(file: TAbstractFile): Promise<void> {
		this.entries.delete(file.path);
		this.contents.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		if (file instanceof TFile) this.notify({ kind: 'delete', file });
		this.trigger('delete', file);
	}

	/**
	 * Test helper: a change arriving from another device through sync. Obsidian writes it to
	 * disk and fires 'modify' like any other change; the metadata cache catches up later.
	 */
	async syncIn__(path: string, data: string): Promise<void> {
		const file = this.getFileByPath(path) ?? await this.create(path, data);
		this.write(file, data);
	}

	/** Test helper: seed a file (and its folders) without events. */
	seed__(path: string, data: string): TFile {
		let parent = this.getRoot();
		const parts = path.split('/');
		for (let i = 1; i < parts.length; i++) {
			const folderPath = parts.slice(0, i).join('/');
			parent = this.getFolderByPath(folderPath) ?? this.attach(new TFolder(folderPath), parent);
		}
		const existing = this.getFileByPath(path);
		const file = existing ?? this.attach(new TFile(path), parent);
		this.contents.set(path, data);
		this.notify({ kind: 'seed', file });
		return file;
	}

	/** Test helper: the text of a path, or null. */
	textOf__(path: string): string | null {
		return this.contents.get(path) ?? null;
	}

	private text(file: TFile): string {
		const text = this.contents.get(file.path);
		if (text === undefined) throw new Error(`ENOENT: ${file.path}`);
		return text;
	}

	private write(file: TFile, data: string): void {
		this.text(file);
		if (this.contents.get(file.path) === data) return;
		this.contents.set(file.path, data);
		this.writes__.push(file.path);
		this.notify({ kind: 'write', file });
		this.trigger('modify', file);
	}

	private notify(change: VaultChange): void {
		for (const observer of this.observers__) observer(change);
	}

	private attach<T extends TAbstractFile>(entry: T, parent: TFolder): T {
		entry.vault = this;
		entry.parent = parent;
		parent.children.push(entry);
		this.entries.set(entry.path, entry);
		return entry;
	}
}

function parentOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash === -1 ? '' : path.slice(0, slash);
}

type CachedMetadata = { frontmatter?: Record<string, unknown> };

/**
 * As in Obsidian, the cache lags behind the vault: a write is indexed a moment
 * later (a macrotask here), and only then does 'changed' fire, so right after
 * `modify` `getFileCache` still answers from the old text. A rename moves the
 * entry without 'changed'. Seeded files are indexed at once, as a vault Obsidian
 * has indexed before start-up.
 */
export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(private readonly vault: Vault) {
		super();
		vault.observers__.push((change) => this.observe(change));
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	/** Test helper: index every pending write now, firing 'changed' for each. */
	flush__(): void {
		for (const [path, timer] of [...this.pending]) {
			clearTimeout(timer);
			this.index(path);
		}
	}

	private observe(change: VaultChange): void {
		const path = change.file.path;
		if (change.kind === 'seed') {
			this.caches.set(path, parseCache(this.vault.textOf__(path) ?? ''));
		} else if (change.kind === 'write') {
			const timer = this.pending.get(path);
			if (timer) clearTimeout(timer);
			this.pending.set(path, setTimeout(() => this.index(path), 0));
		} else if (change.kind === 'rename') {
			const cache = this.caches.get(change.oldPath);
			this.caches.delete(change.oldPath);
			if (cache) this.caches.set(path, cache);
			const timer = this.pending.get(change.oldPath);
			if (timer) {
				clearTimeout(timer);
				this.pending.delete(change.oldPath);
				this.pending.set(path, setTimeout(() => this.index(path), 0));
			}
		} else {
			const previous = this.caches.get(path) ?? null;
			this.caches.delete(path);
			this.trigger('deleted', change.file, previous);
		}
	}

	private index(path: string): void {
		this.pending.delete(path);
		const file = this.vault.getFileByPath(path);
		const text = this.vault.textOf__(path);
		if (!file || text === null) return;
		const cache = parseCache(text);
		this.caches.set(path, cache);
		this.trigger('changed', file, text, cache);
		this.trigger('resolved');
	}

	/** The core's PathResolver reproduces getFirstLinkpathDest as observed in Obsidian. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = new PathResolver(this.vault.getFiles().map((f) => f.path)).resolve(linkpath, sourcePath);
		return path === null ? null : this.vault.getFileByPath(path);
	}
}

function parseCache(text: string): CachedMetadata {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return {};
	try {
		const data = parseYaml(info.frontmatter);
		return data && typeof data === 'object' ? { frontmatter: data as Record<string, unknown> } : {};
	} catch {
		return {};
	}
}

export class FileManager {
	/** Test helper: the user's "Default location for new notes" (Settings → Files and links). */
	newFileLocation__: { kind: 'root' } | { kind: 'current' } | { kind: 'folder'; path: string } = { kind: 'root' };

	constructor(private readonly vault: Vault) {}

	/** The folder a new note goes to by the user's preference; the root when that folder is gone, as Obsidian does. */
	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const location = this.newFileLocation__;
		const root = this.vault.getRoot();
		if (location.kind === 'folder') return this.vault.getFolderByPath(location.path) ?? root;
		if (location.kind === 'current') return this.vault.getFileByPath(sourcePath)?.parent ?? root;
		return root;
	}

	/**
	 * As Obsidian's: parses the frontmatter (throwing on YAML it cannot read), lets `fn` change
	 * it, and writes the whole block back re-serialised: key order kept, comments gone, flow
	 * lists as block lists, an unquoted `[[x]]` (a list in a list) as `- - - x`.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.vault.process(file, (text) => {
			const info = getFrontMatterInfo(text);
			const data = info.exists ? readFrontmatterData(info.frontmatter) : {};
			fn(data);
			const yaml = writeFrontmatterData(data);
			const body = info.exists ? text.slice(info.contentStart) : text;
			return `---\n${yaml}---\n${body}`;
		});
	}
}
