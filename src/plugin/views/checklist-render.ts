/**
 * The findings of a post, grouped the way the note is laid out. Patched in
 * place on every update: a group or an item whose key survives keeps its DOM
 * node, and only text that changed is rewritten.
 */
import type { Finding, RuleTag, Severity } from '../../core/types';
import { activate, child, iconSlot, KeyedList, setAttr, setIconName, setText } from './dom';

/** Where a finding is shown in the sidebar. */
export type FindingGroup = 'frontmatter' | 'related' | 'legos' | 'hooks' | 'full-post' | 'notes';

export interface GroupInfo {
	id: FindingGroup;
	label: string;
	icon: string;
}

/** The sidebar's groups, in the order of the note's sections. */
export const GROUPS: readonly GroupInfo[] = [
	{ id: 'frontmatter', label: 'Frontmatter', icon: 'file-cog' },
	{ id: 'related', label: 'Links', icon: 'link' },
	{ id: 'legos', label: 'Idea Legos', icon: 'blocks' },
	{ id: 'hooks', label: 'Hooks', icon: 'anchor' },
	{ id: 'full-post', label: 'Full post', icon: 'file-text' },
	{ id: 'notes', label: 'Notes', icon: 'sticky-note' },
];

export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = {
	error: 'x-circle',
	warning: 'alert-triangle',
	info: 'info',
};

/** The core tags a finding by what its rule is about; the sidebar shows each tag in one of its groups. */
const GROUP_OF_TAG: Readonly<Record<RuleTag, FindingGroup>> = {
	frontmatter: 'frontmatter',
	links: 'related',
	structure: 'full-post',
	legos: 'legos',
	hooks: 'hooks',
	post: 'full-post',
	variants: 'full-post',
	notes: 'notes',
};

export function groupOf(finding: Finding): FindingGroup {
	return GROUP_OF_TAG[finding.tag] ?? 'full-post';
}

interface KeyedFinding {
	key: string;
	finding: Finding;
}

interface GroupModel {
	info: GroupInfo;
	items: KeyedFinding[];
}

/**
 * Items are keyed by rule and rank within the rule, not by offset: typing
 * shifts offsets on every keystroke, and the same node should then just get
 * its new line number.
 */
export function groupFindings(findings: readonly Finding[]): GroupModel[] {
	const byGroup = new Map<FindingGroup, KeyedFinding[]>(GROUPS.map((group) => [group.id, []]));
	const rank = new Map<string, number>();
	for (const finding of findings) {
		const n = rank.get(finding.ruleId) ?? 0;
		rank.set(finding.ruleId, n + 1);
		byGroup.get(groupOf(finding))?.push({ key: `${finding.ruleId}#${n}`, finding });
	}
	return GROUPS.map((info) => ({ info, items: byGroup.get(info.id) ?? [] }));
}

export interface ChecklistCallbacks {
	onJump(finding: Finding): void;
	onFix(finding: Finding): void;
}

interface GroupParts {
	icon: HTMLElement;
	count: HTMLElement;
	empty: HTMLElement;
	items: KeyedList<KeyedFinding>;
}

interface ItemParts {
	icon: HTMLElement;
	message: HTMLElement;
	location: HTMLElement;
	suggestions: HTMLElement;
	fix: HTMLButtonElement;
}

export class ChecklistRenderer {
	readonly root: HTMLElement;
	private readonly groups: KeyedList<GroupModel>;
	private readonly groupParts = new WeakMap<HTMLElement, GroupParts>();
	private readonly itemParts = new WeakMap<HTMLElement, ItemParts>();
	/** The finding each item node shows now; handlers read it here so they never act on a stale one. */
	private readonly current = new WeakMap<HTMLElement, Finding>();

	constructor(parent: HTMLElement, private readonly callbacks: ChecklistCallbacks) {
		this.root = child(parent, 'div', 'postwright-checklist');
		this.groups = new KeyedList<GroupModel>(this.root, (group, host) => this.createGroup(group, host), (node, group) => this.updateGroup(node, group));
	}

	update(findings: readonly Finding[]): void {
		this.groups.patch(groupFindings(findings), (group) => group.info.id);
	}

	private createGroup(group: GroupModel, host: HTMLElement): HTMLElement {
		const node = child(host, 'section', 'postwright-group');
		node.dataset.group = group.info.id;
		const header = child(node, 'div', 'postwright-group-header');
		iconSlot(header, group.info.icon, 'postwright-group-icon');
		child(header, 'span', 'postwright-group-label', group.info.label);
		const icon = iconSlot(header, 'check-circle', 'postwright-group-state');
		const count = child(header, 'span', 'postwright-group-count');
		const list = child(node, 'ul', 'postwright-findings');
		const empty = child(node, 'div', 'postwright-group-empty', 'No problems found.');
		const items = new KeyedList<KeyedFinding>(list, (item, ul) => this.createItem(item, ul), (itemNode, item) => this.updateItem(itemNode, item));
		this.groupParts.set(node, { icon, count, empty, items });
		return node;
	}

	private updateGroup(node: HTMLElement, group: GroupModel): void {
		const parts = this.groupParts.get(node)!;
		parts.items.patch(group.items, (item) => item.key);
		const worst = worstSeverity(group.items.map((item) => item.finding.severity));
		setText(parts.count, group.items.length === 0 ? '' : String(group.items.length));
		setIconName(parts.icon, worst ? SEVERITY_ICONS[worst] : 'check-circle');
		setAttr(node, 'data-state', worst ?? 'ok');
		parts.empty.hidden = group.items.length > 0;
	}

	private createItem(item: KeyedFinding, list: HTMLElement): HTMLElement {
		const node = child(list, 'li', 'postwright-finding');
		const main = child(node, 'div', 'postwright-finding-main');
		activate(main, () => {
			const finding = this.current.get(node);
			if (finding) this.callbacks.onJump(finding);
		});
		const icon = iconSlot(main, SEVERITY_ICONS[item.finding.severity], 'postwright-severity-icon');
		const body = child(main, 'div', 'postwright-finding-body');
		const message = child(body, 'div', 'postwright-finding-message');
		const suggestions = child(body, 'div', 'postwright-finding-suggestions');
		const location = child(body, 'div', 'postwright-finding-location');
		const fix = child(node, 'button', 'postwright-fix');
		fix.type = 'button';
		fix.addEventListener('click', () => {
			const finding = this.current.get(node);
			if (finding?.fix) this.callbacks.onFix(finding);
		});
		this.itemParts.set(node, { icon, message, location, suggestions, fix });
		return node;
	}

	private updateItem(node: HTMLElement, { finding }: KeyedFinding): void {
		this.current.set(node, finding);
		const parts = this.itemParts.get(node)!;
		setAttr(node, 'data-severity', finding.severity);
		setAttr(node, 'data-rule', finding.ruleId);
		setIconName(parts.icon, SEVERITY_ICONS[finding.severity]);
		setText(parts.message, finding.message);
		setText(parts.location, `Line ${finding.line}, column ${finding.column} · ${finding.ruleId}`);
		const suggestions = finding.suggestions?.length ? `Did you mean ${finding.suggestions.join(', ')}?` : '';
		setText(parts.suggestions, suggestions);
		parts.suggestions.hidden = suggestions === '';
		parts.fix.hidden = !finding.fix;
		setText(parts.fix, finding.fix?.title ?? '');
	}
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function worstSeverity(severities: readonly Severity[]): Severity | null {
	let worst: Severity | null = null;
	for (const severity of severities) {
		if (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
	}
	return worst;
}
