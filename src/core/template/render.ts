import type { Profile, SectionKind } from '../profiles/profile';
import { fillYamlLine } from './yaml-values';

export type { SectionKind } from '../profiles/profile';

/**
 * The post template, rendered from the profile so there is one source of truth
 * for the plugin's "New post", "Insert template", the rule fixes and
 * `postwright new`. Parts are rendered separately so a note that lacks only
 * some of them can be completed.
 */

export interface TemplateValues {
	title: string;
	/** The snake_case slug, also the file's base name. */
	name: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** Idea Legos answers by row label. */
	legos?: Readonly<Record<string, string>>;
}

/** The profile's sections, in its order. */
export function sectionOrder(profile: Profile): SectionKind[] {
	return profile.sections.map((section) => section.kind);
}

export function fieldLine(profile: Profile, key: string, values: TemplateValues): string {
	const spec = profile.fields.find((field) => field.key === key);
	// `node_type` is the one fixed key: it is how a note names its profile.
	if (key === 'node_type') return `node_type: ${profile.id}`;
	if (spec?.role === 'name') return `${key}: ${values.name}`;
	if (spec?.role === 'last-updated') return `${key}: ${values.date}`;
	if (spec?.placeholder !== undefined) return `${key}: ${spec.placeholder}`;
	if (spec && (spec.type === 'tags' || spec.type === 'string-list' || spec.type === 'wikilink-list')) return `${key}: []`;
	return `${key}:`;
}

export function renderFrontmatter(profile: Profile, values: TemplateValues, eol = '\n'): string {
	const lines = ['---', ...profile.fields.map((field) => fieldLine(profile, field.key, values)), '---'];
	return lines.join(eol) + eol;
}

export function legosRow(label: string, choice = ''): string {
	// A pipe in an answer would end the cell early.
	return `| ${label} | ${choice.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').trim()} |`;
}

export function hookHeading(name: string, recommended: boolean): string {
	return `### HOOK ${name}${recommended ? ' (Recommended)' : ''}`;
}

export function renderSection(kind: SectionKind, profile: Profile, values: TemplateValues, eol = '\n'): string {
	const lines: string[] = [];
	switch (kind) {
		case 'title':
			lines.push(`# ${values.title}`);
			break;
		case 'angle':
			lines.push('## Angle: ', '');
			break;
		case 'legos':
			lines.push('## IDEA LEGOS', '| Lego | Choice |', '|------|--------|');
			for (const label of profile.legos) lines.push(legosRow(label, values.legos?.[label] ?? ''));
			lines.push('');
			break;
		case 'hooks':
			for (let i = 0; i < Math.max(2, profile.minHooks); i++) {
				lines.push(hookHeading(String.fromCharCode(65 + i), i === 0), '', '');
			}
			break;
		case 'full-post':
			lines.push('### FULL POST (using Hook A)', '', '');
			break;
		case 'notes':
			lines.push('## NOTES', ...profile.notesItems.map(notesItemLine), ...profile.judgementItems.map(taskLine));
			break;
	}
	return lines.join(eol) + eol;
}

export function notesItemLine(key: string): string {
	return `- **${key}**: `;
}

export function taskLine(label: string): string {
	return `- [ ] ${label}`;
}

/** A whole new post. */
export function renderPost(profile: Profile, values: TemplateValues): string {
	return renderFrontmatter(profile, values) + '\n' + sectionOrder(profile).map((kind) => renderSection(kind, profile, values)).join('\n');
}

/**
 * Fills `{{title}}`, `{{name}}`, `{{date}}` (and `{{node_type}}`) in a user's template note.
 * Unknown placeholders stay as written. In the frontmatter a value is YAML-escaped, so a
 * title like `Sync: not a feature` stays one string.
 */
export function fillPlaceholders(template: string, values: TemplateValues, profile: Profile): string {
	const known: Record<string, string> = { title: values.title, name: values.name, date: values.date, node_type: profile.id };
	const fill = (text: string): string => text.replace(/\{\{\s*([a-z_]+)\s*\}\}/gi, (whole, key: string) => known[key.toLowerCase()] ?? whole);
	const lines = template.split('\n');
	const close = /^---[ \t]*\r?$/.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line)) : -1;
	return lines.map((line, i) => (i > 0 && i < close ? fillYamlLine(line, fill) : fill(line))).join('\n');
}
