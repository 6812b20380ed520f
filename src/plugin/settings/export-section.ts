import type { SettingsSection } from './descriptors';

/** How Copy for LinkedIn turns the post's Markdown into text. */
export function exportSection(): SettingsSection {
	return {
		heading: 'Copy for LinkedIn',
		settings: [
			{
				key: 'copyBold',
				kind: 'dropdown',
				name: 'Bold text',
				desc: 'What **bold** becomes when a post is copied. Screen readers spell Unicode bold out letter by letter.',
				options: { plain: 'Plain text', unicode: 'Unicode bold' },
				read: (settings) => settings.copyBold,
				write: (settings, value) => { settings.copyBold = value === 'unicode' ? 'unicode' : 'plain'; },
			},
		],
	};
}
