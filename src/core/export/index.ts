export { exportLinkedIn, toPlatformText, type ExportOptions, type ExportResult } from './linkedin';
export { applySpans, scanLine, type BoldStyle, type MarkdownKind, type MarkdownSpan, type ScanState } from './markdown';
export { compareOpening, lineAround, type OpeningComparison } from './reader-text';
export { toUnicodeBold } from './unicode-bold';
