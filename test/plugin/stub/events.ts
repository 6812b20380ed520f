/** Events and Component as Obsidian's plugins see them: references to unregister, and cleanup on unload. */

export interface EventRef {
	source: Events;
	name: string;
	callback: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { source: this, name, callback: callback as EventRef['callback'] };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...args: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...args);
	}

	/** Test helper: how many handlers listen to `name` (checks that unload cleaned up). */
	listenerCount__(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

export class Component {
	private cleanups: Array<() => void> = [];
	private children: Component[] = [];
	loaded = false;

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		void this.onload();
		for (const child of this.children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}

	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}

	register(cleanup: () => unknown): void {
		this.cleanups.push(() => void cleanup());
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.source.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (event: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Test helper: cleanups still pending (0 after unload). */
	pendingCleanups__(): number {
		return this.cleanups.length;
	}
}
