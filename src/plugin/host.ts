import type { App, Command } from 'obsidian';
import type { PostService } from './post-service';
import type { PostwrightSettings } from './settings';

/** What the commands, modals and settings tab need from the plugin, so they do not import main.ts. */
export interface PostwrightHost {
	readonly app: App;
	settings: PostwrightSettings;
	readonly posts: PostService;
	saveSettings(): Promise<void>;
	addCommand(command: Command): Command;
	activateChecklist(): Promise<void>;
	openVaultReport(): Promise<void>;
}
