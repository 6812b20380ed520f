import PostwrightPlugin from '../../src/main';
import { App, createApp__, MarkdownView, Modal, Notice, resetUi__, runCommand__, type TFile } from './obsidian-stub';

/** Loads the plugin into a stand-in Obsidian whose vault holds `files`, as Obsidian would at startup. */
export async function loadPlugin(files: Record<string, string> = {}, savedData: unknown = null): Promise<{ app: App; plugin: PostwrightPlugin }> {
	resetUi__();
	const app = createApp__(files);
	const plugin = new PostwrightPlugin(app as never, { id: 'postwright', name: 'Postwright', version: '0.1.0' } as never);
	const stub = plugin as unknown as { savedData__: unknown; loaded: boolean };
	stub.savedData__ = savedData;
	stub.loaded = true;
	await plugin.onload();
	app.workspace.finishLayout__();
	return { app, plugin };
}

/** Opens `path` in an editor tab and makes it active. */
export async function openInEditor(app: App, path: string): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	const leaf = app.workspace.getLeaf('tab');
	await leaf.openFile(file);
	return leaf.view as MarkdownView;
}

export function run(plugin: PostwrightPlugin, id: string): Promise<boolean> {
	return runCommand__(plugin as never, id);
}

export function lastNotice(): string {
	return Notice.shown__[Notice.shown__.length - 1] ?? '';
}

export function openModal<T>(): T {
	const modal = Modal.open__[Modal.open__.length - 1];
	if (!modal) throw new Error('no modal open');
	return modal as unknown as T;
}

/** Lets pending promise callbacks (async command bodies) finish. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function textOf(app: App, file: TFile | string): string {
	const text = app.vault.textOf__(typeof file === 'string' ? file : file.path);
	if (text === null) throw new Error(`no file ${String(file)}`);
	return text;
}
