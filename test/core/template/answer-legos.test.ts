import { describe, expect, it } from 'vitest';
import { answerEmptyLegosRows } from '../../../src/core/template/complete';

describe('answerEmptyLegosRows', () => {
	const table = ['## IDEA LEGOS', '| Lego | Choice |', '|------|--------|', '| Topic |  |', '| angle | Already chosen |', '| Key Visuals |', '| Visual Format | |'];

	it('fills only empty rows, matching labels loosely, escaping pipes', () => {
		const out = answerEmptyLegosRows(table.join('\n'), { topic: 'Remote | hybrid', Angle: 'ignored', 'key  visuals': 'A chart', 'Visual Format': '   ' });
		expect(out.split('\n')).toEqual(['## IDEA LEGOS', '| Lego | Choice |', '|------|--------|', '| Topic | Remote \\| hybrid |', '| angle | Already chosen |', '| Key Visuals | A chart |', '| Visual Format | |']);
	});

	it('keeps CRLF line endings', () => {
		const out = answerEmptyLegosRows(table.join('\r\n'), { Topic: 'Remote work' });
		expect(out).toContain('| Topic | Remote work |\r\n| angle');
		expect(out.split('\r\n')).toHaveLength(table.length);
	});

	it('leaves the text alone without answers', () => {
		expect(answerEmptyLegosRows(table.join('\n'), {})).toBe(table.join('\n'));
	});
});
