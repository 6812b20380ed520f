import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOP_PHRASES, findSlop } from '../../../src/core/metrics/slop';
import type { SlopKind } from '../../../src/core/metrics/slop';

const defaults = { phrases: DEFAULT_SLOP_PHRASES, contrastive: false };
const none = { phrases: [] as string[], contrastive: false };

function matches(text: string, kind: SlopKind, options = defaults): string[] {
	return findSlop(text, options)
		.filter((hit) => hit.kind === kind)
		.map((hit) => hit.match);
}

describe('findSlop: em dashes', () => {
	it('always flags an em dash, spaced or not', () => {
		expect(matches('Fast—and cheap', 'em-dash')).toEqual(['—']);
		expect(matches('Fast — and cheap — really', 'em-dash')).toEqual(['—', '—']);
		expect(findSlop('a—b', none)).toEqual([{ kind: 'em-dash', from: 1, to: 2, match: '—' }]);
	});

	it('flags an en dash used as a dash but not in a range', () => {
		expect(matches('Fast – and cheap', 'em-dash')).toEqual(['–']);
		expect(matches('Fast –and cheap', 'em-dash')).toEqual(['–']);
		expect(matches('From 2020–2024', 'em-dash')).toEqual([]);
		expect(matches('pages 10 – 20', 'em-dash')).toEqual([]);
		expect(matches('London–Paris train', 'em-dash')).toEqual([]);
	});

	it('flags a double hyphen used as a dash', () => {
		expect(matches('Fast -- and cheap', 'em-dash')).toEqual(['--']);
		expect(matches('Fast--and cheap', 'em-dash')).toEqual(['--']);
		const [hit] = findSlop('ab -- cd', none);
		expect(hit).toEqual({ kind: 'em-dash', from: 3, to: 5, match: '--' });
	});

	it('ignores hyphens that are not dashes', () => {
		expect(matches('state-of-the-art', 'em-dash')).toEqual([]);
		expect(matches('intro\n\n---\n\nbody', 'em-dash')).toEqual([]);
		expect(matches('a ---- b', 'em-dash')).toEqual([]);
		expect(matches('run it with --force', 'em-dash')).toEqual([]);
		expect(matches('Title\n--\ntext', 'em-dash')).toEqual([]);
		expect(matches('i--', 'em-dash')).toEqual([]);
		expect(matches('<!-- note -->', 'em-dash')).toEqual([]);
	});

	it('finds none in the reference FULL POST opening except its one em dash', () => {
		const text = 'The ones that get it wrong talk about it constantly — usually in post-mortems.';
		expect(findSlop(text, defaults)).toEqual([{ kind: 'em-dash', from: 52, to: 53, match: '—' }]);
	});
});

describe('findSlop: "Here\'s" constructions', () => {
	it("flags Here's anywhere, straight or curly, any case", () => {
		expect(matches("Here's the thing.", 'heres')).toEqual(["Here's"]);
		expect(matches('But here’s the thing.', 'heres')).toEqual(['here’s']);
		expect(matches("HERE'S WHY", 'heres')).toEqual(["HERE'S"]);
		expect(matches("So, 'here's' what", 'heres')).toEqual(["here's"]);
	});

	it("does not flag There's, where's or words containing here", () => {
		expect(matches("There's a real difference. Where's the data? Nowhere's safe.", 'heres')).toEqual([]);
		expect(matches('adherence, hereafter, heresy', 'heres')).toEqual([]);
	});

	it('flags Here is/are at a sentence or clause start', () => {
		expect(matches('Here is why.', 'heres')).toEqual(['Here is']);
		expect(matches('It broke. Here are three reasons.', 'heres')).toEqual(['Here are']);
		expect(matches('The answer: here is the fix', 'heres')).toEqual(['here is']);
		expect(matches('and here is the catch', 'heres')).toEqual(['here is']);
		expect(matches('It failed, so here are the fixes', 'heres')).toEqual(['here are']);
		expect(matches('Intro\nHere is a list', 'heres')).toEqual(['Here is']);
		expect(matches('- Here are the steps', 'heres')).toEqual(['Here are']);
		expect(matches('"Here is the deal"', 'heres')).toEqual(['Here is']);
	});

	it('does not flag Here is/are in the middle of a sentence', () => {
		expect(matches('The problem here is scale.', 'heres')).toEqual([]);
		expect(matches('What matters here are people.', 'heres')).toEqual([]);
		expect(matches('Here isnt a word', 'heres')).toEqual([]);
		expect(matches('Here, is it?', 'heres')).toEqual([]);
	});

	it('gives the offsets of the construction', () => {
		const text = 'Done. Here is more.';
		const [hit] = findSlop(text, none);
		expect(hit).toEqual({ kind: 'heres', from: 6, to: 13, match: 'Here is' });
		expect(text.slice(hit?.from, hit?.to)).toBe('Here is');
	});
});

