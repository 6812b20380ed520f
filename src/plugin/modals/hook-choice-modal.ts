import { Modal, Setting, type App } from 'obsidian';
import type { Hook } from '../../core/parse/post';

/** Lists the post's hooks, each with its opening line and a button; `onChoose` gets the letter. */
export class HookChoiceModal extends Modal {
	constructor(app: App, private readonly hooks: readonly Hook[], private readonly posted: string | null, private readonly onChoose: (name: string) => unknown) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle('Choose hook');
		for (const hook of this.hooks) {
			const first = hook.body.text.split('\n').find((line) => line.trim() !== '') ?? '';
			new Setting(this.contentEl)
				.setName(`Hook ${hook.name}${hook.name === this.posted ? ' (in use)' : ''}`)
				.setDesc(first.length > 120 ? `${first.slice(0, 120)}…` : first)
				.addButton((button) => button.setButtonText('Use this hook').onClick(() => {
					this.close();
					this.onChoose(hook.name);
				}));
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
