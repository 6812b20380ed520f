import { lineEnding } from '../fix';
import type { PostModel } from '../parse/post';
import type { SourceLine } from '../parse/source';
import type { Profile } from '../profiles/profile';
import type { TextEdit } from '../types';
import { fieldLine, hookHeading, legosRow, notesItemLine, renderFrontmatter, renderSection, sectionOrder, taskLine, type SectionKind, type TemplateValues } from './render';

/**
 * The edits that add to a note what the template has and the note lacks:
 * fields, sections, Idea Legos rows, NOTES items. Only insertions: nothing the
 * author wrote is removed, rewritten or moved, so applying the result twice
 * changes nothing the second time.
 */
export function completionEdits(post: PostModel, profile: Profile, values: TemplateValues): TextEdit[] {
	const eol = lineEnding(post.source.text);
	return [...frontmatterEdits(post, profile, values, eol), ...sectionEdits(post, profile, values, eol), ...rowEdits(post, profile, eol)];
}

export function missingFieldEdit(post: PostModel, profile: Profile, key: string, values: TemplateValues): TextEdit | null {
	const fm = post.frontmatter;
	if (fm.state !== 'ok') return null;
	const closeLine = post.source.lines[fm.closeLineIndex] as SourceLine;
	return { from: closeLine.start, to: closeLine.start, insert: fieldLine(profile, key, values) + lineEnding(post.source.text) };
}

function frontmatterEdits(post: PostModel, profile: Profile, values: TemplateValues, eol: string): TextEdit[] {
	const fm = post.frontmatter;
	if (fm.state === 'absent') {
		const at = post.source.bomLength;
		return [{ from: at, to: at, insert: renderFrontmatter(profile, values, eol) + (post.source.text.length > at ? eol : '') }];
	}
	if (fm.state !== 'ok') return [];
	const edits: TextEdit[] = [];
	for (const field of profile.fields) {
		if (fm.fields.has(field.key) || (fm.data && field.key in fm.data)) continue;
		const edit = missingFieldEdit(post, profile, field.key, values);
		if (edit) edits.push(edit);
	}
	return edits;
}

function presentSections(post: PostModel): Map<SectionKind, number> {
	const at = new Map<SectionKind, number>();
	if (post.title) at.set('title', post.title.from);
	if (post.angle) at.set('angle', post.angle.heading.from);
	if (post.legos) at.set('legos', post.legos.section.heading.from);
	if (post.hooks[0]) at.set('hooks', post.hooks[0].section.heading.from);
	if (post.fullPost) at.set('full-post', post.fullPost.section.heading.from);
	if (post.notes) at.set('notes', post.notes.section.heading.from);
	return at;
}

/** Where a missing section goes: before the next section the note has, in template order; else at the end. */
export function sectionInsertPoint(post: PostModel, profile: Profile, kind: SectionKind): number {
	const present = presentSections(post);
	const order = sectionOrder(profile);
	for (let i = order.indexOf(kind) + 1; i < order.length; i++) {
		const at = present.get(order[i] as SectionKind);
		if (at !== undefined) return at;
	}
	return post.source.text.length;
}

export function sectionEdit(post: PostModel, profile: Profile, kind: SectionKind, values: TemplateValues): TextEdit {
	const eol = lineEnding(post.source.text);
	const at = sectionInsertPoint(post, profile, kind);
	const text = post.source.text;
	let block = renderSection(kind, profile, values, eol);
	if (at === text.length) {
		// Appending: start on a fresh line after a blank one.
		const lead = text.length === 0 || /(\r?\n){2}$/.test(text) ? '' : /\r?\n$/.test(text) ? eol : eol + eol;
		block = lead + block;
	} else {
		block += eol;
	}
	return { from: at, to: at, insert: block };
}

