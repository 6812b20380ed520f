import { TFile, parseYaml, type App, type Editor } from 'obsidian';
import { analyze, type Analysis } from '../core/analyze';
import type { CheckConfig } from '../core/config';
import { localDate } from '../core/dates';
import { applyEdits, currentEdits } from '../core/fix';
import { createNotePath } from '../core/links/path-resolver';
import { profileRegistry } from '../core/profiles';
import type { Finding, TextEdit } from '../core/types';
import { ObsidianLinkResolver } from './obsidian-resolver';
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
	/** The sidebar, the status bar and the commands often ask about the same text in a row. */
	private last: { path: string; text: string; today: string; analysis: Analysis } | null = null;

	constructor(private readonly app: App, private readonly getSettings: () => PostwrightSettings) {
		this.resolver = new ObsidianLinkResolver(app);
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
		if (!file || file.extension !== 'md') return false;
		const type: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.node_type;
		return typeof type === 'string' && profileRegistry(this.config.profiles).has(type.trim());
	}

	/** Forget the cached analysis (the settings changed). */
	reset(): void {
		this.last = null;
	}

	/**
	 * Applies a finding's fix to the note in an editor (one undo step) or to a
	 * file (Vault.process). The finding is looked up again in the current text,
	 * so a fix computed before the author typed more never lands on the wrong
	 * offsets; false when it no longer applies.
	 */
	async applyFix(target: Editor | TFile, finding: Finding, file?: TFile | null): Promise<boolean> {
		const fix = finding.fix;
		if (!fix) return false;
		const source = target instanceof TFile ? target : file ?? this.app.workspace.getActiveFile();
		if (!source) return false;
		if (fix.kind === 'create-note') return this.createNote(fix.linkpath, source.path);
		if (!(target instanceof TFile)) {
			const edits = this.currentEdits(target.getValue(), source, finding);
			if (!edits) return false;
			target.transaction({ changes: edits.map((edit) => ({ from: target.offsetToPos(edit.from), to: target.offsetToPos(edit.to), text: edit.insert })) });
			return true;
		}
		let applied = false;
		await this.app.vault.process(target, (text) => {
			const edits = this.currentEdits(text, target, finding);
			if (!edits) return text;
			applied = true;
			return applyEdits(text, edits);
		});
		return applied;
	}

	private currentEdits(text: string, file: TFile, finding: Finding): TextEdit[] | null {
		return currentEdits(this.analyzeText(text, file).findings, finding);
	}

	/** Creates the note an unresolved link names; an existing file is left alone. */
	private async createNote(linkpath: string, sourcePath: string): Promise<boolean> {
		const path = createNotePath(linkpath, sourcePath);
		if (path === '' || this.app.vault.getAbstractFileByPath(path)) return false;
		await ensureFolder(this.app, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
		try {
			await this.app.vault.create(path, '');
		} catch {
			return false;
		}
		this.resolver.invalidate();
		this.reset();
		return true;
	}
}
