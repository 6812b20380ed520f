/**
 * Unicode's GraphemeBreakTest.txt (17.0.0), every case: `÷` marks a cluster
 * boundary, `×` a place where there is none, between hex code points.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeBreaks, graphemeEnd } from '../../../src/core/metrics/graphemes';

interface BreakCase {
	line: number;
	text: string;
	/** UTF-16 end index of each cluster. */
	ends: number[];
}

function readCases(): BreakCase[] {
	const file = readFileSync(new URL('../../fixtures/unicode/GraphemeBreakTest-17.0.0.txt', import.meta.url), 'utf8');
	const cases: BreakCase[] = [];
	for (const [index, raw] of file.split('\n').entries()) {
		const body = raw.split('#')[0]?.trim() ?? '';
		if (body === '') continue;
		let text = '';
		const ends: number[] = [];
		for (const token of body.split(/\s+/)) {
			if (token === '÷') {
				if (text.length > 0) ends.push(text.length);
			} else if (token !== '×') {
				text += String.fromCodePoint(Number.parseInt(token, 16));
			}
		}
		cases.push({ line: index + 1, text, ends });
	}
	return cases;
}

const cases = readCases();

describe("Unicode's GraphemeBreakTest-17.0.0.txt", () => {
	it('has the 766 cases Unicode 17 publishes', () => {
		expect(cases).toHaveLength(766);
	});

	it('puts every boundary where the file does (graphemeBreaks)', () => {
		const wrong = cases.filter((c) => Array.from(graphemeBreaks(c.text)).join() !== c.ends.join()).map((c) => c.line);
		expect(wrong).toEqual([]);
	});

	it('counts what the file counts (countGraphemes)', () => {
		const wrong = cases.filter((c) => countGraphemes(c.text) !== c.ends.length).map((c) => c.line);
		expect(wrong).toEqual([]);
	});

	it('walks the same clusters cluster by cluster (graphemeEnd)', () => {
		const wrong = cases.filter((c) => {
			const walked: number[] = [];
			for (let i = 0; i < c.text.length; ) walked.push((i = graphemeEnd(c.text, i)));
			return walked.join() !== c.ends.join();
		}).map((c) => c.line);
		expect(wrong).toEqual([]);
	});
});
