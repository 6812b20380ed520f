import { debounce, ItemView, MarkdownView, Notice, setIcon, TFile, type WorkspaceLeaf } from 'obsidian';
import { notesWorkflow, type Analysis } from '../../core/analyze';
import { linkpathOf, parseWikilink } from '../../core/links/wikilink';
import { profileRegistry, wikilinkEntries } from '../../core/profiles';
import type { Finding } from '../../core/types';
import { useHook } from '../commands/choose-hook';
import { copyForLinkedIn } from '../commands/copy-for-linkedin';
import { applyInEditor, templateEdits } from '../commands/insert-template';
import type { PostwrightHost } from '../host';
import { revealPosition } from '../note-editor';
import { runAction } from '../run-action';
import { CHECKLIST_VIEW_TYPE } from '../view-types';
import type { JudgementItem } from './judgement-items';
import { PostPanel } from './post-panel';

/** How long typing must pause before the panel follows: the analysis is cheap, redrawing on every key is not worth it. */
export const LIVE_UPDATE_MS = 300;

/**
 * The sidebar checklist of the active post. It reads the editor's text, not
 * the saved file, so it follows typing; every update patches the panel in
 * place. Its events are registered in onOpen on the view itself, so a closed
 * checklist has no listener left and costs nothing.
 */
export class ChecklistView extends ItemView {
	private panel: PostPanel | null = null;
	/** The Markdown view whose note is shown; kept while the sidebar itself has focus. */
	private target: MarkdownView | null = null;
	private analysis: Analysis | null = null;
	private readonly refreshSoon = debounce(() => this.refresh(), LIVE_UPDATE_MS, true);

	constructor(leaf: WorkspaceLeaf, private readonly host: PostwrightHost) {
		super(leaf);
	}

	override getViewType(): string {
		return CHECKLIST_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return 'Postwright checklist';
	}

	override getIcon(): string {
		return 'list-checks';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('postwright-view');
		this.panel = new PostPanel(this.contentEl, {
			onJump: (finding) => runAction('Could not go to the problem', () => this.jumpTo(finding)),
			onFix: (finding) => runAction('Could not apply the fix', () => this.fix(finding)),
			onToggleTask: (item, checked) => runAction('Could not update the item', () => this.toggleTask(item, checked)),
			onInsertTemplate: () => runAction('Could not insert the template', () => this.insertTemplate()),
			onUseHook: (name) => runAction('Could not change the hook', () => this.useHook(name)),
			onCopy: () => runAction('Could not copy the post', () => this.copy()),
		});
		const { workspace, metadataCache } = this.app;
		this.registerEvent(workspace.on('editor-change', () => this.refreshSoon()));
		this.registerEvent(workspace.on('active-leaf-change', () => this.refresh()));
		this.registerEvent(workspace.on('file-open', () => this.refresh()));
		// Linked notes appearing or vanishing change what resolves; the note's own saved changes matter in reading view.
		this.registerEvent(metadataCache.on('resolved', () => this.refreshSoon()));
		this.registerEvent(metadataCache.on('changed', (file) => {
			if (file.path === this.target?.file?.path || this.linksTo(file)) this.refreshSoon();
		}));
		// A renamed note keeps its view, but its name (and the name-matches-file rule) changed.
		this.registerEvent(this.app.vault.on('rename', (file) => {
			if (file instanceof TFile && file === this.target?.file) this.refresh();
		}));
		this.host.posts.onSettingsChange(this, () => this.refresh());
		this.register(() => this.refreshSoon.cancel());
		// A checklist restored at start-up waits for the layout: link resolution would otherwise index a vault still loading.
		this.app.workspace.onLayoutReady(() => this.refresh());
	}

	override async onClose(): Promise<void> {
		this.refreshSoon.cancel();
		this.panel = null;
		this.target = null;
		this.analysis = null;
	}

	/** Re-reads the target note's editor text and patches the panel. */
	refresh(): void {
		if (!this.panel) return;
		const view = this.currentTarget();
		const file = view?.file ?? null;
		if (!view || !file) {
			this.analysis = null;
			this.panel.showEmpty({ kind: 'no-note' });
		} else {
			this.analysis = this.host.posts.analyzeText(view.editor.getValue(), file);
			const profiles = [...profileRegistry(this.host.settings.check.profiles).keys()];
			this.panel.showAnalysis(this.analysis, file.basename, profiles);
		}
		this.drawIcons();
	}

