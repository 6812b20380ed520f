import { EXAMPLE_FULL_POST, examplePost } from './example-post';
import type { Rule } from './rule';

/** Three blank lines: where the author ends a part of a thread by hand. */
const HAND_BREAK = '\n\n\n\n';
const OPENING = 'We stopped writing status reports. Nobody missed them.';
const X_THREAD_OK = `${OPENING}${HAND_BREAK}We keep a short log next to the code instead.`;
const X_PART_TOO_LONG = `${OPENING}${HAND_BREAK}${'Each project keeps a short running log next to the code. '.repeat(6).trim()}`;

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
			{ title: 'every hand-made part fits', text: withVariant('X', X_THREAD_OK) },
			{ title: 'one long variant (447 characters), split automatically', text: withVariant('BLUESKY', `${OPENING} `.repeat(8).trim()) },
		],
		bad: [{ title: 'a hand-made part over 280', text: withVariant('X', X_PART_TOO_LONG), findings: [{ line: 72, column: 1 }] }],
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
