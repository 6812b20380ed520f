/**
 * One meter per hook and device: the characters a reader sees before
 * "…see more" against the device's budget, the visual lines against the
 * fold's line count, and whether the opening paragraph fits and the whole
 * hook shows.
 */
import type { HookMetrics } from '../../core/metrics/post-metrics';
import type { DeviceName, Platform } from '../../core/profiles/platforms';
import { child, KeyedList, setAttr, setText } from './dom';

export const DEVICES: readonly DeviceName[] = ['mobile', 'desktop'];
export const DEVICE_LABELS: Readonly<Record<DeviceName, string>> = { mobile: 'Mobile', desktop: 'Desktop' };

interface HookParts {
	name: HTMLElement;
	badge: HTMLElement;
	characters: HTMLElement;
	devices: Record<DeviceName, DeviceParts>;
	noFold: HTMLElement;
}

interface DeviceParts {
	row: HTMLElement;
	fill: HTMLElement;
	chars: HTMLElement;
	lines: HTMLElement;
	fits: HTMLElement;
	complete: HTMLElement;
}

export class HookMetersRenderer {
	readonly root: HTMLElement;
	private readonly empty: HTMLElement;
	private readonly hooks: KeyedList<HookMetrics>;
	private readonly parts = new WeakMap<HTMLElement, HookParts>();
	private limits: Platform | null = null;

	constructor(parent: HTMLElement) {
		this.root = child(parent, 'div', 'postwright-meters');
		this.empty = child(this.root, 'div', 'postwright-empty', 'No hooks yet: add a "### HOOK A" section.');
		const list = child(this.root, 'div', 'postwright-meter-list');
		this.hooks = new KeyedList<HookMetrics>(list, (hook, host) => this.createHook(host), (node, hook) => this.updateHook(node, hook));
	}

	update(hooks: readonly HookMetrics[], limits: Platform): void {
		this.limits = limits;
		this.empty.hidden = hooks.length > 0;
		this.hooks.patch(hooks, (hook) => hook.name);
	}

	private createHook(host: HTMLElement): HTMLElement {
		const node = child(host, 'div', 'postwright-hook-meter');
		const header = child(node, 'div', 'postwright-hook-header');
		const name = child(header, 'span', 'postwright-hook-name');
		const badge = child(header, 'span', 'postwright-badge postwright-badge-recommended', 'Recommended');
		const characters = child(header, 'span', 'postwright-hook-characters');
		const devices = {} as Record<DeviceName, DeviceParts>;
		for (const device of DEVICES) {
			const row = child(node, 'div', 'postwright-device-row');
			row.dataset.device = device;
			child(row, 'span', 'postwright-device-label', DEVICE_LABELS[device]);
			const bar = child(row, 'div', 'postwright-bar');
			const fill = child(bar, 'div', 'postwright-bar-fill');
			const figures = child(row, 'div', 'postwright-device-figures');
			const chars = child(figures, 'span', 'postwright-figure postwright-figure-chars');
			const lines = child(figures, 'span', 'postwright-figure postwright-figure-lines');
			const fits = child(figures, 'span', 'postwright-badge postwright-badge-fits');
			const complete = child(figures, 'span', 'postwright-badge postwright-badge-complete');
			devices[device] = { row, fill, chars, lines, fits, complete };
		}
		const noFold = child(node, 'div', 'postwright-muted', 'This platform shows posts whole: no fold.');
		this.parts.set(node, { name, badge, characters, devices, noFold });
		return node;
	}

	private updateHook(node: HTMLElement, hook: HookMetrics): void {
		const parts = this.parts.get(node)!;
		node.classList.toggle('is-recommended', hook.recommended);
		setText(parts.name, `Hook ${hook.name}`);
		parts.badge.hidden = !hook.recommended;
		setText(parts.characters, `${hook.characters} characters`);
		const fold = hook.fold;
		parts.noFold.hidden = fold !== null;
		for (const device of DEVICES) {
			const view = parts.devices[device];
			const result = fold?.[device];
			const budget = this.limits?.fold?.[device];
			view.row.hidden = !result || !budget;
			if (!result || !budget) continue;
			const ratio = budget.charBudget > 0 ? Math.min(1, result.visibleChars / budget.charBudget) : 0;
			view.fill.style.setProperty('--postwright-fill', ratio.toFixed(3));
			setText(view.chars, `${result.visibleChars}/${budget.charBudget} characters`);
			setText(view.lines, `${result.visibleLines}/${budget.maxLines} lines`);
			setText(view.fits, result.fits ? 'Fits' : 'Does not fit');
			setAttr(view.fits, 'data-ok', String(result.fits));
			setText(view.complete, result.complete ? 'Complete' : 'Cut');
			setAttr(view.complete, 'data-ok', String(result.complete));
			setAttr(view.row, 'data-fits', String(result.fits));
		}
	}
}
