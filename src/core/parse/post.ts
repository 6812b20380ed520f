import type { YamlParser } from '../types';
import { parseLegos, parseNotes, type LegosTable, type NotesItem, type TaskItem } from './blocks';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { findHeadings, type Heading } from './headings';
import { publishedText, sectionsOf, type PublishedText, type Section } from './sections';
import { Source } from './source';
import { parseVariants, type Variants } from './variants';

/** The typed model of a post note. Every piece carries offsets into `source.text`. */
export interface PostModel {
	source: Source;
	frontmatter: Frontmatter;
	headings: Heading[];
	title: Heading | null;
	angle: { heading: Heading; text: string; textFrom: number } | null;
	legos: (LegosTable & { section: Section }) | null;
	hooks: Hook[];
	fullPost: FullPost | null;
	notes: { section: Section; items: NotesItem[]; tasks: TaskItem[] } | null;
	/** `## VARIANTS` and its platform subsections (PRODUCT §2.1). */
	variants: Variants | null;
}

export interface Hook {
	/** The hook's letter, upper case (`A`). */
	name: string;
	recommended: boolean;
	section: Section;
	body: PublishedText;
}

export interface FullPost {
	section: Section;
	/** The hook named in `(using Hook X)`, upper case, or null. */
	usingHook: string | null;
	/** Offset range of the X in `(using Hook X)`. */
	usingFrom: number;
	usingTo: number;
	body: PublishedText;
}

const ANGLE = /^angle\s*:\s*/i;
const LEGOS = /^idea\s+legos\s*$/i;
const NOTES = /^notes\s*$/i;
const HOOK = /^hook\s+([A-Za-z]|\d+)\b(.*)$/i;
const FULL_POST = /^full\s+post\b(.*)$/i;
const USING_HOOK = /\(\s*using\s+hook\s+([A-Za-z]|\d+)\s*\)/i;

export function parsePost(text: string, parseYaml: YamlParser): PostModel {
	const source = new Source(text);
	const frontmatter = readFrontmatter(source, parseYaml);
	const headings = findHeadings(source, frontmatter.bodyLineIndex);
	const sections = sectionsOf(source, headings);
	const post: PostModel = { source, frontmatter, headings, title: null, angle: null, legos: null, hooks: [], fullPost: null, notes: null, variants: parseVariants(source, sections) };

	for (const section of sections) {
		const { heading } = section;
		if (heading.level === 1) {
			post.title ??= heading;
		} else if (heading.level === 2) {
			const angle = ANGLE.exec(heading.text);
			if (angle && !post.angle) {
				post.angle = { heading, text: heading.text.slice(angle[0].length).trim(), textFrom: heading.textFrom + angle[0].length };
			} else if (LEGOS.test(heading.text) && !post.legos) {
				// Built field by field: an object spread here cost more than parsing the table.
				const legos = parseLegos(source, section);
				post.legos = { rows: legos.rows, endLineIndex: legos.endLineIndex, hasTable: legos.hasTable, section };
			} else if (NOTES.test(heading.text) && !post.notes) {
				const notes = parseNotes(source, section);
				post.notes = { section, items: notes.items, tasks: notes.tasks };
			}
		} else if (heading.level === 3) {
			const hook = HOOK.exec(heading.text);
			if (hook) {
				post.hooks.push({
					name: (hook[1] as string).toUpperCase(),
					recommended: /\(\s*recommended\s*\)/i.test(hook[2] as string),
					section, body: publishedText(source, section),
				});
				continue;
			}
			const full = FULL_POST.exec(heading.text);
			if (full && !post.fullPost) {
				const using = USING_HOOK.exec(heading.text);
				const usingAt = using ? heading.textFrom + using.index + using[0].indexOf((using[1] as string), using[0].search(/hook/i) + 4) : heading.to;
				post.fullPost = {
					section, usingHook: using ? (using[1] as string).toUpperCase() : null,
					usingFrom: usingAt, usingTo: using ? usingAt + (using[1] as string).length : usingAt,
					body: publishedText(source, section),
				};
			}
		}
	}
	return post;
}
