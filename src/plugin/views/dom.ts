/**
 * Small DOM helpers for the view layer. Beyond Obsidian's `createEl` (which
 * the plugin tests' stand-in and the screenshot page also provide) they use
 * only standard DOM, and no Obsidian API, so the same rendering runs in
 * Obsidian, in happy-dom under vitest and in the screenshot page. Text from a
 * note only ever reaches the DOM as text (`textContent`), never as HTML.
 */

export function child<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	// Obsidian's createEl sets `text` as textContent; tests and the screenshot page install the same helper.
	return parent.createEl(tag, { cls: className || undefined, text });
}

/** Writes text only when it changed, so a patch leaves unchanged nodes untouched. */
export function setText(element: HTMLElement, text: string): void {
	if (element.textContent !== text) element.textContent = text;
}

export function setAttr(element: Element, name: string, value: string | null): void {
	if (value === null) {
		if (element.hasAttribute(name)) element.removeAttribute(name);
	} else if (element.getAttribute(name) !== value) {
		element.setAttribute(name, value);
	}
}

/**
 * An empty slot for an icon. The ItemView fills slots with Obsidian's
 * `setIcon`; the screenshot page draws a glyph. Changing the name clears the
 * slot so the next fill draws the new icon.
 */
export function iconSlot(parent: HTMLElement, name: string, className = ''): HTMLElement {
	const slot = child(parent, 'span', `postwright-icon ${className}`.trim());
	slot.dataset.icon = name;
	return slot;
}

export function setIconName(slot: HTMLElement, name: string): void {
	if (slot.dataset.icon === name) return;
	slot.dataset.icon = name;
	slot.replaceChildren();
}

/**
 * Makes an element act as a button for mouse and keyboard alike. The handler
 * is looked up on each activation, so a patched element never runs a stale one.
 */
export function activate(element: HTMLElement, handler: () => void): void {
	element.tabIndex = 0;
	element.setAttribute('role', 'button');
	element.addEventListener('click', handler);
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			handler();
		}
	});
}

/**
 * Keyed reconciliation of a parent's children: nodes whose key survives are
 * kept and updated in place, new keys get new nodes, vanished keys are removed,
 * and nodes move only when the order changed.
 */
export class KeyedList<T> {
	private readonly nodes = new Map<string, HTMLElement>();

	constructor(
		private readonly parent: HTMLElement,
		private readonly create: (item: T, parent: HTMLElement) => HTMLElement,
		private readonly update: (node: HTMLElement, item: T) => void,
	) {}

	patch(items: readonly T[], keyOf: (item: T) => string): void {
		const next = new Map<string, HTMLElement>();
		const ordered: HTMLElement[] = [];
		for (const item of items) {
			const key = keyOf(item);
			let node = this.nodes.get(key);
			if (!node) {
				node = this.create(item, this.parent);
				node.dataset.key = key;
			}
			this.update(node, item);
			next.set(key, node);
			ordered.push(node);
		}
		for (const [key, node] of this.nodes) {
			if (!next.has(key)) node.remove();
		}
		let cursor = this.parent.firstElementChild;
		for (const node of ordered) {
			if (node !== cursor) this.parent.insertBefore(node, cursor);
			else cursor = cursor.nextElementSibling;
		}
		this.nodes.clear();
		for (const [key, node] of next) this.nodes.set(key, node);
	}

	get size(): number {
		return this.nodes.size;
	}
}
