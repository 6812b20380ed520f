import { normaliseLabel } from '../template/complete';
import { EXAMPLE_LEGOS, examplePost } from './example-post';
import type { Rule, RuleReport } from './rule';

export const legosIncomplete: Rule = {
	id: 'legos-incomplete',
	description: 'An Idea Legos row is missing or has an empty Choice (`N/A` is an explicit answer).',
	severity: 'warning',
	tag: 'legos',
	examples: {
		good: [{ title: 'every row answered', text: examplePost(), shows: ['| Visual Format', '| Key Visuals'] }],
		bad: [
			{ title: 'an empty choice', text: examplePost({ legos: EXAMPLE_LEGOS.replace('| Confession |', '|  |') }), findings: [{ line: 31, column: 1 }] },
			{ title: 'a missing row', text: examplePost({ legos: EXAMPLE_LEGOS.replace(/\n\| Key Visuals[^\n]*/, '') }), findings: [{ line: 34, column: 1 }] },
		],
	},
	check({ post, profile }) {
		const legos = post.legos;
		if (!legos) return [];
		if (!legos.hasTable) {
			return [{ message: 'IDEA LEGOS has no table; expected a `| Lego | Choice |` table with a row for each lego.', from: legos.section.heading.from, to: legos.section.heading.to }];
		}
		const reports: RuleReport[] = [];
		const rows = new Map(legos.rows.map((row) => [normaliseLabel(row.label), row]));
		const end = post.source.lines[legos.endLineIndex - 1];
		for (const label of profile.legos) {
			const row = rows.get(normaliseLabel(label));
			if (!row) {
				reports.push({ message: `The Idea Legos row "${label}" is missing; expected a row \`| ${label} | … |\`.`, from: end?.start ?? legos.section.heading.from, to: end?.end });
			} else if (row.choice.trim() === '') {
				reports.push({ message: `The Idea Legos row "${label}" is empty; expected a choice, or N/A.`, from: row.from, to: row.to });
			}
		}
		return reports;
	},
};
