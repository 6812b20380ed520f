import { TFile, parseYaml, type App, type Editor } from 'obsidian';
import { analyze, type Analysis } from '../core/analyze';
import type { CheckConfig } from '../core/config';
import { localDate } from '../core/dates';
import { applyEdits, currentEdits } from '../core/fix';
import { createNotePath } from '../core/links/path-resolver';
import { profileRegistry, type Profile } from '../core/profiles';
import type { Finding, TextEdit } from '../core/types';
import { ObsidianLinkResolver } from './obsidian-resolver';
import { PostIndex } from './post-index';
import type { PostwrightSettings } from './settings';
import { ensureFolder } from './scaffold';

export type { Analysis } from '../core/analyze';

/**
 * The one place the plugin analyses notes: the commands, the status bar and
 * the sidebar all go through it, so they see the same settings, the same
 * YAML parser (Obsidian's) and the same link resolution.
 */
export class PostService {
	readonly resolver: ObsidianLinkResolver;
	readonly index: PostIndex;
	/** Who redraws when the settings change (the checklist, the status bar). */
	private readonly settingsListeners = new Set<() => void>();
	/** The sidebar, the status bar and the commands often ask about the same text in a row. */
	private last: { path: string; text: string; today: string; analysis: Analysis } | null = null;

	constructor(private readonly app: App, private readonly getSettings: () => PostwrightSettings) {
		this.resolver = new ObsidianLinkResolver(app);
		this.index = new PostIndex(app, (type) => profileRegistry(this.config.profiles).has(type));
	}

	get config(): CheckConfig {
		return this.getSettings().check;
	}

	/** Today as the author sees it, `YYYY-MM-DD`. */
	today(): string {
		return localDate(new Date());
	}

	/** Analyses a note's text (an editor's, unsaved changes included) as the file `file`. */
	analyzeText(text: string, file: TFile): Analysis {
		const today = this.today();
		const last = this.last;
		if (last && last.path === file.path && last.text === text && last.today === today) return last.analysis;
		const analysis = analyze(text, { path: file.path, parseYaml, today, resolver: this.resolver, config: this.config });
		this.last = { path: file.path, text, today, analysis };
		return analysis;
	}

	async analyzeFile(file: TFile): Promise<Analysis> {
		return this.analyzeText(await this.app.vault.cachedRead(file), file);
	}

	/** A cheap check from Obsidian's metadata cache: a Markdown note whose `node_type` names a profile. */
	isPost(file: TFile | null): file is TFile {
		return file !== null && this.index.isPost(file);
	}

	/** The profile a note's cached `node_type` names, from the metadata cache (no read). */
	profileOf(file: TFile): Profile | undefined {
		const type: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.node_type;
		return typeof type === 'string' ? profileRegistry(this.config.profiles).get(type.trim()) : undefined;
	}

	/** Forget the cached analysis (a file appeared, vanished or moved). */
	reset(): void {
		this.last = null;
	}

	/** The settings changed: forget the cached analysis and let every view redraw. */
	settingsChanged(): void {
		this.last = null;
		for (const listener of [...this.settingsListeners]) listener();
	}

	/** Calls `listener` after each settings change, until `owner` unloads. */
	onSettingsChange(owner: { register(cleanup: () => unknown): void }, listener: () => void): void {
		this.settingsListeners.add(listener);
		owner.register(() => this.settingsListeners.delete(listener));
	}

	/**
	 * Applies a finding's fix to the note in its editor (one undo step) or, for a
	 * note open nowhere, to its file (Vault.process). The finding is looked up
	 * again in the current text by rule and position, mapped from `basis` (the
	 * text it was found in), so a fix computed before the author typed more never
	 * lands on the wrong offsets; false when it no longer applies.
	 */
	async applyFix(target: Editor | TFile, finding: Finding, file: TFile, basis?: string): Promise<boolean> {
		const fix = finding.fix;
		if (!fix) return false;
		if (fix.kind === 'create-note') return this.createNote(fix.linkpath, file.path);
		if (!(target instanceof TFile)) {
			const edits = this.currentEdits(target.getValue(), file, finding, basis);
			if (!edits) return false;
			target.transaction({ changes: edits.map((edit) => ({ from: target.offsetToPos(edit.from), to: target.offsetToPos(edit.to), text: edit.insert })) });
			return true;
		}
		let applied = false;
		await this.app.vault.process(target, (text) => {
			const edits = this.currentEdits(text, target, finding, basis);
			if (!edits) return text;
			applied = true;
			return applyEdits(text, edits);
		});
		return applied;
	}

	private currentEdits(text: string, file: TFile, finding: Finding, basis?: string): TextEdit[] | null {
		return currentEdits(this.analyzeText(text, file).findings, finding, basis === undefined ? undefined : { before: basis, after: text });
	}

	/**
	 * Creates the note an unresolved link names; an existing file is left alone. A bare
	 * name goes where the user's "Default location for new notes" says; a link with a
	 * folder (`[[notes/x]]`, `[[./x]]`) names its place itself.
	 */
	private async createNote(linkpath: string, sourcePath: string): Promise<boolean> {
		const named = createNotePath(linkpath, sourcePath);
		const bare = !linkpath.split(/[#|]/, 1)[0]!.includes('/');
		const parent = bare ? this.app.fileManager.getNewFileParent(sourcePath, named).path : '';
		const path = bare && parent !== '/' && parent !== '' ? `${parent}/${named}` : named;
		if (named === '' || this.app.vault.getAbstractFileByPath(path)) return false;
		await ensureFolder(this.app, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
		try {
			await this.app.vault.create(path, '');
		} catch (error) {
			// Appeared meanwhile (a sync): nothing to create. Anything else is for the author to hear.
			if (this.app.vault.getAbstractFileByPath(path)) return false;
			throw error;
		}
		this.resolver.invalidate();
		this.reset();
		return true;
	}
}
