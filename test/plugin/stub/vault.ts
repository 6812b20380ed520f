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

export class Vault extends Events {
	private contents = new Map<string, string>();
	private entries = new Map<string, TAbstractFile>();
	/** Test helper: every write, in order. */
	writes__: string[] = [];

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
		this.trigger('modify', file);
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

export class MetadataCache extends Events {
	constructor(private readonly vault: Vault) {
		super();
	}

	/** The cache is computed on demand here; Obsidian's is filled after each change, which is close enough for commands. */
	getFileCache(file: TFile): { frontmatter?: Record<string, unknown> } | null {
		const text = this.vault.textOf__(file.path);
		if (text === null) return null;
		const info = getFrontMatterInfo(text);
		if (!info.exists) return {};
		try {
			const data = parseYaml(info.frontmatter);
			return data && typeof data === 'object' ? { frontmatter: data as Record<string, unknown> } : {};
		} catch {
			return {};
		}
	}

	/** The core's PathResolver reproduces getFirstLinkpathDest as observed in Obsidian. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = new PathResolver(this.vault.getFiles().map((f) => f.path)).resolve(linkpath, sourcePath);
		return path === null ? null : this.vault.getFileByPath(path);
	}
}

export class FileManager {
	constructor(private readonly vault: Vault) {}

	/** Parses the frontmatter, lets `fn` change it in place, writes it back (key order kept; a note without one gets one). */
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