function sectionEdits(post: PostModel, profile: Profile, values: TemplateValues, eol: string): TextEdit[] {
	if (post.frontmatter.state === 'unclosed') return [];
	const present = presentSections(post);
	const edits: TextEdit[] = [];
	for (const kind of sectionOrder(profile)) {
		if (!present.has(kind)) edits.push(sectionEdit(post, profile, kind, values));
	}
	if (post.hooks.length > 0 && post.hooks.length < profile.minHooks) {
		const last = post.hooks[post.hooks.length - 1]!;
		const used = new Set(post.hooks.map((hook) => hook.name));
		let insert = '';
		for (let code = 65, added = post.hooks.length; added < profile.minHooks && code <= 90; code++) {
			const name = String.fromCharCode(code);
			if (used.has(name)) continue;
			insert += eol + hookHeading(name, false) + eol + eol;
			added++;
		}
		edits.push({ from: last.section.to, to: last.section.to, insert });
	}
	return edits;
}

function rowEdits(post: PostModel, profile: Profile, eol: string): TextEdit[] {
	const edits: TextEdit[] = [];
	const lines = post.source.lines;
	if (post.legos) {
		const have = new Set(post.legos.rows.map((row) => normaliseLabel(row.label)));
		const missing = profile.legos.filter((label) => !have.has(normaliseLabel(label)));
		if (!post.legos.hasTable) {
			const after = post.legos.section.heading.to;
			const rows = ['| Lego | Choice |', '|------|--------|', ...profile.legos.map((label) => legosRow(label))];
			edits.push({ from: after, to: after, insert: eol + rows.join(eol) });
		} else if (missing.length > 0) {
			const last = lines[post.legos.endLineIndex - 1] as SourceLine;
			edits.push({ from: last.end, to: last.end, insert: missing.map((label) => eol + legosRow(label)).join('') });
		}
	}
	if (post.notes) {
		const haveItems = new Set(post.notes.items.map((item) => normaliseLabel(item.key)));
		const haveTasks = new Set(post.notes.tasks.map((task) => normaliseLabel(task.label)));
		const add = [
			...profile.notesItems.filter((key) => !haveItems.has(normaliseLabel(key))).map(notesItemLine),
			...profile.judgementItems.filter((label) => !haveTasks.has(normaliseLabel(label))).map(taskLine),
		];
		if (add.length > 0) {
			const { section } = post.notes;
			let lastLine = section.heading.lineIndex;
			for (let i = section.firstLine; i < section.endLine; i++) if ((lines[i] as SourceLine).text.trim() !== '') lastLine = i;
			const at = (lines[lastLine] as SourceLine).end;
			edits.push({ from: at, to: at, insert: add.map((line) => eol + line).join('') });
		}
	}
	return edits;
}

// The same few dozen labels (the profile's and the rows that copy them) are normalised for
// every note; a lookup is far cheaper than four string passes. Cleared when full, so it stays small.
const normalisedLabels = new Map<string, string>();

export function normaliseLabel(label: string): string {
	let normal = normalisedLabels.get(label);
	if (normal === undefined) {
		normal = label.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
		if (normalisedLabels.size >= 512) normalisedLabels.clear();
		normalisedLabels.set(label, normal);
	}
	return normal;
}

/**
 * Puts the New post modal's Idea Legos answers into a user's template note:
 * only rows whose choice cell is empty are filled, so nothing the template
 * says is overwritten. Rows are matched by label the way the parser matches
 * them (case, apostrophes and spacing aside).
 */
export function answerEmptyLegosRows(text: string, answers: Readonly<Record<string, string>>): string {
	const byLabel = new Map<string, string>();
	for (const [label, answer] of Object.entries(answers)) if (answer.trim() !== '') byLabel.set(normaliseLabel(label), answer);
	if (byLabel.size === 0) return text;
	// A row `| Label |  |` (or `| Label |`); the lookahead leaves a CRLF line's `\r` where it is.
	return text.replace(/^(\|[^|\r\n]*\|)[ \t]*(?:\|[ \t]*)?(?=\r?$)/gm, (row, labelCell: string) => {
		const label = labelCell.slice(1, -1).trim();
		const answer = byLabel.get(normaliseLabel(label));
		return answer === undefined ? row : legosRow(label, answer);
	});
}
