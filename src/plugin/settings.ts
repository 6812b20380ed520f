import type { BoldStyle } from '../core/export';
import { DEFAULT_CONFIG, type CheckConfig } from '../core/config';
import { sanitiseConfig } from '../core/config-sanitise';
import { BUILT_IN_PROFILES } from '../core/profiles';

/**
 * The plugin's saved settings. `check` is the part the core reads (shared with
 * the CLI's `.postwright.json`); the rest is about creating and editing notes.
 */
export interface PostwrightSettings {
	/** Vault folder for new posts; '' follows Obsidian's "Default location for new notes". */
	postsFolder: string;
	/** File name of a new post without `.md`: `{{name}}` (the slug) and `{{date}}`. */
	fileNamePattern: string;
	/** Vault path of a template note; '' uses the built-in template. */
	templatePath: string;
	/** Profile preselected in the New post modal. */
	defaultProfile: string;
	/** Set `last_updated` to today when a post changes. */
	bumpLastUpdated: boolean;
	/** What `**bold**` becomes in Copy for LinkedIn: plain text, or Unicode sans-serif bold letters. */
	copyBold: BoldStyle;
	check: CheckConfig;
}

export const DEFAULT_SETTINGS: PostwrightSettings = {
	postsFolder: 'Posts',
	fileNamePattern: '{{name}}',
	templatePath: '',
	defaultProfile: BUILT_IN_PROFILES[0]!.id,
	bumpLastUpdated: false,
	copyBold: 'plain',
	check: DEFAULT_CONFIG,
};

/**
 * Settings from untrusted saved data: every valid value is kept, anything
 * missing, of the wrong type or corrupt falls back to its default, so an old
 * or hand-edited data.json never stops the plugin from loading.
 */
export function sanitiseSettings(raw: unknown): PostwrightSettings {
	const data = isRecord(raw) ? raw : {};
	return {
		postsFolder: typeof data.postsFolder === 'string' ? cleanFolder(data.postsFolder) : DEFAULT_SETTINGS.postsFolder,
		fileNamePattern: typeof data.fileNamePattern === 'string' && data.fileNamePattern.trim() !== '' ? data.fileNamePattern.trim() : DEFAULT_SETTINGS.fileNamePattern,
		templatePath: typeof data.templatePath === 'string' ? data.templatePath.trim() : DEFAULT_SETTINGS.templatePath,
		defaultProfile: typeof data.defaultProfile === 'string' && /^[\w-]+$/.test(data.defaultProfile) ? data.defaultProfile : DEFAULT_SETTINGS.defaultProfile,
		bumpLastUpdated: typeof data.bumpLastUpdated === 'boolean' ? data.bumpLastUpdated : DEFAULT_SETTINGS.bumpLastUpdated,
		copyBold: data.copyBold === 'unicode' ? 'unicode' : 'plain',
		check: sanitiseConfig(data.check),
	};
}

/** A vault folder path: `/`-separated, no leading or trailing slash, no `..`. */
export function cleanFolder(folder: string): string {
	return folder.replace(/\\/g, '/').split('/').map((s) => s.trim()).filter((s) => s !== '' && s !== '.' && s !== '..').join('/');
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
