import type { FieldSpec } from '../profiles/profile';
import { missingFieldEdit } from '../template/complete';
import { examplePost } from './example-post';
import { fieldRange, isEmptyValue, setValueFix } from './helpers';
import type { Rule, RuleReport } from './rule';

export const fieldRequired: Rule = {
	id: 'field-required',
	description: 'A required frontmatter field is missing or empty.',
	severity: 'error',
	tag: 'frontmatter',
	examples: {
		good: [{ title: 'all required fields set', text: examplePost(), shows: ['description:'] }],
		bad: [
			{
				title: 'no description',
				text: examplePost({ fields: { description: null } }),
				findings: [{ line: 1, column: 1 }],
				// The fix adds the key; only the author can write the description itself.
				fixed: examplePost({ fields: { description: null, image: 'image:\ndescription:' } }),
				afterFix: [{ line: 17, column: 1 }],
			},
			{ title: 'empty tags', text: examplePost({ fields: { tags: 'tags: []' } }), findings: [{ line: 9, column: 7 }] },
		],
	},
	check(context) {
		const { post, profile, data, baseName, today } = context;
		if (post.frontmatter.state !== 'ok') return [];
		const reports: RuleReport[] = [];
		for (const field of context.fields) {
			if (field.required !== true) continue;
			const present = Object.prototype.hasOwnProperty.call(data, field.key);
			const value = data[field.key];
			if (present && !isEmptyValue(value)) continue;
			const values = { title: baseName, name: baseName, date: today };
			const known = field.role === 'name' ? baseName : field.role === 'last-updated' ? today : field.role === 'status' ? statusPlaceholder(field) : null;
			let fix;
			if (!present) {
				const edit = missingFieldEdit(post, profile, field.key, values);
				if (edit) fix = { kind: 'edit' as const, title: `Add \`${field.key}\``, edits: [edit] };
			} else if (known) {
				fix = setValueFix(context, field.key, known, `Set \`${field.key}\` to ${known}`);
			}
			reports.push({
				message: present
					? `\`${field.key}\` is empty; expected ${expectation(field.type)}.`
					: `\`${field.key}\` is missing; expected ${expectation(field.type)}.`,
				...fieldRange(context, field.key),
				fix,
			});
		}
		return reports;
	},
};

/** An empty status is set to the template's value, when that is one of the allowed ones. */
function statusPlaceholder(field: FieldSpec): string | null {
	const value = field.placeholder ?? field.values?.[0];
	return value !== undefined && (!field.values || field.values.includes(value)) ? value : null;
}

function expectation(type: string): string {
	switch (type) {
		case 'slug': return 'a snake_case name';
		case 'date': return 'a date like 2026-02-22';
		case 'tags': return 'a list with at least one tag';
		case 'enum': return 'one of its allowed values';
		case 'url': return 'an https:// URL';
		case 'string-list': return 'a list with at least one item';
		case 'wikilink-list': return 'a list of quoted wikilinks, like - "[[note]]"';
		default: return 'a value';
	}
}
