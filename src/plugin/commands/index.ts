import type { PostwrightHost } from '../host';
import { CHECKLIST_VIEW_TYPE } from '../view-types';
import { registerCheckCommands } from './check';
import { registerInsertTemplate } from './insert-template';
import { registerMarkPublished } from './mark-published';
import { registerNewPost } from './new-post';
import { registerNotesMetrics } from './notes-metrics';

/** Every command, with its stable id. None has a default hotkey: the user picks those. */
export function registerCommands(host: PostwrightHost): void {
	registerNewPost(host);
	registerInsertTemplate(host);
	host.addCommand({
		id: 'open-checklist',
		name: 'Open checklist',
		checkCallback: (checking) => {
			if (!host.hasView(CHECKLIST_VIEW_TYPE)) return false;
			if (!checking) void host.activateChecklist();
			return true;
		},
	});
	registerCheckCommands(host);
	registerMarkPublished(host);
	registerNotesMetrics(host);
}
