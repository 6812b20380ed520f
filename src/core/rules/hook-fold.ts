import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from './example-post';
import type { Rule } from './rule';

const LONG = 'We spent two years writing weekly status reports for a shared folder that nobody ever opened, and then, one quiet quarter, without telling anyone, we simply stopped.';

export const hookFold: Rule = {
	id: 'hook-fold',
	description: 'The recommended hook\'s opening paragraph does not fit above the mobile "…see more" fold.',
	severity: 'warning',
	tag: 'hooks',
	examples: {
		good: [{ title: 'a short opening line', text: examplePost(), shows: ['### HOOK A', 'Our team stopped writing status reports.'] }],
		bad: [{
			title: 'an opening paragraph past the fold',
			text: examplePost({ hooks: EXAMPLE_HOOKS.replace('Our team stopped writing status reports.', LONG), fullPost: EXAMPLE_FULL_POST.replace('Our team stopped writing status reports.', LONG) }),
			findings: [{ line: 40, column: 1 }],
		}],
	},
	check({ post, metrics, profile }) {
		const index = post.hooks.findIndex((hook) => hook.recommended);
		const hook = post.hooks[index];
		const mobile = metrics.hooks[index]?.fold?.mobile;
		if (!hook || !mobile || mobile.fits || hook.body.text === '') return [];
		const device = profile.limits.fold!.mobile;
		const paragraph = hook.body.text.split(/\n[ \t]*\n/)[0] ?? '';
		return [{
			message: `Hook ${hook.name}'s opening paragraph (${[...paragraph].length} characters) is cut at the mobile fold after ${mobile.visibleChars}; expected it to fit in ${device.maxLines} lines of about ${device.charsPerLine} characters (${device.charBudget} at most).`,
			from: hook.body.from, to: post.source.lines[post.source.lineIndexAt(hook.body.from)]?.end,
		}];
	},
};
