/**
 * The stand-in editor of the interactive sidebar page: a textarea whose text
 * is the note. It does for the panel what the plugin's Markdown editor does:
 * the cursor goes to a 1-based line and column, and a fix replaces ranges of
 * the text. Lines are counted here on their own (not with the core's line
 * index), so a test that jumps to a finding checks the core's line and column
 * against the text itself.
 */

export interface CursorPosition {
	line: number;
	column: number;
	offset: number;
}

export class PageEditor {
	constructor(readonly textarea: HTMLTextAreaElement) {}

	get text(): string {
		return this.textarea.value;
	}

	set text(text: string) {
		this.textarea.value = text;
	}

	/** Puts the cursor on a 1-based line and column, clamped to the text, as Obsidian's Editor.setCursor does. */
	setCursor(line: number, column: number): CursorPosition {
		const lines = this.text.split('\n');
		const lineIndex = Math.min(Math.max(line, 1), lines.length) - 1;
		let offset = 0;
		for (let i = 0; i < lineIndex; i++) offset += (lines[i] ?? '').length + 1;
		offset += Math.min(Math.max(column, 1) - 1, (lines[lineIndex] ?? '').length);
		this.textarea.focus();
		this.textarea.setSelectionRange(offset, offset);
		return this.cursor();
	}

	/** Where the cursor is now, 1-based. */
	cursor(): CursorPosition {
		const offset = this.textarea.selectionStart;
		const before = this.text.slice(0, offset);
		const lineStart = before.lastIndexOf('\n') + 1;
		return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
	}
}
