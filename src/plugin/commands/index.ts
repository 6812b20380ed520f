import type { PostwrightHost } from '../host';
import { runAction } from '../run-action';
import { BOARD_VIEW_TYPE } from '../view-types';
import { revealView } from './open-views';
import { registerCheckCommands } from './check';
import { registerChooseHook } from './choose-hook';
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
	registerChooseHook(host);
	host.addCommand({
		id: 'open-board',
		name: 'Open board',
		callback: () => runAction('Could not open the board', () => revealView(host.app, BOARD_VIEW_TYPE, 'tab')),
	});
}
