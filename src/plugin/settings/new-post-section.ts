import { cleanFolder } from '../settings';
import type { SettingsSection } from './descriptors';

/** Where new posts go and what they start from. */
export function newPostSection(): SettingsSection {
	return {
		heading: 'New posts',
		settings: [
			{
				key: 'postsFolder',
				kind: 'folder',
				name: 'Posts folder',
				desc: 'Where new posts are created. Leave empty to use the default location for new notes (Files and links settings).',
				placeholder: 'Posts',
				read: (settings) => settings.postsFolder,
				write: (settings, value) => { settings.postsFolder = cleanFolder(value); },
			},
			{
				key: 'fileNamePattern',
				kind: 'text',
				name: 'File name pattern',
				desc: '{{name}} is the snake_case slug of the title, {{date}} today. An existing file is never replaced: _2, _3… is added.',
				placeholder: '{{name}}',
				read: (settings) => settings.fileNamePattern,
				write: (settings, value) => { settings.fileNamePattern = value.trim() || '{{name}}'; },
			},
			{
				key: 'templatePath',
				kind: 'file',
				name: 'Template note',
				desc: 'A note in the vault to copy for new posts, with {{title}}, {{name}} and {{date}} filled in. Leave empty for the built-in template.',
				placeholder: 'Templates/post',
				read: (settings) => settings.templatePath,
				write: (settings, value) => { settings.templatePath = value.trim(); },
			},
			{
				key: 'bumpLastUpdated',
				kind: 'toggle',
				name: 'Bump last_updated on change',
				desc: 'Set last_updated to today when you pause after typing in a post. Changes that arrive through sync never count.',
				read: (settings) => settings.bumpLastUpdated,
				write: (settings, value) => { settings.bumpLastUpdated = value; },
			},
		],
	};
}
