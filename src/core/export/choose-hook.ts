/**
 * Choose hook: the chosen hook becomes `(Recommended)`, the others lose the
 * mark, the FULL POST says `(using Hook X)` and opens with the chosen hook's
 * text. All of it is one list of edits, so the editor applies it as one
 * transaction and one undo reverts it.
 */
import type { PostModel } from '../parse/post';
import { sourceOffset } from '../parse/sections';
import type { TextEdit } from '../types';
import { compareOpening } from './reader-text';

export type OpeningChange =
	/** The old hook's text at the top of the FULL POST was replaced. */
	| 'replaced'
	/** The FULL POST did not open with the hook it named: the chosen text was put above it, nothing removed. */
	| 'added'
	/** It already opened with the chosen hook. */
	| 'kept';

export type ChooseHookResult =
	| { ok: true; edits: TextEdit[]; opening: OpeningChange }
	| { ok: false; reason: string };

const RECOMMENDED = /[ \t]*\(\s*recommended\s*\)/i;

export function chooseHookEdits(post: PostModel, name: string): ChooseHookResult {
	const chosen = post.hooks.find((hook) => hook.name === name.trim().toUpperCase());
	const full = post.fullPost;
	if (!chosen || !full || chosen.body.text.trim() === '') return { ok: false, reason: `Hook ${name} or the FULL POST is missing or empty` };
	const { source } = post;
	const eol = source.text.includes('\r\n') ? '\r\n' : '\n';
	const edits: TextEdit[] = [];
	const lineEnd = (lineIndex: number): number => {
		const line = source.lines[lineIndex]!;
		return line.start + line.text.trimEnd().length;
	};
	const insertAt = (at: number, insert: string): number => edits.push({ from: at, to: at, insert });

	for (const hook of post.hooks) {
		const line = source.lines[hook.section.heading.lineIndex]!;
		const mark = RECOMMENDED.exec(line.text);
		if (hook === chosen && !mark) insertAt(lineEnd(hook.section.heading.lineIndex), ' (Recommended)');
		else if (hook !== chosen && mark) edits.push({ from: line.start + mark.index, to: line.start + mark.index + mark[0].length, insert: '' });
	}
	if (full.usingHook === null) insertAt(lineEnd(full.section.heading.lineIndex), ` (using Hook ${chosen.name})`);
	else if (full.usingHook !== chosen.name) edits.push({ from: full.usingFrom, to: full.usingTo, insert: chosen.name });

	const text = chosen.body.text.split('\n').join(eol);
	const body = full.body;
	if (body.text !== '' && compareOpening(body.text, chosen.body.text).matches) return { ok: true, edits, opening: 'kept' };
	const posted = post.hooks.find((hook) => hook.name === full.usingHook);
	const comparison = body.text !== '' && posted && posted.body.text.trim() !== '' ? compareOpening(body.text, posted.body.text) : null;
	if (comparison?.matches) {
		edits.push({ from: body.from, to: sourceOffset(body, comparison.end), insert: text });
		return { ok: true, edits, opening: 'replaced' };
	}
	// An empty FULL POST gets the hook; one that opens with the author's own words keeps them, below it.
	insertAt(body.from, body.text === '' ? text + eol : text + eol + eol);
	return { ok: true, edits, opening: 'added' };
}
