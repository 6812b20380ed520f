export * from './wikilink';
export * from './path-resolver';
