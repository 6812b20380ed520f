import type { App, PaneType, WorkspaceLeaf } from 'obsidian';

/**
 * Shows the view of `type`: the open one if any, else a new one in the right sidebar (or a
 * tab). The leaf is loaded if it was deferred (Obsidian 1.7.2+ restores background views
 * deferred), so the caller finds the real view in `leaf.view`; check it with instanceof.
 */
export async function revealView(app: App, type: string, where: 'right' | PaneType = 'right'): Promise<WorkspaceLeaf | null> {
	let leaf = app.workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = where === 'right' ? app.workspace.getRightLeaf(false) : app.workspace.getLeaf(where);
		if (!leaf) return null;
		await leaf.setViewState({ type, active: true });
	}
	await app.workspace.revealLeaf(leaf);
	await leaf.loadIfDeferred();
	return leaf;
}
