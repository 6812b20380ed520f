/**
 * What the panel shows when there is nothing to check: no Markdown note is
 * active, or the active note is not a post (no `node_type` naming a profile).
 */
import { child, setText } from './dom';

export type EmptyState = { kind: 'no-note' } | { kind: 'not-a-post'; fileName: string; profiles: readonly string[] };

export class NotAPostRenderer {
	readonly root: HTMLElement;
	private readonly title: HTMLElement;
	private readonly explanation: HTMLElement;
	private readonly button: HTMLButtonElement;

	constructor(parent: HTMLElement, onInsertTemplate: () => void) {
		this.root = child(parent, 'div', 'postwright-not-a-post');
		this.title = child(this.root, 'div', 'postwright-not-a-post-title');
		this.explanation = child(this.root, 'p', 'postwright-muted');
		this.button = child(this.root, 'button', 'mod-cta postwright-insert-template', 'Insert post template');
		this.button.type = 'button';
		this.button.addEventListener('click', () => onInsertTemplate());
	}

	update(state: EmptyState): void {
		if (state.kind === 'no-note') {
			setText(this.title, 'No post open');
			setText(this.explanation, 'Open a post note to see its checklist, hook meters and feed preview.');
			this.button.hidden = true;
			return;
		}
		const names = state.profiles.join(', ');
		setText(this.title, `${state.fileName} is not a post`);
		setText(this.explanation, `Postwright checks notes whose frontmatter has node_type set to a post profile (${names}). Insert the template to add the fields and sections this note lacks; nothing already written is removed.`);
		this.button.hidden = false;
	}
}
