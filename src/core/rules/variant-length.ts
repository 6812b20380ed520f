import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

/** Three blank lines: where the author ends a part of a thread by hand. */
const HAND_BREAK = '\n\n\n\n';

const X_THREAD_OK = [
	'Our team stopped writing status reports. Nobody missed them, and the work got faster.',
	'We kept a short running log next to the code instead, updated when something changed.',
].join(HAND_BREAK);

const X_PART_TOO_LONG = [
	'Our team stopped writing status reports. Nobody missed them, and the work got faster.',
	'For two years every engineer spent Friday afternoon summarising the week. The reports went into a shared folder. ' +
		'A manager skimmed them on Monday, if at all. We tried one quarter without them: each project kept a short running log ' +
		'next to the code, updated when something actually changed, and questions got answered where the work lived.',
].join(HAND_BREAK);

function withVariant(platform: string, text: string): string {
	return examplePost({ fullPost: `${EXAMPLE_FULL_POST}\n\n## VARIANTS\n\n### ${platform}\n${text}` });
}

export const variantLength: Rule = {
	id: 'variant-length',
	description: 'A part of a `## VARIANTS` thread, split by hand with three blank lines, is over its platform\'s limit as that platform counts it (X: 280 weighted, as twitter-text; Threads 500, Bluesky 300, Mastodon 500).',
	severity: 'error',
	tag: 'variants',
	examples: {
		good: [
			{ title: 'every hand-made part fits', text: withVariant('X', X_THREAD_OK), excerpt: `### X\n${X_THREAD_OK}` },
			{ title: 'one long variant, split automatically', text: withVariant('BLUESKY', 'We stopped writing status reports. '.repeat(12).trim()), excerpt: '### BLUESKY\nWe stopped writing status reports. We stopped… (420 characters, split into two posts)' },
		],
		bad: [{ title: 'a hand-made part over 280', text: withVariant('X', X_PART_TOO_LONG), excerpt: `### X\n${X_PART_TOO_LONG}` }],
	},
	check({ metrics }) {
		return metrics.variants
			.filter((variant) => variant.handSplit)
			.flatMap((variant) =>
				variant.parts
					.map((part, index) => ({ part, index }))
					.filter(({ part }) => part.length > variant.limit)
					.map(({ part, index }) => ({
						message: `${variant.label} part ${index + 1} of ${variant.parts.length} has ${part.length} characters as ${variant.label} counts them; ${variant.label} allows ${variant.limit}. Shorten it, or split it with three blank lines.`,
						from: part.sourceFrom,
						to: part.sourceTo,
					})),
			);
	},
};
