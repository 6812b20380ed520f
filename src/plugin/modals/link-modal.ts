import { Modal, Setting, type App } from 'obsidian';
import { runAction } from '../run-action';
import { isSubmitKey } from './submit-key';

/** `https://` and a host: what the `link` field accepts. */
export function validateLink(value: string): string | null {
	const link = value.trim();
	if (link === '') return 'Enter the address of the published post.';
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		return 'That is not a web address; expected one starting with https://';
	}
	if (url.protocol !== 'https:') return 'The link must start with https://';
	if (!url.hostname.includes('.')) return 'The link needs a full host name, such as www.linkedin.com';
	return null;
}

/** Asks for the published post's link; `onSubmit` runs only with a valid one. */
export class LinkModal extends Modal {
	private value: string;
	private errorEl: HTMLElement | null = null;
	private submitting: Promise<boolean> | null = null;

	constructor(app: App, initial: string, private readonly onSubmit: (link: string) => unknown) {
		super(app);
		this.value = initial;
	}

	override onOpen(): void {
		this.setTitle('Mark as published');
		new Setting(this.contentEl)
			.setName('Link to the published post')
			.addText((text) => {
				text.setPlaceholder('Address of the published post').setValue(this.value).onChange((value) => {
					this.value = value;
				});
				text.inputEl.addEventListener('keydown', (event) => {
					if (isSubmitKey(event)) runAction('Could not submit the form', () => this.submit());
				});
			});
		this.errorEl = this.contentEl.createDiv({ cls: 'postwright-form-error' });
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((button) => button.setButtonText('Mark as published').setCta().onClick(() => runAction('Could not submit the form', () => this.submit())));
	}

	/** A second press while the first is under way waits for it: one submit per modal. */
	submit(): Promise<boolean> {
		this.submitting ??= this.trySubmit().finally(() => {
			this.submitting = null;
		});
		return this.submitting;
	}

	private async trySubmit(): Promise<boolean> {
		const problem = validateLink(this.value);
		if (problem) {
			this.errorEl?.setText(problem);
			return false;
		}
		this.close();
		await this.onSubmit(this.value.trim());
		return true;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
