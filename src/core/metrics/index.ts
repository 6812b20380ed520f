export { countWords } from './words';
export { countGraphemes, graphemeEnd } from './graphemes';
export { measureLength } from './platform-length';
export { computeFold } from './fold';
export type { FoldResult } from './fold';
export { findSlop, DEFAULT_SLOP_PHRASES } from './slop';
export type { SlopKind, SlopHit, SlopOptions } from './slop';
export { readingSeconds, DEFAULT_WORDS_PER_MINUTE } from './reading-time';
