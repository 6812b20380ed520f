/** A text-backed Editor with Obsidian's position API and transactions (one undo step each). */

export interface EditorPosition {
	line: number;
	ch: number;
}

interface EditorChange {
	from: EditorPosition;
	to?: EditorPosition;
	text: string;
}

export class Editor {
	private cursor: EditorPosition = { line: 0, ch: 0 };
	/** Test helper: one entry per transaction or replaceRange, like undo history steps. */
	history__: string[] = [];

	constructor(private text: string) {}

	getValue(): string {
		return this.text;
	}

	setValue(text: string): void {
		this.text = text;
	}

	lineCount(): number {
		return this.text.split('\n').length;
	}

	getLine(line: number): string {
		return this.text.split('\n')[line] ?? '';
	}

	getCursor(_which?: string): EditorPosition {
		return { ...this.cursor };
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : this.clip(pos);
	}

	setSelection(anchor: EditorPosition, _head?: EditorPosition): void {
		this.cursor = this.clip(anchor);
	}

	scrollIntoView(): void {}
	focus(): void {}

	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split('\n');
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] as string).length + 1;
		return Math.min(offset + pos.ch, this.text.length);
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
		const line = before.split('\n').length - 1;
		return { line, ch: before.length - before.lastIndexOf('\n') - 1 };
	}

	replaceRange(text: string, from: EditorPosition, to?: EditorPosition): void {
		this.transaction({ changes: [{ from, to: to ?? from, text }] });
	}

	/** Changes refer to the text before the transaction, as in CodeMirror. */
	transaction(tx: { changes?: EditorChange[]; selection?: { from: EditorPosition } }): void {
		const changes = (tx.changes ?? [])
			.map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }))
			.sort((a, b) => a.from - b.from);
		for (let i = 1; i < changes.length; i++) {
			if ((changes[i] as { from: number }).from < (changes[i - 1] as { to: number }).to) throw new Error('Overlapping ranges in transaction');
		}
		let out = '';
		let at = 0;
		for (const change of changes) {
			out += this.text.slice(at, change.from) + change.text;
			at = change.to;
		}
		this.text = out + this.text.slice(at);
		if (tx.selection) this.cursor = tx.selection.from;
		this.history__.push(this.text);
	}

	private clip(pos: EditorPosition): EditorPosition {
		return this.offsetToPos(this.posToOffset(pos));
	}
}
