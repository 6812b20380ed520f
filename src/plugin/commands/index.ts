import type { PostwrightHost } from '../host';
import { runAction } from '../run-action';
import { registerCheckCommands } from './check';
import { registerCopyForLinkedIn } from './copy-for-linkedin';
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
		callback: () => runAction('Could not open the checklist', () => host.activateChecklist()),
	});
	registerCheckCommands(host);
	registerMarkPublished(host);
	registerNotesMetrics(host);
	registerCopyForLinkedIn(host);
}
