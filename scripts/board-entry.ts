/**
 * The page side of scripts/board-screenshot.mjs: analyses each note with the
 * core and draws the board with the plugin's own BoardRenderer.
 * Bundled to an IIFE, with the notes defined as POSTWRIGHT_BOARD.
 */
import { load } from 'js-yaml';
import { analyze } from '../src/core/analyze';
import { PathResolver } from '../src/core/links/path-resolver';
import { boardCard, type BoardCard } from '../src/plugin/views/board-model';
import { BoardRenderer } from '../src/plugin/views/board-render';
import { installCreateEl } from './screenshot-dom';

declare const POSTWRIGHT_BOARD: { notes: Array<{ path: string; text: string }>; vault: string[]; today: string };

installCreateEl();
const { notes, vault, today } = POSTWRIGHT_BOARD;
const resolver = new PathResolver(vault);
const cards: BoardCard[] = [];
for (const note of notes) {
	const analysis = analyze(note.text, { path: note.path, parseYaml: (source) => load(source), today, resolver });
	if (analysis.profile) cards.push(boardCard(note.path, analysis));
}
const noop = (): void => undefined;
new BoardRenderer(document.getElementById('host')!, { onOpen: noop, onMenu: noop, onMove: noop }).setCards(cards);
document.body.dataset.ready = 'true';
