/**
 * Enter submits a modal's form, except while an input method is composing (Japanese,
 * Chinese, Korean…): there Enter confirms the composed characters, and the title is
 * not finished yet.
 */
export function isSubmitKey(event: KeyboardEvent): boolean {
	return event.key === 'Enter' && !event.isComposing;
}
