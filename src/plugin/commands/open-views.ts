import { Notice, type App, type PaneType } from 'obsidian';
import { plural, severityCounts } from '../../core/counts';
import type { PostService } from '../post-service';

/** Shows the view of `type`: the open one if any, else a new one in the right sidebar (or a tab). */
export async function revealView(app: App, type: string, where: 'right' | PaneType = 'right'): Promise<void> {
	let leaf = app.workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = where === 'right' ? app.workspace.getRightLeaf(false) : app.workspace.getLeaf(where);
		if (!leaf) return;
		await leaf.setViewState({ type, active: true });
	}
	await app.workspace.revealLeaf(leaf);
}

export interface VaultSummary {
	posts: number;
	errors: number;
	warnings: number;
	/** Posts with at least one error. */
	failing: number;
}

/** Every post of the vault analysed from its saved text. */
export async function summariseVault(app: App, posts: PostService): Promise<VaultSummary> {
	const summary: VaultSummary = { posts: 0, errors: 0, warnings: 0, failing: 0 };
	for (const file of app.vault.getMarkdownFiles()) {
		const analysis = await posts.analyzeFile(file);
		if (!analysis.profile) continue;
		summary.posts++;
		const counts = severityCounts(analysis.findings);
		summary.errors += counts.error;
		summary.warnings += counts.warning;
		if (counts.error > 0) summary.failing++;
	}
	return summary;
}

export async function showVaultSummary(app: App, posts: PostService): Promise<void> {
	const s = await summariseVault(app, posts);
	if (s.posts === 0) {
		new Notice('Postwright found no posts in this vault (notes whose node_type names a profile).');
		return;
	}
	new Notice(`${plural(s.posts, 'post')}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}; ${plural(s.failing, 'post')} with errors.`);
}
