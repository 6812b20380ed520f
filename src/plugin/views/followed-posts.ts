import { TFile, type App, type ItemView } from 'obsidian';
import type { PostIndex } from '../post-index';

/**
 * The vault's posts as items of a view (a report row, a board card), kept in
 * step with the vault: the metadata cache says which notes are posts, a change
 * marks its note, and the next update rebuilds only the marked notes' items.
 * A note that is no longer a post, or is gone, loses its item.
 */
export class FollowedPosts<Item> {
	/** Path → item. */
	readonly items = new Map<string, Item>();
	private readonly changed = new Set<string>();

	/** `build` makes a post's item, or says null for a note that names no profile. */
	constructor(private readonly app: App, private readonly index: PostIndex, private readonly build: (file: TFile) => Promise<Item | null>) {}

	/**
	 * Follows the index's changes for `view`'s lifetime, calling `schedule` for
	 * each (the view debounces its update); a renamed post forgets its old path.
	 */
	follow(view: ItemView, schedule: () => void): void {
		this.index.subscribe(view, (file, oldPath) => {
			if (oldPath !== undefined) {
				this.items.delete(oldPath);
				this.changed.delete(oldPath);
			}
			this.changed.add(file.path);
			schedule();
		});
	}

	/** Marks a note to be rebuilt by the next update (after the view itself wrote to it). */
	markChanged(path: string): void {
		this.changed.add(path);
	}

	/** Every post, afresh. */
	async loadAll(): Promise<void> {
		this.changed.clear();
		this.items.clear();
		for (const file of this.index.posts()) {
			const item = await this.build(file);
			if (item !== null) this.items.set(file.path, item);
		}
	}

	/** Rebuilds the items of the notes marked since the last look; returns how many there were. */
	async updateChanged(): Promise<number> {
		const paths = [...this.changed];
		this.changed.clear();
		for (const path of paths) {
			const file = this.app.vault.getFileByPath(path);
			await this.rebuild(path, file instanceof TFile && this.index.isPost(file) ? file : null);
		}
		return paths.length;
	}

	values(): Item[] {
		return [...this.items.values()];
	}

	private async rebuild(path: string, file: TFile | null): Promise<void> {
		const item = file ? await this.build(file) : null;
		if (item === null) this.items.delete(path);
		else this.items.set(path, item);
	}
}

/** Opens a note from a view without ever replacing the view itself: when the workspace offers its leaf, a tab beside it. */
export async function openNoteBeside(view: ItemView, path: string): Promise<void> {
	const file = view.app.vault.getFileByPath(path);
	if (!file) return;
	let leaf = view.app.workspace.getLeaf(false);
	if (leaf === view.leaf) leaf = view.app.workspace.getLeaf('tab');
	await leaf.openFile(file);
}
