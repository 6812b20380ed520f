import { Platform, type Plugin } from 'obsidian';
import type { PostwrightHost } from '../host';
import type { PostService } from '../post-service';
import { BOARD_VIEW_TYPE, CHECKLIST_VIEW_TYPE, VAULT_REPORT_VIEW_TYPE } from '../view-types';
import { BoardView } from './board-view';
import { ChecklistView } from './checklist-view';
import { PostStatusBar } from './status-bar';
import { VaultReportView } from './vault-report-view';

/**
 * Registers the checklist and vault report views, and on desktop the status
 * bar item. Nothing here reads the vault: the views do their work when opened.
 */
export function registerViews(plugin: Plugin & PostwrightHost, posts: PostService = plugin.posts): void {
	plugin.registerView(CHECKLIST_VIEW_TYPE, (leaf) => new ChecklistView(leaf, plugin));
	plugin.registerView(VAULT_REPORT_VIEW_TYPE, (leaf) => new VaultReportView(leaf, plugin));
	plugin.registerView(BOARD_VIEW_TYPE, (leaf) => new BoardView(leaf, plugin));
	if (!Platform.isMobile) new PostStatusBar(plugin, posts, plugin.addStatusBarItem());
}
