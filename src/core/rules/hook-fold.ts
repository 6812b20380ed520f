import { EXAMPLE_FULL_POST, EXAMPLE_HOOKS, examplePost } from './example-post';
import { countGraphemes } from '../metrics/graphemes';
import type { Rule } from './rule';

const LONG = 'We spent two years writing weekly status reports for a shared folder that nobody ever opened, and then, one quiet quarter, without telling anyone, we simply stopped.';

export const hookFold: Rule = {
	id: 'hook-fold',
	description: 'The posted hook\'s opening paragraph (the hook the FULL POST names, else the recommended one) does not fit above the mobile "…more" fold.',
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
		const name = metrics.postedHook ?? metrics.recommendedHook;
		const index = post.hooks.findIndex((hook) => hook.name === name);
		const hook = post.hooks[index];
		const mobile = metrics.hooks[index]?.fold?.mobile;
		const device = profile.fold?.mobile;
		if (!hook || !mobile || !device || mobile.fits || hook.body.text === '') return [];
		const paragraph = hook.body.text.split(/\n[ \t]*\n/)[0] ?? '';
		const which = metrics.postedHook === hook.name ? 'the posted hook' : 'the recommended hook';
		return [{
			message: `Hook ${hook.name} (${which}): its opening paragraph (${countGraphemes(paragraph)} characters) is cut at the mobile fold after ${mobile.visibleChars}; expected it to show whole in ${device.maxLines} lines of ${device.width} px, before "${device.label}".`,
			from: hook.body.from, to: post.source.lines[post.source.lineIndexAt(hook.body.from)]?.end,
		}];
	},
};
