import { element } from './dom';
import type { App } from './app';

/** Modals, notices and the Setting builder, rendering real DOM so tests can read and drive them. */

export class Notice {
	/** Test helper: every message shown, in order. */
	static shown__: string[] = [];
	noticeEl = element();
	constructor(public message: string | DocumentFragment, _duration?: number) {
		Notice.shown__.push(typeof message === 'string' ? message : message.textContent ?? '');
	}
	setMessage(message: string): this {
		Notice.shown__.push(message);
		return this;
	}
	hide(): void {}
}

export class Modal {
	/** Test helper: the modals open right now. */
	static open__: Modal[] = [];
	modalEl = element();
	titleEl = this.modalEl.createDiv?.({ cls: 'modal-title' }) ?? element();
	contentEl = this.modalEl.createDiv?.({ cls: 'modal-content' }) ?? element();
	scope = {};
	constructor(public app: App) {}
	open(): void {
		Modal.open__.push(this);
		this.onOpen();
	}
	close(): void {
		Modal.open__ = Modal.open__.filter((m) => m !== this);
		this.onClose();
	}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
	onOpen(): void {}
	onClose(): void {}
}

abstract class ValueComponent<T> {
	protected handlers: Array<(value: T) => unknown> = [];
	disabled = false;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(handler: (value: T) => unknown): this {
		this.handlers.push(handler);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	/** Test helper: what a user typing or picking does. */
	async change__(value: T): Promise<void> {
		this.setValue(value);
		for (const handler of this.handlers) await handler(value);
	}
}

/** Text inputs and text areas behave alike: a value, a placeholder, an element. */
abstract class TextInputComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	constructor(public inputEl: E) {
		super();
	}
	getValue(): string {
		return this.inputEl.value ?? '';
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(text: string): this {
		this.inputEl.setAttribute?.('placeholder', text);
		return this;
	}
}

export class TextComponent extends TextInputComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super((containerEl.createEl?.('input', { type: 'text' }) ?? element()) as HTMLInputElement);
	}
}

export class TextAreaComponent extends TextInputComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super((containerEl.createEl?.('textarea') ?? element()) as HTMLTextAreaElement);
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl = element();
	private value = false;
	constructor(_containerEl: HTMLElement) {
		super();
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(value: boolean): this {
		this.value = value;
		return this;
	}
	setTooltip(_text: string): this {
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	options__: Record<string, string> = {};
	private value = '';
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = (containerEl.createEl?.('select') ?? element()) as HTMLSelectElement;
	}
	addOption(value: string, display: string): this {
		this.options__[value] = display;
		if (Object.keys(this.options__).length === 1) this.value = value;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.value;
	}
	setValue(value: string): this {
		this.value = value;
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	private handlers: Array<(evt: MouseEvent) => unknown> = [];
	constructor(containerEl: HTMLElement) {
		this.buttonEl = (containerEl.createEl?.('button') ?? element()) as HTMLButtonElement;
	}
	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}
	setCta(): this {
		return this;
	}
	setWarning(): this {
		return this;
	}
	setIcon(_icon: string): this {
		return this;
	}
	setTooltip(_text: string): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}
	onClick(handler: (evt: MouseEvent) => unknown): this {
		this.handlers.push(handler);
		return this;
	}
	/** Test helper. */
	async click__(): Promise<void> {
		for (const handler of this.handlers) await handler({} as MouseEvent);
	}
}

type AnyComponent = TextComponent | TextAreaComponent | ToggleComponent | DropdownComponent | ButtonComponent;

export class Setting {
	/** Test helper: every Setting built, so a test can find one by name. */
	static all__: Setting[] = [];
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: AnyComponent[] = [];
	heading = false;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv?.({ cls: 'setting-item' }) ?? element();
		this.infoEl = this.settingEl.createDiv?.({ cls: 'setting-item-info' }) ?? element();
		this.nameEl = this.infoEl.createDiv?.({ cls: 'setting-item-name' }) ?? element();
		this.descEl = this.infoEl.createDiv?.({ cls: 'setting-item-description' }) ?? element();
		this.controlEl = this.settingEl.createDiv?.({ cls: 'setting-item-control' }) ?? element();
		Setting.all__.push(this);
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.textContent = typeof name === 'string' ? name : name.textContent;
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.textContent = typeof desc === 'string' ? desc : desc.textContent;
		return this;
	}
	setHeading(): this {
		this.heading = true;
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList?.add(cls);
		return this;
	}
	private add<T extends AnyComponent>(component: T, cb: (c: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
}

export class PluginSettingTab {
	containerEl = element();
	constructor(public app: App, public plugin: unknown) {}
	display(): void {}
	hide(): void {}
}

export function setIcon(el: HTMLElement, icon: string): void {
	el.setAttribute?.('data-icon', icon);
}
