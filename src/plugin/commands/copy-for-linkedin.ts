import { Notice, type TFile } from 'obsidian';
import { plural } from '../../core/counts';
import { toPlatformText } from '../../core/export/linkedin';
import { measureLength } from '../../core/metrics/platform-length';
import { PLATFORMS } from '../../core/profiles/platforms';
import type { PostwrightHost } from '../host';
import { runAction } from '../run-action';
import { viewedPost } from './post-context';

/**
 * Copy for LinkedIn: the FULL POST as `postwright export` makes it, onto the
 * clipboard (navigator.clipboard: the same on desktop and mobile). Only reads,
 * so it works in Reading view too. The notice says how long it is and
 * whether it fits the limit.
 */
export function registerCopyForLinkedIn(host: PostwrightHost): void {
	host.addCommand({
		id: 'copy-for-linkedin',
		name: 'Copy for LinkedIn',
		checkCallback: (checking) => {
			const post = viewedPost(host);
			if (!post?.analysis.post.fullPost) return false;
			if (!checking) runAction('Could not copy the post', () => copyForLinkedIn(host, post.editor.getValue(), post.file));
			return true;
		},
	});
}

/** Converts and copies; the notice (and the return value) says what happened. */
export async function copyForLinkedIn(host: PostwrightHost, note: string, file: TFile): Promise<string> {
	const analysis = host.posts.analyzeText(note, file);
	// The command is offered only with a FULL POST; it may have been emptied since.
	const text = toPlatformText(analysis.post.fullPost?.body.text ?? '', host.settings.copyBold);
	if (!text) {
		new Notice('Nothing to copy: the full post is empty.');
		return '';
	}
	await navigator.clipboard.writeText(text);
	// Counted as LinkedIn counts against its limit.
	const limits = analysis.profile?.limits ?? PLATFORMS.linkedin!;
	const length = measureLength(text, limits.lengthMode);
	const fit = length <= limits.postLimit ? 'fits' : `${length - limits.postLimit} over`;
	const message = `Copied ${plural(length, 'character')} for LinkedIn: ${fit} the ${limits.postLimit} limit.`;
	new Notice(message);
	return message;
}
