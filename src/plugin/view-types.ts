/** View type ids: stable, since Obsidian saves them in the workspace layout. */
export const CHECKLIST_VIEW_TYPE = 'postwright-checklist';
export const VAULT_REPORT_VIEW_TYPE = 'postwright-vault-report';
export const BOARD_VIEW_TYPE = 'postwright-board';
