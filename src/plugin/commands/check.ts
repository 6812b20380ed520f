import { Notice } from 'obsidian';
import type { Analysis } from '../../core/analyze';
import type { PostwrightHost } from '../host';
import { shownHook } from '../../core/metrics/fold-summary';
import { plural, severityCounts } from '../../core/counts';
import { revealPosition } from '../note-editor';
import { runAction } from '../run-action';
import { viewedPost } from './post-context';

export function registerCheckCommands(host: PostwrightHost): void {
	// Both only read, so they are plain check callbacks: editor commands would be hidden in Reading view.
	host.addCommand({
		id: 'check-current',
		name: 'Check current post',
		checkCallback: (checking) => {
			const post = viewedPost(host);
			if (!post) return false;
			if (!checking) new Notice(describeCheck(post.analysis));
			return true;
		},
	});
	host.addCommand({
		id: 'check-vault',
		name: 'Check all posts in the vault',
		callback: () => runAction('Could not check the vault', () => host.openVaultReport()),
	});
	host.addCommand({
		id: 'next-problem',
		name: 'Go to next problem',
		checkCallback: (checking) => {
			const post = viewedPost(host);
			if (!post) return false;
			if (checking) return true;
			const { editor } = post;
			const cursor = editor.posToOffset(editor.getCursor());
			const next = nextFindingOffset(post.analysis, cursor);
			if (next === null) {
				new Notice('No problems in this post.');
				return true;
			}
			revealPosition(host.app, post.view, editor.offsetToPos(next));
			return true;
		},
	});
}

/** The first finding after the cursor, wrapping to the first of the note. */
export function nextFindingOffset(analysis: Analysis, cursor: number): number | null {
	const offsets = [...new Set(analysis.findings.map((f) => f.from))].sort((a, b) => a - b);
	return offsets.find((offset) => offset > cursor) ?? offsets[0] ?? null;
}

/** `2 errors, 1 warning, 0 notes · 243 words · hook A (posted): 92 of 128 characters show on mobile, fits`. */
export function describeCheck(analysis: Analysis): string {
	const counts = severityCounts(analysis.findings);
	const parts = [`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`];
	const metrics = analysis.metrics;
	if (metrics) {
		parts.push(plural(metrics.words, 'word'));
		const hook = shownHook(metrics);
		const mobile = hook?.fold?.mobile;
		if (hook && mobile) {
			const role = hook.posted ? ' (posted)' : hook.recommended ? ' (recommended)' : '';
			const shown = mobile.complete ? `all ${hook.characters} characters show` : `${mobile.visibleChars} of ${hook.characters} characters show`;
			parts.push(`hook ${hook.name}${role}: ${shown} on mobile, ${mobile.fits ? 'fits' : 'does not fit'}`);
		}
	}
	return parts.join(' · ');
}
