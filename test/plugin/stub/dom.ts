/**
 * Obsidian adds helpers to every HTMLElement (createEl, createDiv, empty,
 * setText…). The stand-in adds the same ones to happy-dom's elements so the
 * plugin's UI code runs unchanged in tests.
 */

interface ElementOptions {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	type?: string;
	value?: string;
	placeholder?: string;
}

type Callback<T> = ((el: T) => void) | undefined;

function build<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, options?: ElementOptions | string, callback?: Callback<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	const opts: ElementOptions = typeof options === 'string' ? { cls: options } : options ?? {};
	if (opts.cls) el.className = Array.isArray(opts.cls) ? opts.cls.join(' ') : opts.cls;
	if (opts.text !== undefined) el.textContent = opts.text;
	for (const [key, value] of Object.entries(opts.attr ?? {})) if (value !== null && value !== false) el.setAttribute(key, String(value));
	if (opts.type) el.setAttribute('type', opts.type);
	if (opts.placeholder) el.setAttribute('placeholder', opts.placeholder);
	if (opts.value !== undefined) (el as unknown as HTMLInputElement).value = opts.value;
	parent.appendChild(el);
	callback?.(el);
	return el;
}

export function installDomHelpers(): void {
	if (typeof HTMLElement === 'undefined') return;
	const proto = Node.prototype as unknown as Record<string, unknown>;
	if (proto.createEl) return;
	Object.assign(proto, {
		createEl(this: Node, tag: keyof HTMLElementTagNameMap, options?: ElementOptions | string, callback?: Callback<HTMLElement>) { return build(this, tag, options, callback); },
		createDiv(this: Node, options?: ElementOptions | string, callback?: Callback<HTMLElement>) { return build(this, 'div', options, callback); },
		createSpan(this: Node, options?: ElementOptions | string, callback?: Callback<HTMLElement>) { return build(this, 'span', options, callback); },
		empty(this: Node) { while (this.firstChild) this.removeChild(this.firstChild); },
		setText(this: Node, text: string) { this.textContent = text; },
		detach(this: ChildNode) { this.remove(); },
	});
	Object.assign(HTMLElement.prototype as unknown as Record<string, unknown>, {
		addClass(this: HTMLElement, ...classes: string[]) { this.classList.add(...classes); },
		removeClass(this: HTMLElement, ...classes: string[]) { this.classList.remove(...classes); },
		toggleClass(this: HTMLElement, cls: string, on: boolean) { this.classList.toggle(cls, on); },
		hasClass(this: HTMLElement, cls: string) { return this.classList.contains(cls); },
		setAttr(this: HTMLElement, key: string, value: string | number | boolean | null) {
			if (value === null || value === false) this.removeAttribute(key);
			else this.setAttribute(key, String(value));
		},
		show(this: HTMLElement) { this.style.display = ''; },
		hide(this: HTMLElement) { this.style.display = 'none'; },
		toggle(this: HTMLElement, on: boolean) { this.style.display = on ? '' : 'none'; },
	});
	const docProto = Document.prototype as unknown as Record<string, unknown>;
	if (!docProto.createDiv) {
		docProto.createDiv = function (this: Document, options?: ElementOptions | string) {
			const el = this.createElement('div');
			const opts: ElementOptions = typeof options === 'string' ? { cls: options } : options ?? {};
			if (opts.cls) el.className = Array.isArray(opts.cls) ? opts.cls.join(' ') : opts.cls;
			if (opts.text !== undefined) el.textContent = opts.text;
			return el;
		};
	}
}

/** A detached element for components that need one, or a bare object on plain Node. */
export function element(): HTMLElement {
	return typeof document === 'undefined' ? ({} as HTMLElement) : document.createElement('div');
}