	/**
	 * The active Markdown view; while another view (this sidebar, a graph) has
	 * focus, the one shown before, as long as it is still open; else any open note.
	 */
	private currentTarget(): MarkdownView | null {
		const { workspace } = this.app;
		const active = workspace.getActiveViewOfType(MarkdownView);
		if (active) return (this.target = active);
		// Deferred leaves (background tabs, Obsidian 1.7.2+) hold no MarkdownView: instanceof skips them.
		const open = workspace.getLeavesOfType('markdown').map((leaf) => leaf.view).filter((view): view is MarkdownView => view instanceof MarkdownView);
		if (this.target && open.includes(this.target)) return this.target;
		const activeFile = workspace.getActiveFile();
		return (this.target = open.find((view) => view.file !== null && view.file === activeFile) ?? open.find((view) => view.file !== null) ?? null);
	}

	/** Whether a link in one of the shown post's wikilink-list fields resolves to `file`. */
	private linksTo(file: TFile): boolean {
		const analysis = this.analysis;
		const source = this.target?.file;
		if (!analysis?.profile || !source) return false;
		return wikilinkEntries(analysis.profile, analysis.post.frontmatter.data).some((entry) => {
			const link = typeof entry === 'string' ? parseWikilink(entry.trim()) : null;
			return link !== null && this.host.posts.resolver.resolve(linkpathOf(link), source.path) === file.path;
		});
	}

	/** Obsidian's icons for the slots the panel leaves; a slot is refilled only when its icon changed. */
	private drawIcons(): void {
		for (const slot of Array.from(this.contentEl.querySelectorAll<HTMLElement>('[data-icon]'))) {
			const name = slot.dataset.icon;
			if (name && slot.dataset.drawn !== name) {
				setIcon(slot, name);
				slot.dataset.drawn = name;
			}
		}
	}

	/** In Reading view the rendered note scrolls to the line; in editing views the cursor goes there. */
	private jumpTo(finding: Finding): void {
		const view = this.currentTarget();
		if (!view) return;
		revealPosition(this.app, view, { line: finding.line - 1, ch: finding.column - 1 });
	}

	/**
	 * Through PostService.applyFix: one editor transaction (one undo step), or a new note for an
	 * unresolved link. The finding is found again in the editor's text now by its rule and its
	 * position, mapped from the text the panel showed, so typing since then does not void it.
	 */
	private async fix(finding: Finding): Promise<void> {
		const view = this.currentTarget();
		if (!view?.file) return;
		const basis = this.analysis?.post.source.text;
		const applied = await this.host.posts.applyFix(view.editor, finding, view.file, basis);
		if (!applied) new Notice('That fix no longer applies: the note changed. The checklist now shows what is left.');
		this.refresh();
	}

	/** Re-reads the note first: the item's offsets may be a keystroke old while an update is pending. */
	private toggleTask(item: JudgementItem, checked: boolean): void {
		const view = this.currentTarget();
		if (!view?.file) return;
		const analysis = this.host.posts.analyzeText(view.editor.getValue(), view.file);
		const current = notesWorkflow(analysis).judgementItems.find((candidate) => candidate.label === item.label);
		if (!current?.toggle || current.checked === checked) return;
		applyInEditor(view.editor, [current.toggle]);
		this.refresh();
	}

	/** Choose hook from a meter's button: one transaction in the note's editor. */
	private useHook(name: string): void {
		const view = this.currentTarget();
		if (!view?.file) return;
		useHook(this.host, view.editor, view.file, name);
		this.refresh();
	}

	private async copy(): Promise<void> {
		const view = this.currentTarget();
		if (view?.file) await copyForLinkedIn(this.host, view.editor.getValue(), view.file);
	}

	private insertTemplate(): void {
		const view = this.currentTarget();
		if (!view?.file) return;
		const edits = templateEdits(this.host, view.editor.getValue(), view.file);
		if (edits.length > 0) applyInEditor(view.editor, edits);
		this.refresh();
	}
}
