/**
 * One meter per hook and device: what limits the hook at the "…more" fold.
 * The visual lines it takes of those the feed shows, and the characters that
 * show of the hook's total (the bar), then whether the opening paragraph fits
 * and whether the whole hook shows. The posted hook (the one the FULL POST
 * names) and the recommended one are marked.
 */
import type { HookMetrics } from '../../core/metrics/post-metrics';
import type { FoldSettings } from '../../core/profiles/fold-defaults';
import type { DeviceName } from '../../core/profiles/platforms';
import { child, KeyedList, setAttr, setText } from './dom';

export const DEVICES: readonly DeviceName[] = ['mobile', 'desktop'];
export const DEVICE_LABELS: Readonly<Record<DeviceName, string>> = { mobile: 'Mobile', desktop: 'Desktop' };

interface HookParts {
	name: HTMLElement;
	posted: HTMLElement;
	recommended: HTMLElement;
	characters: HTMLElement;
	devices: Record<DeviceName, DeviceParts>;
	noFold: HTMLElement;
}

interface DeviceParts {
	row: HTMLElement;
	fill: HTMLElement;
	lines: HTMLElement;
	chars: HTMLElement;
	fits: HTMLElement;
	complete: HTMLElement;
}

export class HookMetersRenderer {
	readonly root: HTMLElement;
	private readonly empty: HTMLElement;
	private readonly hooks: KeyedList<HookMetrics>;
	private readonly parts = new WeakMap<HTMLElement, HookParts>();
	private fold: FoldSettings | undefined;

	constructor(parent: HTMLElement, private readonly onUseHook?: (name: string) => void) {
		this.root = child(parent, 'div', 'postwright-meters');
		this.empty = child(this.root, 'div', 'postwright-empty', 'No hooks yet: add a "### HOOK A" section.');
		const list = child(this.root, 'div', 'postwright-meter-list');
		this.hooks = new KeyedList<HookMetrics>(list, (hook, host) => this.createHook(host), (node, hook) => this.updateHook(node, hook));
	}

	update(hooks: readonly HookMetrics[], fold: FoldSettings | undefined): void {
		this.fold = fold;
		this.empty.hidden = hooks.length > 0;
		this.hooks.patch(hooks, (hook) => hook.name);
	}

	private createHook(host: HTMLElement): HTMLElement {
		const node = child(host, 'div', 'postwright-hook-meter');
		const header = child(node, 'div', 'postwright-hook-header');
		const name = child(header, 'span', 'postwright-hook-name');
		const posted = child(header, 'span', 'postwright-badge postwright-badge-posted', 'Posted');
		const recommended = child(header, 'span', 'postwright-badge postwright-badge-recommended', 'Recommended');
		const characters = child(header, 'span', 'postwright-hook-characters');
		// Per-hook actions, right-aligned in the header.
		const actions = child(header, 'span', 'postwright-hook-actions');
		if (this.onUseHook) {
			const use = child(actions, 'button', 'postwright-use-hook', 'Use this hook');
			use.type = 'button';
			// The node's key is the hook's letter (KeyedList), so a patched node never uses a stale one.
			use.addEventListener('click', () => this.onUseHook?.(node.dataset.key ?? ''));
		}
		const devices = {} as Record<DeviceName, DeviceParts>;
		for (const device of DEVICES) {
			const row = child(node, 'div', 'postwright-device-row');
			row.dataset.device = device;
			child(row, 'span', 'postwright-device-label', DEVICE_LABELS[device]);
			const bar = child(row, 'div', 'postwright-bar');
			const fill = child(bar, 'div', 'postwright-bar-fill');
			const figures = child(row, 'div', 'postwright-device-figures');
			const lines = child(figures, 'span', 'postwright-figure postwright-figure-lines');
			const chars = child(figures, 'span', 'postwright-figure postwright-figure-chars');
			const fits = child(figures, 'span', 'postwright-badge postwright-badge-fits');
			const complete = child(figures, 'span', 'postwright-badge postwright-badge-complete');
			devices[device] = { row, fill, lines, chars, fits, complete };
		}
		const noFold = child(node, 'div', 'postwright-muted', 'This platform shows posts whole: no fold.');
		this.parts.set(node, { name, posted, recommended, characters, devices, noFold });
		return node;
	}

	private updateHook(node: HTMLElement, hook: HookMetrics): void {
		const parts = this.parts.get(node)!;
		node.classList.toggle('is-recommended', hook.recommended);
		node.classList.toggle('is-posted', hook.posted);
		setText(parts.name, `Hook ${hook.name}`);
		parts.posted.hidden = !hook.posted;
		parts.recommended.hidden = !hook.recommended;
		setText(parts.characters, `${hook.characters} characters`);
		const fold = hook.fold;
		parts.noFold.hidden = fold !== null;
		for (const device of DEVICES) {
			const view = parts.devices[device];
			const result = fold?.[device];
			const settings = this.fold?.[device];
			view.row.hidden = !result || !settings;
			if (!result || !settings) continue;
			const shown = result.complete ? hook.characters : result.visibleChars;
			const ratio = hook.characters > 0 ? Math.min(1, shown / hook.characters) : 1;
			view.fill.style.setProperty('--postwright-fill', ratio.toFixed(3));
			setText(view.lines, `${result.visibleLines}/${settings.maxLines} lines`);
			setText(view.chars, `${shown}/${hook.characters} characters shown`);
			setText(view.fits, result.fits ? 'Fits' : 'Does not fit');
			setAttr(view.fits, 'data-ok', String(result.fits));
			setText(view.complete, result.complete ? 'Complete' : 'Cut');
			setAttr(view.complete, 'data-ok', String(result.complete));
			setAttr(view.row, 'data-fits', String(result.fits));
		}
	}
}
