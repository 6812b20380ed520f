/**
 * The whole sidebar panel for one post: a summary, the grouped checklist, the
 * hook meters, the feed preview and the judgement items. Built once; every
 * update patches the parts in place.
 */
import { notesWorkflow, type Analysis } from '../../core/analyze';
import { plural, severityCounts } from '../../core/counts';
import { lengthText } from '../../core/metrics/length-text';
import { BUILT_IN_PROFILES } from '../../core/profiles';
import type { Severity } from '../../core/types';
import { ChecklistRenderer } from './checklist-render';
import { child, setAttr, setText } from './dom';
import { FeedPreviewRenderer } from './feed-preview';
import { HookMetersRenderer } from './hook-meters';
import { JudgementRenderer } from './judgement-items';
import { NotAPostRenderer, type EmptyState } from './not-a-post';
import type { PanelCallbacks } from './panel-types';
import { VariantMetersRenderer } from './variant-meters';

export function summaryText(counts: Record<Severity, number>): string {
	if (counts.error + counts.warning + counts.info === 0) return 'No problems found';
	return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')].join(' · ');
}

export function metricsText(analysis: Analysis): string {
	const { metrics, profile } = analysis;
	if (!metrics || !profile) return '';
	const [low, high] = profile.wordRange;
	const minutes = Math.max(1, Math.round(metrics.readingSeconds / 60));
	return `${plural(metrics.words, 'word')} (${low}–${high}) · ${minutes} min read · ${lengthText(metrics, profile.limits.postLimit, profile.limits.label)}`;
}

/** What the status gate (PRODUCT.md §2) left out, so a short checklist is not mistaken for a clean post. */
export function gateText(analysis: Analysis): string {
	const gate = analysis.statusGate;
	if (!gate || gate.rulesLeftOut.length === 0) return '';
	return `At status ${gate.status}, ${plural(gate.rulesLeftOut.length, 'check')} wait for a later status: ${gate.rulesLeftOut.join(', ')}.`;
}

function section(parent: HTMLElement, title: string, kind: string): HTMLElement {
	const details = child(parent, 'details', `postwright-section postwright-section-${kind}`);
	details.open = true;
	child(details, 'summary', 'postwright-section-title', title);
	return child(details, 'div', 'postwright-section-body');
}

export class PostPanel {
	readonly root: HTMLElement;
	private readonly post: HTMLElement;
	private readonly title: HTMLElement;
	private readonly summary: HTMLElement;
	private readonly metrics: HTMLElement;
	private readonly gate: HTMLElement;
	private readonly empty: NotAPostRenderer;
	private readonly checklist: ChecklistRenderer;
	private readonly meters: HookMetersRenderer;
	private readonly preview: FeedPreviewRenderer;
	private readonly judgement: JudgementRenderer;
	private readonly previewSection: HTMLElement;
	private readonly metersSection: HTMLElement;
	private readonly judgementSection: HTMLElement;
	private readonly variantsSection: HTMLElement;
	private readonly variantMeters: VariantMetersRenderer;

	constructor(parent: HTMLElement, callbacks: PanelCallbacks) {
		this.root = child(parent, 'div', 'postwright-panel');
		this.empty = new NotAPostRenderer(this.root, () => callbacks.onInsertTemplate());
		this.post = child(this.root, 'div', 'postwright-post');
		const header = child(this.post, 'div', 'postwright-header');
		this.title = child(header, 'div', 'postwright-title');
		this.summary = child(header, 'div', 'postwright-summary');
		this.metrics = child(header, 'div', 'postwright-metrics');
		const checklistBody = section(this.post, 'Checklist', 'checklist');
		this.gate = child(checklistBody, 'div', 'postwright-muted postwright-gate');
		this.checklist = new ChecklistRenderer(checklistBody, callbacks);
		this.metersSection = section(this.post, 'Hook meters', 'meters');
		this.meters = new HookMetersRenderer(this.metersSection, callbacks.onUseHook && ((name) => callbacks.onUseHook?.(name)));
		this.previewSection = section(this.post, 'Feed preview', 'preview');
		if (callbacks.onCopy) {
			const copy = child(this.previewSection, 'button', 'postwright-copy', 'Copy for LinkedIn');
			copy.type = 'button';
			copy.addEventListener('click', () => callbacks.onCopy?.());
		}
		this.preview = new FeedPreviewRenderer(this.previewSection);
		this.variantsSection = section(this.post, 'Variants', 'variants');
		this.variantMeters = new VariantMetersRenderer(this.variantsSection);
		this.judgementSection = section(this.post, 'Judgement', 'judgement');
		this.judgement = new JudgementRenderer(this.judgementSection, (item, checked) => callbacks.onToggleTask(item, checked));
		this.showEmpty({ kind: 'no-note' });
	}

	/** Shows a post's analysis; a note that is not a post gets the not-a-post state, naming the profiles it could use. */
	showAnalysis(analysis: Analysis, fileName: string, profileIds: readonly string[] = BUILT_IN_PROFILES.map((p) => p.id)): void {
		const { profile, metrics, post } = analysis;
		if (!profile || !metrics) {
			this.showEmpty({ kind: 'not-a-post', fileName, profiles: profileIds });
			return;
		}
		this.empty.root.hidden = true;
		this.post.hidden = false;
		setText(this.title, post.title?.text || fileName);
		const counts = severityCounts(analysis.findings);
		setText(this.summary, summaryText(counts));
		setAttr(this.summary, 'data-state', counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'ok');
		setText(this.metrics, metricsText(analysis));
		const gate = gateText(analysis);
		setText(this.gate, gate);
		this.gate.hidden = gate === '';
		this.checklist.update(analysis.findings);
		this.meters.update(metrics.hooks, profile.fold);
		this.preview.update(analysis);
		this.variantMeters.update(metrics.variants);
		(this.variantsSection.parentElement as HTMLElement).hidden = metrics.variants.length === 0;
		this.judgement.update(notesWorkflow(analysis).judgementItems);
	}

	showEmpty(state: EmptyState): void {
		this.post.hidden = true;
		this.empty.root.hidden = false;
		this.empty.update(state);
	}
}
