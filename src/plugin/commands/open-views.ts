import type { App, PaneType } from 'obsidian';

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
