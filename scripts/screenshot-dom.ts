/**
 * Obsidian adds `createEl` to every DOM node; a plain browser page has no such
 * method. This is the part of it the view layer uses (class and text), for
 * the pages of `npm run screenshot` and bench/panel-update.mjs.
 */
interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
}

export function installCreateEl(): void {
	const proto = Node.prototype as unknown as { createEl?: unknown };
	if (proto.createEl) return;
	proto.createEl = function createEl(this: Node, tag: string, info?: ElementInfo | string): HTMLElement {
		const options: ElementInfo = typeof info === 'string' ? { cls: info } : info ?? {};
		const element = (this.ownerDocument ?? (this as Document)).createElement(tag);
		if (options.cls) element.className = Array.isArray(options.cls) ? options.cls.join(' ') : options.cls;
		if (typeof options.text === 'string') element.textContent = options.text;
		else if (options.text) element.append(options.text);
		this.appendChild(element);
		return element;
	};
}
