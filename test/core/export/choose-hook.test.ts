import { describe, expect, it } from 'vitest';
import { chooseHookEdits } from '../../../src/core/export/choose-hook';
import { applyEdits } from '../../../src/core/fix';
import { EXAMPLE_FULL_POST, examplePost } from '../../../src/core/rules/example-post';
import { check } from '../../helpers';

const choose = (text: string, name: string): string => {
	const result = chooseHookEdits(check(text).post, name);
	if (!result.ok) throw new Error(result.reason);
	return applyEdits(text, result.edits);
};

describe('chooseHookEdits', () => {
	it('leaves a note that needs nothing unchanged, and says why it cannot choose a missing hook', () => {
		expect(chooseHookEdits(check(examplePost()).post, 'A')).toEqual({ ok: true, edits: [], opening: 'kept' });
		expect(chooseHookEdits(check(examplePost()).post, 'Q')).toMatchObject({ ok: false });
	});

	it('choosing back restores the note exactly', () => {
		const note = examplePost();
		expect(choose(choose(note, 'B'), 'A')).toBe(note);
	});

	it('keeps CRLF line endings and compares the opening as a reader does', () => {
		const crlf = examplePost({ fullPost: EXAMPLE_FULL_POST.replace('Our team stopped writing status reports.', 'Our team  stopped writing\nstatus reports.') }).replace(/\n/g, '\r\n');
		const after = choose(crlf, 'B');
		expect(after).not.toMatch(/[^\r]\n/);
		expect(after).toContain('### FULL POST (using Hook B)\r\n\r\nEvery Friday we wrote reports that nobody read.\r\n\r\nFor two years');
		expect(check(after).findings.map((f) => f.ruleId)).not.toContain('full-post-hook');
	});

	it('adds the using mark when the FULL POST names no hook', () => {
		const note = examplePost({ fullPost: EXAMPLE_FULL_POST.replace(' (using Hook A)', '') });
		expect(choose(note, 'B')).toContain('### FULL POST (using Hook B)\n\nEvery Friday we wrote reports that nobody read.\n\nOur team stopped');
	});
});