describe('findSlop: phrases', () => {
	it('ships a sensible default list', () => {
		expect(DEFAULT_SLOP_PHRASES.length).toBeGreaterThanOrEqual(25);
		for (const phrase of ['delve', 'tapestry', "in today's fast-paced world", 'game-changer', 'deep dive', 'paradigm shift']) {
			expect(DEFAULT_SLOP_PHRASES).toContain(phrase);
		}
	});

	it('matches whole words and phrases, ignoring case', () => {
		expect(matches("Let's DELVE into the rich tapestry of sync.", 'phrase')).toEqual(['DELVE', 'tapestry']);
		expect(matches('In Today’s fast-paced world, sync matters.', 'phrase')).toEqual(['In Today’s fast-paced world']);
		expect(matches('A real game changer.', 'phrase')).toEqual(['game changer']);
		expect(matches('A deep\ndive', 'phrase')).toEqual(['deep\ndive']);
	});

	it('does not match inside longer words', () => {
		expect(matches('The delvers and tapestryish pseudo-leverage', 'phrase')).toEqual(['leverage']);
		expect(matches('deep diver', 'phrase')).toEqual([]);
	});

	it('escapes regular-expression characters in user phrases', () => {
		const options = { phrases: ['10x (really)', 'a.b', 'C++'], contrastive: false };
		expect(matches('We got 10x (really) faster', 'phrase', options)).toEqual(['10x (really)']);
		expect(matches('axb a.b', 'phrase', options)).toEqual(['a.b']);
		expect(matches('I love C++ and C', 'phrase', options)).toEqual(['C++']);
	});

	it('prefers the longest phrase at a position and ignores blank entries', () => {
		const options = { phrases: ['', '  ', 'deep', 'deep dive'], contrastive: false };
		expect(matches('a deep dive and deep water', 'phrase', options)).toEqual(['deep dive', 'deep']);
	});

	it('uses the new list when the options change', () => {
		for (let i = 0; i < 10; i++) {
			const options = { phrases: [`word${i}`], contrastive: false };
			expect(matches(`has word${i} and word${i + 1}`, 'phrase', options)).toEqual([`word${i}`]);
		}
		expect(matches('delve', 'phrase')).toEqual(['delve']);
	});
});

describe('findSlop: contrastive formula', () => {
	const on = { phrases: [] as string[], contrastive: true };

	it('is off unless asked for', () => {
		expect(matches("It's not a feature, it's infrastructure.", 'contrastive', { ...on, contrastive: false })).toEqual([]);
	});

	it("flags it's not X, it's Y and its variants within a sentence", () => {
		expect(matches("It's not a feature, it's infrastructure.", 'contrastive', on)).toEqual(["It's not a feature, it's"]);
		expect(matches('Sync isn’t a feature — it’s infrastructure.', 'contrastive', on)).toEqual(['isn’t a feature — it’s']);
		expect(matches('This is not about speed; it is about trust.', 'contrastive', on)).toEqual(['This is not about speed; it is']);
		expect(matches('It was not luck -- it was work.', 'contrastive', on)).toEqual(['It was not luck -- it was']);
	});

	it('flags not X, but Y', () => {
		expect(matches('We win not by speed, but by trust.', 'contrastive', on)).toEqual(['not by speed, but']);
		expect(matches('Not faster — but simpler.', 'contrastive', on)).toEqual(['Not faster — but']);
	});

	it('does not flag across sentences or without the turn', () => {
		expect(matches("The goal isn't speed of build. It's invisibility at scale.", 'contrastive', on)).toEqual([]);
		expect(matches('It is not working and I know why.', 'contrastive', on)).toEqual([]);
		expect(matches('Nothing, but nothing, beats it.', 'contrastive', on)).toEqual([]);
		expect(matches('I could not agree more.', 'contrastive', on)).toEqual([]);
	});
});

describe('findSlop: all kinds together', () => {
	it('returns hits sorted by offset, with offsets into the given text', () => {
		const text = "Here's the thing — we don't delve. It's not hype, it's a deep dive.";
		const hits = findSlop(text, { phrases: DEFAULT_SLOP_PHRASES, contrastive: true });
		expect(hits.map((h) => h.kind)).toEqual(['heres', 'em-dash', 'phrase', 'contrastive', 'phrase']);
		for (const hit of hits) expect(text.slice(hit.from, hit.to)).toBe(hit.match);
		const froms = hits.map((h) => h.from);
		expect([...froms].sort((a, b) => a - b)).toEqual(froms);
	});

	it('finds nothing in clean text', () => {
		expect(findSlop('Projects have a start and an end. Infrastructure has a start and a forever.', defaults)).toEqual([]);
		expect(findSlop('', { ...defaults, contrastive: true })).toEqual([]);
	});
});
