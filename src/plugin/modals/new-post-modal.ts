import { Modal, Setting, type App } from 'obsidian';
import type { Profile } from '../../core/profiles';
import { slugify } from '../../core/template/slug';
import { runAction } from '../run-action';
import { isSubmitKey } from './submit-key';

export interface NewPostAnswers {
	title: string;
	profileId: string;
	/** Idea Legos answers by row label; only the rows the author filled. */
	legos: Record<string, string>;
}

/** Checks the answers before any file exists; the message says what to change. */
export function validateNewPost(answers: NewPostAnswers, profiles: readonly Profile[]): string | null {
	const title = answers.title.trim();
	if (title === '') return 'Enter a title for the post.';
	if (!/[\p{L}\p{N}]/u.test(title)) return 'The title needs at least one letter or digit to make a file name.';
	if (title.length > 200) return 'The title is longer than 200 characters; shorten it.';
	if (!profiles.some((p) => p.id === answers.profileId)) return `Unknown profile "${answers.profileId}"; pick one from the list.`;
	return null;
}

/**
 * New post: title, profile and optional Idea Legos answers in one modal.
 * `onSubmit` runs only once the answers are valid; it returns an error message
 * to show (the modal stays open) or null.
 */
export class NewPostModal extends Modal {
	answers: NewPostAnswers;
	private errorEl: HTMLElement | null = null;
	private legosEl: HTMLElement | null = null;
	private slugEl: HTMLElement | null = null;
	private submitting: Promise<boolean> | null = null;

	constructor(app: App, private readonly profiles: readonly Profile[], defaultProfile: string, private readonly onSubmit: (answers: NewPostAnswers) => Promise<string | null>) {
		super(app);
		const profileId = profiles.some((p) => p.id === defaultProfile) ? defaultProfile : profiles[0]?.id ?? '';
		this.answers = { title: '', profileId, legos: {} };
	}

	override onOpen(): void {
		this.setTitle('New post');
		const { contentEl } = this;
		const titleSetting = new Setting(contentEl).setName('Title').addText((text) => {
			text.setPlaceholder('Sync is infrastructure, not a feature').onChange((value) => {
				this.answers.title = value;
				this.showSlug();
			});
			text.inputEl.addEventListener('keydown', (event) => {
				if (isSubmitKey(event)) runAction('Could not submit the form', () => this.submit());
			});
		});
		this.slugEl = titleSetting.descEl;
		if (this.profiles.length > 1) {
			new Setting(contentEl).setName('Profile').addDropdown((dropdown) => {
				for (const profile of this.profiles) dropdown.addOption(profile.id, profile.label);
				dropdown.setValue(this.answers.profileId).onChange((value) => {
					this.answers.profileId = value;
					this.answers.legos = {};
					this.renderLegos();
				});
			});
		}
		const details = contentEl.createEl('details', { cls: 'postwright-legos' });
		details.createEl('summary', { text: 'Idea legos (optional)' });
		this.legosEl = details.createDiv();
		this.renderLegos();
		this.errorEl = contentEl.createDiv({ cls: 'postwright-form-error' });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((button) => button.setButtonText('Create post').setCta().onClick(() => runAction('Could not submit the form', () => this.submit())));
	}

	private showSlug(): void {
		const title = this.answers.title.trim();
		this.slugEl?.setText(title === '' ? '' : `File name: ${slugify(title)}`);
	}

	private renderLegos(): void {
		const el = this.legosEl;
		if (!el) return;
		el.empty();
		const profile = this.profiles.find((p) => p.id === this.answers.profileId);
		for (const label of profile?.legos ?? []) {
			new Setting(el).setName(label).addText((text) => text.onChange((value) => {
				if (value.trim() === '') delete this.answers.legos[label];
				else this.answers.legos[label] = value.trim();
			}));
		}
	}

	/**
	 * Validates, then creates; the modal closes only when the post exists. A second press
	 * while the first is under way (a double click, Enter then a click) waits for the first
	 * instead of creating a second note.
	 */
	submit(): Promise<boolean> {
		this.submitting ??= this.trySubmit().finally(() => {
			this.submitting = null;
		});
		return this.submitting;
	}

	private async trySubmit(): Promise<boolean> {
		const problem = validateNewPost(this.answers, this.profiles) ?? await this.onSubmit({ ...this.answers, title: this.answers.title.trim() });
		if (problem) {
			this.errorEl?.setText(problem);
			return false;
		}
		this.close();
		return true;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
