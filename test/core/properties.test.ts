import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fix';
import { examplePost } from '../../src/core/rules/example-post';
import { slugify, SLUG_PATTERN } from '../../src/core/template/slug';
import type { Finding, TextEdit } from '../../src/core/types';
import { findingProblems } from '../fixtures/hostile/invariants';
import { check } from '../helpers';

/**
 * Properties of the engine on any text. The default run is small so `npm test`
 * stays fast; `npm run test:fuzz` (FUZZ_RUNS=20000) runs the same properties longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 200;
const TIMEOUT = RUNS > 200 ? RUNS * 50 : 30_000;

/** Pieces of post syntax, and of the ways it breaks, to build notes from. */
const FRAGMENTS = [
	'---', '---\n', '---js\n', '\n', '\r\n', '\r', '\uFEFF', ' ', '\t', '  - ', '- ', ':', '"', "'", '#',
	'node_type: linkedin-post\n', 'name: example_post\n', 'status: published\n', 'status: draft\n', 'last_updated: 2026-02-30\n',
	'last_updated: 2027-01-01\n', 'published_date:\n', 'tags:\n', 'related_concepts:\n', '  - "[[async_work]]"\n', '  - [[async_work]]\n',
	'  - [[missing]]\n', 'related_concepts: [[a]]\n', 'link: http://x\n', 'image: "[[nope]]"\n', '&a [1]', '*a', '!!js/function x',
	'# Title\n', '## Angle: x\n', '## Angle:\n', '## IDEA LEGOS\n', '| Lego | Choice |\n', '|---|---|\n', '| Topic | |\n', '| Hook Type | x |\n',
	'### HOOK A (Recommended)\n', '### HOOK B\n', '### HOOK B (Recommended)\n', '### FULL POST (using Hook A)\n', '### FULL POST (using Hook Z)\n',
	'## NOTES\n', '- **Word count**: 12\n', '- **AI slop check**: Clean.\n', '- [ ] Single subject\n', '- [x] Single question\n',
	'|', '[[', ']]', '—', ' -- ', "Here's the thing. ", 'delve ', 'It is not A, it is B. ', '🚀', '每个', '\u200B', '\u202E', '\uD83D',
	'```\n', 'Our team stopped writing status reports.\n', 'word ',
];

const fragmentNote = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

/** The clean example post with random fragments spliced in and random spans cut out. */
const mutatedPost = fc
	.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant('')) }), { minLength: 1, maxLength: 8 })
	.map((operations) => {
		let text = examplePost();
		for (const { at, cut, insert } of operations) {
			const from = at % (text.length + 1);
			text = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + cut));
		}
		return text;
	});

const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
	fragmentNote,
	mutatedPost,
);

/** Analyse as a post whatever the text says, so every rule runs on every input. */
const analyseAsPost = (text: string): Analysis => check(text, { profileId: 'linkedin-post' });
const analyseAsIs = (text: string): Analysis => check(text);

function editFixes(findings: readonly Finding[]): Array<{ finding: Finding; edits: TextEdit[] }> {
	return findings.flatMap((finding) => (finding.fix?.kind === 'edit' ? [{ finding, edits: finding.fix.edits }] : []));
}

/** True when a ``` or ~~~ fence opens and never closes, so everything after it is code. */
function hasUnclosedCodeFence(text: string): boolean {
	let open = '';
	for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (!marker) continue;
		if (!open) open = marker;
		else if (marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = '';
	}
	return open !== '';
}

/** Applies the edits one by one, by hand, for comparison with applyEdits. */
function spliceAll(text: string, edits: readonly TextEdit[]): string {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.insert + out.slice(edit.to);
	return out;
}

/** Greedy set of whole fixes whose edits do not overlap one another. */
function nonOverlapping(fixes: ReturnType<typeof editFixes>): ReturnType<typeof editFixes> {
	const taken: ReturnType<typeof editFixes> = [];
	const overlaps = (a: TextEdit, b: TextEdit): boolean => (a.from < b.to && b.from < a.to) || (a.from === b.from && (a.from === a.to || b.from === b.to));
	for (const fix of fixes) {
		if (fix.edits.some((edit) => taken.some((other) => other.edits.some((taken) => overlaps(edit, taken))))) continue;
		taken.push(fix);
	}
	return taken;
}

describe('analysis never throws and every finding points inside the text', () => {
	it.each([
		['as the text says', analyseAsIs],
		['forced to the linkedin-post profile', analyseAsPost],
	] as const)('%s', (_label, analyse) => {
		fc.assert(
			fc.property(anyText, (text) => {
				const analysis = analyse(text);
				expect(findingProblems(text, analysis.findings)).toEqual([]);
			}),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);
});

describe('fixes', () => {
	it('each fix edits only its own ranges, keeps the rest of the text, and removes its finding', () => {
		fc.assert(
			fc.property(fc.oneof(mutatedPost, fragmentNote), (text) => {
				const analysis = analyseAsPost(text);
				for (const { finding, edits } of editFixes(analysis.findings)) {
					const label = `${finding.ruleId}: ${finding.message}`;
					const sorted = [...edits].sort((a, b) => a.from - b.from);
					for (let i = 1; i < sorted.length; i++) expect((sorted[i] as TextEdit).from, `${label}: edits overlap`).toBeGreaterThanOrEqual((sorted[i - 1] as TextEdit).to);
					const fixed = applyEdits(text, edits);
					// Outside its ranges the author's text is untouched, character for character.
					expect(fixed, label).toBe(spliceAll(text, edits));
					const first = sorted[0] as TextEdit;
					const last = sorted[sorted.length - 1] as TextEdit;
					expect(fixed.startsWith(text.slice(0, first.from)), label).toBe(true);
					expect(fixed.endsWith(text.slice(last.to)), label).toBe(true);
					// Text inserted inside a code block the author never closed is code, not a section: no fix can help there.
					if (hasUnclosedCodeFence(text)) continue;
					// Messages need not be unique (two em dashes read the same), so one fewer is what a fix owes.
					const same = (f: Finding): boolean => f.ruleId === finding.ruleId && f.message === finding.message;
					const before = analysis.findings.filter(same).length;
					const after = analyseAsPost(fixed).findings.filter(same).length;
					expect(after, `fixing "${label}" left it in place`).toBeLessThan(before);
				}
			}),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);

	it('applying all fixes, then the fixes found on the result, never repeats a change', () => {
		fc.assert(
			fc.property(mutatedPost, (text) => {
				// Inside a code block the author never closed, an inserted section is code and is offered again.
				if (hasUnclosedCodeFence(text)) return;
				const firstRound = nonOverlapping(editFixes(analyseAsPost(text).findings));
				const once = applyEdits(text, firstRound.flatMap((fix) => fix.edits));
				const secondRound = editFixes(analyseAsPost(once).findings);
				// A fix offered again after it was applied would add its text a second time.
				const applied = new Set(firstRound.map(({ finding, edits }) => `${finding.ruleId}|${finding.message}|${edits.map((e) => e.insert).join('|')}`));
				const repeated = secondRound.filter(({ finding, edits }) => {
					const key = `${finding.ruleId}|${finding.message}|${edits.map((e) => e.insert).join('|')}`;
					return applied.has(key) && edits.every((edit) => edit.insert === '' || once.includes(edit.insert));
				});
				expect(repeated.map(({ finding }) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
			}),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);
});

describe('names', () => {
	it('the slug of any title is a name the checker accepts (a new post never starts with an error)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 })), (title) => {
				expect(slugify(title)).toMatch(SLUG_PATTERN);
			}),
			{ numRuns: RUNS * 5 },
		);
	}, TIMEOUT);
});
