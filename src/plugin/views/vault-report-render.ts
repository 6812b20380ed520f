/**
 * The vault report: one row per post with its status, word count and
 * error/warning counts, sortable by any column, a row opening its note.
 */
import type { Analysis } from '../../core/analyze';
import { POST_STATUSES } from '../../core/profiles';
import { child, KeyedList, setAttr, setText } from './dom';
import { postSummary, type PostSummary } from './post-summary';

/** A row shows these of a post's summary (the board shows the same summary as a card). */
export type VaultReportRow = Pick<PostSummary, 'path' | 'title' | 'status' | 'words' | 'errors' | 'warnings'>;

export function reportRow(path: string, analysis: Analysis): VaultReportRow {
	const { title, status, words, errors, warnings } = postSummary(path, analysis);
	return { path, title, status, words, errors, warnings };
}

export type ReportColumn = 'title' | 'status' | 'words' | 'errors' | 'warnings';

export interface SortOrder {
	column: ReportColumn;
	descending: boolean;
}

const COLUMNS: ReadonlyArray<{ id: ReportColumn; label: string; numeric: boolean }> = [
	{ id: 'title', label: 'Post', numeric: false },
	{ id: 'status', label: 'Status', numeric: false },
	{ id: 'words', label: 'Words', numeric: true },
	{ id: 'errors', label: 'Errors', numeric: true },
	{ id: 'warnings', label: 'Warnings', numeric: true },
];

/** Statuses sort in their life-cycle order, not alphabetically; unknown ones after, by name. */
function statusRank(status: string): number {
	const index = (POST_STATUSES as readonly string[]).indexOf(status);
	return index < 0 ? POST_STATUSES.length : index;
}

export function sortRows(rows: readonly VaultReportRow[], order: SortOrder): VaultReportRow[] {
	const direction = order.descending ? -1 : 1;
	const compare = (a: VaultReportRow, b: VaultReportRow): number => {
		switch (order.column) {
			case 'title': return a.title.localeCompare(b.title);
			case 'status': return statusRank(a.status) - statusRank(b.status) || a.status.localeCompare(b.status);
			default: return a[order.column] - b[order.column];
		}
	};
	// Ties keep a stable, readable order: by path.
	return [...rows].sort((a, b) => direction * compare(a, b) || a.path.localeCompare(b.path));
}

export interface VaultReportCallbacks {
	onOpen(path: string): void;
	onRefresh(): void;
}

interface RowParts {
	cells: Record<ReportColumn, HTMLElement>;
	title: HTMLButtonElement;
}

export class VaultReportTable {
	readonly root: HTMLElement;
	private readonly summary: HTMLElement;
	private readonly headers = new Map<ReportColumn, HTMLElement>();
	private readonly body: KeyedList<VaultReportRow>;
	private readonly parts = new WeakMap<HTMLElement, RowParts>();
	private readonly current = new WeakMap<HTMLElement, VaultReportRow>();
	private rows: VaultReportRow[] = [];
	order: SortOrder = { column: 'errors', descending: true };

	constructor(parent: HTMLElement, private readonly callbacks: VaultReportCallbacks) {
		this.root = child(parent, 'div', 'postwright-report');
		const bar = child(this.root, 'div', 'postwright-report-bar');
		this.summary = child(bar, 'span', 'postwright-report-summary', 'Not checked yet');
		const refresh = child(bar, 'button', 'postwright-refresh', 'Refresh');
		refresh.type = 'button';
		refresh.addEventListener('click', () => this.callbacks.onRefresh());
		const table = child(this.root, 'table', 'postwright-report-table');
		const headRow = child(child(table, 'thead'), 'tr');
		// Real table semantics: header cells stay column headers (with aria-sort), each holding a sort button.
		for (const column of COLUMNS) {
			const th = child(headRow, 'th', column.numeric ? 'is-numeric' : '');
			th.scope = 'col';
			const sort = child(th, 'button', 'postwright-sort', column.label);
			sort.type = 'button';
			sort.addEventListener('click', () => this.sortBy(column.id));
			this.headers.set(column.id, th);
		}
		this.body = new KeyedList<VaultReportRow>(child(table, 'tbody'), (row, host) => this.createRow(host), (node, row) => this.updateRow(node, row));
	}

	/** Replaces the rows (after a vault check) and keeps the current sort. */
	setRows(rows: readonly VaultReportRow[]): void {
		this.rows = [...rows];
		const errors = rows.reduce((sum, row) => sum + row.errors, 0);
		const warnings = rows.reduce((sum, row) => sum + row.warnings, 0);
		setText(this.summary, `${rows.length} ${rows.length === 1 ? 'post' : 'posts'} · ${errors} errors · ${warnings} warnings`);
		this.render();
	}

	/** While a vault check runs: the rows stay until the new ones arrive. */
	showChecking(): void {
		setText(this.summary, 'Checking the vault…');
	}

	/** A click on the sorted column flips its direction; another column starts in its natural direction. */
	sortBy(column: ReportColumn): void {
		const numeric = COLUMNS.find((c) => c.id === column)?.numeric ?? false;
		this.order = this.order.column === column ? { column, descending: !this.order.descending } : { column, descending: numeric };
		this.render();
	}

	private render(): void {
		for (const [id, th] of this.headers) {
			setAttr(th, 'aria-sort', id === this.order.column ? (this.order.descending ? 'descending' : 'ascending') : null);
		}
		this.body.patch(sortRows(this.rows, this.order), (row) => row.path);
	}

	/**
	 * A row stays a table row: the post's title is the button that opens it (for the keyboard
	 * and screen readers; its click, or Enter on it, reaches the row's listener), and a click
	 * anywhere on the row does the same for the mouse.
	 */
	private createRow(host: HTMLElement): HTMLElement {
		const node = child(host, 'tr', 'postwright-report-row');
		const open = (): void => {
			const row = this.current.get(node);
			if (row) this.callbacks.onOpen(row.path);
		};
		node.addEventListener('click', open);
		const cells = {} as Record<ReportColumn, HTMLElement>;
		for (const column of COLUMNS) cells[column.id] = child(node, column.id === 'title' ? 'th' : 'td', column.numeric ? 'is-numeric' : '');
		cells.title.setAttribute('scope', 'row');
		const title = child(cells.title, 'button', 'postwright-report-open');
		title.type = 'button';
		this.parts.set(node, { cells, title });
		return node;
	}

	private updateRow(node: HTMLElement, row: VaultReportRow): void {
		this.current.set(node, row);
		const { cells, title } = this.parts.get(node)!;
		setText(title, row.title);
		setAttr(cells.title, 'title', row.path);
		setText(cells.status, row.status || '—');
		setText(cells.words, String(row.words));
		setText(cells.errors, String(row.errors));
		setText(cells.warnings, String(row.warnings));
		setAttr(cells.errors, 'data-nonzero', String(row.errors > 0));
		setAttr(cells.warnings, 'data-nonzero', String(row.warnings > 0));
	}
}
