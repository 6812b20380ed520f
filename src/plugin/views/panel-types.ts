import type { Finding } from '../../core/types';
import type { JudgementItem } from './judgement-items';

/** What the panel asks of its host (the ItemView, a test, the screenshot page). */
export interface PanelCallbacks {
	/** Put the cursor on the finding: its 1-based line and column, its offsets in the analysed text. */
	onJump(finding: Finding): void;
	/** Apply the finding's fix. */
	onFix(finding: Finding): void;
	/** Tick or untick a judgement item in the note's NOTES section. */
	onToggleTask(item: JudgementItem, checked: boolean): void;
	/** Add the post template to a note that is not a post yet. */
	onInsertTemplate(): void;
	/** Make this hook the recommended one and the FULL POST's opening (the meters' "Use this hook"). */
	onUseHook?(name: string): void;
	/** Copy the FULL POST for LinkedIn (the button beside the feed preview). */
	onCopy?(): void;
}
