import { Plugin } from 'obsidian';

/** Postwright's plugin entry: wiring only; see src/plugin/. */
export default class PostwrightPlugin extends Plugin {
	override async onload(): Promise<void> {
		// Commands, views and settings are registered by the plugin modules.
	}
}
