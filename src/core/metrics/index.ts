export { countWords } from './words';
export { countGraphemes, graphemeBreaks, graphemeEnd } from './graphemes';
export { measureLength } from './platform-length';
export { computeFold } from './fold';
export type { FoldResult, VisualLine } from './fold';
export { foldFigures, shownHook } from './fold-summary';
export { findSlop, DEFAULT_SLOP_PHRASES } from './slop';
export type { SlopKind, SlopHit, SlopOptions } from './slop';
export { readingSeconds, DEFAULT_WORDS_PER_MINUTE } from './reading-time';
