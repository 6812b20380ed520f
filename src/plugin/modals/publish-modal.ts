import { Modal, Setting, type App } from 'obsidian';
import { isValidDate } from '../../core/rules/field-type';
import { runAction } from '../run-action';
import { isSubmitKey } from './submit-key';

/** `https://` and a host: what the `link` field accepts. Empty is allowed: the link may come later. */
export function validateLink(value: string): string | null {
	const link = value.trim();
	if (link === '') return null;
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		return 'Expected an address starting with https://';
	}
	if (url.protocol !== 'https:') return 'Expected an address starting with https://';
	if (!url.hostname.includes('.')) return 'The link needs a full host name, such as www.linkedin.com';
	return null;
}

/** A calendar date, today or before: a post cannot have gone out tomorrow. */
export function validatePublishedDate(value: string, today: string): string | null {
	const date = value.trim();
	if (!isValidDate(date)) return 'Enter the date it went out, as YYYY-MM-DD.';
	if (date > today) return `That is after today (${today}): a post planned for later is scheduled.`;
	return null;
}

export interface PublishDetails {
	/** `YYYY-MM-DD`, today or earlier. */
	date: string;
	/** The post's address, or '' when it is not known yet. */
	link: string;
}

/**
 * Mark as published: the date it went out (today unless changed; a past date
 * is fine) and its link, which may be left empty and added later (the check
 * then warns until it is set). `onSubmit` runs only with valid values.
 */
export class PublishModal extends Modal {
	link: string;
	date: string;
	private errorEl: HTMLElement | null = null;
	private submitting: Promise<boolean> | null = null;

	constructor(app: App, initial: PublishDetails, private readonly today: string, private readonly onSubmit: (details: PublishDetails) => unknown) {
		super(app);
		this.link = initial.link;
		this.date = initial.date;
	}

	override onOpen(): void {
		this.setTitle('Mark as published');
		new Setting(this.contentEl)
			.setName('Published on')
			.addText((text) => {
				text.inputEl.type = 'date';
				text.inputEl.max = this.today;
				text.setValue(this.date).onChange((value) => {
					this.date = value;
				});
			});
		new Setting(this.contentEl)
			.setName('Link to the published post')
			.setDesc('May be left empty and added later.')
			.addText((text) => {
				text.setPlaceholder('Address of the published post').setValue(this.link).onChange((value) => {
					this.link = value;
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
		const problem = validatePublishedDate(this.date, this.today) ?? validateLink(this.link);
		if (problem) {
			this.errorEl?.setText(problem);
			return false;
		}
		this.close();
		await this.onSubmit({ date: this.date.trim(), link: this.link.trim() });
		return true;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
