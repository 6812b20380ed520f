import { normalizePath, type App, type TFile } from 'obsidian';
import { fileNameFromPattern, nextFreeName } from '../core/template/file-name';
import { slugify } from '../core/template/slug';

/** Creating files: folders on demand, names from the pattern, and never over an existing file. */

export async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === '' || folder === '/' || app.vault.getFolderByPath(folder)) return;
	try {
		await app.vault.createFolder(folder);
	} catch (error) {
		// Another plugin or a sync may have created it in between; only a real failure counts.
		if (!app.vault.getFolderByPath(folder)) throw error;
	}
}

export interface NewFile {
	file: TFile;
	/** The base name chosen, which the note's `name` field must carry. */
	name: string;
}

/**
 * Creates `folder/<pattern>.md` with the text `render(name)` gives for the
 * chosen base name: `_2`, `_3`… are added while a file exists, and when
 * vault.create still fails because the file appeared meanwhile, the next name
 * is tried. Nothing existing is ever replaced.
 */
export async function createPostFile(app: App, options: { folder: string; pattern: string; title: string; date: string; render: (name: string) => string }): Promise<NewFile> {
	const folder = normalizeFolder(options.folder);
	await ensureFolder(app, folder);
	const base = fileNameFromPattern(options.pattern, { name: slugify(options.title), date: options.date });
	const pathOf = (name: string): string => normalizePath(folder === '' ? `${name}.md` : `${folder}/${name}.md`);
	const taken = new Set<string>();
	const exists = (name: string): boolean => taken.has(name) || app.vault.getAbstractFileByPath(pathOf(name)) !== null;
	for (let attempt = 0; attempt < 100; attempt++) {
		const name = nextFreeName(base, exists);
		try {
			const file = await app.vault.create(pathOf(name), options.render(name));
			return { file, name };
		} catch (error) {
			if (!app.vault.getAbstractFileByPath(pathOf(name))) throw error;
			taken.add(name);
		}
	}
	throw new Error(`No free file name for ${base} in ${folder || 'the vault root'}`);
}

function normalizeFolder(folder: string): string {
	const clean = normalizePath(folder.trim());
	return clean === '/' || clean === '.' ? '' : clean;
}
