import { Plugin } from 'obsidian';
import { registerCommands } from './plugin/commands';
import { revealView } from './plugin/commands/open-views';
import type { PostwrightHost } from './plugin/host';
import { watchLastUpdated } from './plugin/last-updated';
import { PostService } from './plugin/post-service';
import { DEFAULT_SETTINGS, sanitiseSettings, type PostwrightSettings } from './plugin/settings';
import { PostwrightSettingTab } from './plugin/settings-tab';
import { CHECKLIST_VIEW_TYPE, VAULT_REPORT_VIEW_TYPE } from './plugin/view-types';
import { registerViews as registerSidebarViews } from './plugin/views/register-views';
import { VaultReportView } from './plugin/views/vault-report-view';

/** Postwright's plugin entry: wiring only; the behaviour lives in src/plugin/. */
export default class PostwrightPlugin extends Plugin implements PostwrightHost {
	override settings: PostwrightSettings = DEFAULT_SETTINGS;
	posts!: PostService;

	override async onload(): Promise<void> {
		this.settings = sanitiseSettings(await this.loadData());
		this.posts = new PostService(this.app, () => this.settings);
		this.registerViews();
		registerCommands(this);
		this.addSettingTab(new PostwrightSettingTab(this.app, this));
		// Nothing vault-wide before the layout is ready: startup stays fast, and no "create" storm reaches us.
		this.app.workspace.onLayoutReady(() => this.onLayoutReady());
	}

	private onLayoutReady(): void {
		const invalidate = (): void => {
			this.posts.resolver.invalidate();
			this.posts.reset();
		};
		this.registerEvent(this.app.vault.on('create', invalidate));
		this.registerEvent(this.app.vault.on('delete', invalidate));
		this.registerEvent(this.app.vault.on('rename', invalidate));
		watchLastUpdated(this);
	}

	/** The sidebar's views (checklist, vault report) are registered here. */
	registerViews(): void {
		registerSidebarViews(this, this.posts);
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.posts.settingsChanged();
	}

	async activateChecklist(): Promise<void> {
		await revealView(this.app, CHECKLIST_VIEW_TYPE);
	}

	/** Shows the vault report and checks the vault again (an open report refreshes). */
	async openVaultReport(): Promise<void> {
		// A report that opens (or loads from deferred) now checks by itself once the layout is ready.
		const open = this.app.workspace.getLeavesOfType(VAULT_REPORT_VIEW_TYPE).find((leaf) => !leaf.isDeferred);
		const leaf = await revealView(this.app, VAULT_REPORT_VIEW_TYPE, 'tab');
		if (open && leaf === open && leaf.view instanceof VaultReportView) await leaf.view.refresh();
	}
}
