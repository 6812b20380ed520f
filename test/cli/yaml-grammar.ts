/**
 * Frontmatters built from a grammar of the scalars, keys and line shapes YAML
 * reads in surprising ways, mixed with the ones posts really have, so that the
 * fast YAML path (src/cli/yaml-fast.ts) is compared with js-yaml both where it
 * should answer and right at the edge of where it must decline.
 * Seeded, so a failure names a case that can be run again.
 */

/** A small seeded generator (mulberry32): the same seed gives the same frontmatters. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** What posts really have: read by the fast path when written plainly. */
export const REALISTIC_SCALARS = [
	'sync_infrastructure_bet_ruben', "Real-time sync isn't a feature — it's infrastructure. Most vendors solve the wrong problem.",
	'linkedin-post', 'draft', 'published', 'business', 'data infrastructure', 'Stacksync founding story', '"[[ruben_personality_v01]]"',
	"'[[async_work]]'", '2026-02-22', '1999-12-31', 'https://example.com/a/b?c=d', 'engineering-culture', 'We shipped 14 dashboards (and deleted 11).',
	'10 things we stopped doing', '3 rules, 2 exceptions', 'Ünïcödé café', '日本語のタイトル', '🚀 launch day', '"Quoted: with a colon"', "'single # hash'",
	'C# and F#', 'a/b', '(draft) idea', '_private', 'x', 'Notes, ideas [and more] {braces}', 'it\'s "quoted" inside', 'a:b', 'key:value',
];

/** Values YAML 1.1/1.2 resolve to other types, indicators, escapes, odd characters: mostly declined, sometimes read. */
export const TRICKY_SCALARS = [
	// Null and booleans, and words that look like them.
	'', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', 'Yes',
	// Numbers in every base and shape js-yaml 3 knows, and near misses.
	'0', '12', '-1', '+1', '012', '0012', '0o17', '0x1F', '0xg', '0b101', '0b12', '1_000', '1_', '_1', '1e3', '1E3', '1.5', '.5', '1.', '.inf',
	'-.inf', '.NaN', '.nan', 'inf', 'NaN', 'Infinity', '12:30', '1:2:3', '190:20:30.15', '12:60', '1,000', '3rd', '10x', '1 e3', '100%', '1.2.3',
	'2e', 'e3', '0 ', '7 days',
	// Dates and timestamps.
	'2026-02-22', '2026-2-22', '2026-02-30', '2026-13-01', '0099-01-01', '0000-00-00', '2026-02-22T10:00:00Z', '2026-02-22 10:00:00',
	'2026-02-22 10:00:00 +05:00', '2026-02-22t10:00:00.5', '2026-02-22x', '2026-02-22 notes', '2026 plans', '20260222', '2026-02', '2026-02-2',
	// Quotes.
	'"x"', '""', "''", '"a\\"b"', '"a\\nb"', '"a\\x41"', "'it''s'", '"unterminated', "'unterminated", '"a" b', '"a"b', "'a' # c", '"a # b"',
	'"a: b"', '"  padded  "', "'  '", '"é — 🚀"', '"a\tb"', "'a\\b'", '"\'"', "'\"'",
	// Colons and hashes.
	'a: b', 'a:', 'a::', 'http://x.com/a#b', 'a #b', 'a#b', '#a', 'a :b', 'a : b', ':x', 'a:\u00a0b', 'a: ', 'a:#',
	// Indicators.
	'- a', '-a', '--', '---', '...', '? a', '?a', '[a]', '[[x]]', '{a: 1}', '{}', '[]', '&a x', '*a', '!tag x', '!!str 1', '|', '>', '|-',
	'%x', '@x', '`x`', ',a', '=', '<<', 'a > b', 'a & b', 'a * b', 'a ! b', 'a % b', 'a @ b', 'a | b',
	// Characters js-yaml treats specially or refuses.
	'a\u00a0', '\u00a0a', 'a\u200bb', '\ufeffa', 'a\ufeff', 'a\u2028b', 'a\u0085b', 'a\ud83d', '\udc00a', 'a\u007fb', 'a\u0007b', 'a\u00adb',
	'a\ufffd', 'a\uffff', 'a\u0000b', 'a\rb',
	// Whitespace.
	'a ', 'a  ', ' a', 'a\tb', 'a\t', 'a  b', '\ta',
];

export const REALISTIC_KEYS = ['name', 'description', 'domain', 'node_type', 'status', 'last_updated', 'published_date', 'tags', 'topics',
	'related_concepts', 'link', 'image'];
export const TRICKY_KEYS = ['True', 'null', 'NULL', 'Null', 'yes', 'on', 'y', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'k1', '1key',
	'_x', 'a-b', 'a-', 'key with space', '"quoted"', "'quoted'", '? x', '<<', 'é', 'x.y', 'k#', 'Key', 'NAME', '-k', '12', '2026-02-22', '~'];

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

/** A value written on the key's own line, after the separator. */
function scalar(random: () => number, realism: number): string {
	return random() < realism ? pick(random, REALISTIC_SCALARS) : pick(random, TRICKY_SCALARS);
}

/** The separator between a key and its value: `: ` mostly, then YAML's other spellings and errors. */
function separator(random: () => number, realism: number): string {
	if (random() < realism) return ': ';
	return pick(random, [':', ':  ', ' : ', ':\t', ': \t', '::']);
}

/** One field: `key: value`, `key:` with a list (indent 0, 2 or odd), a nested mapping, or a continued line. */
function field(random: () => number, realism: number, used: Set<string>): string[] {
	// Keys are mostly new to the document: a repeated key is an error js-yaml reports, wanted now and then.
	const fresh = REALISTIC_KEYS.filter((name) => !used.has(name));
	const key = random() < realism ? pick(random, fresh.length > 0 && random() < realism ? fresh : REALISTIC_KEYS) : pick(random, TRICKY_KEYS);
	used.add(key);
	const trailing = random() < 0.15 ? pick(random, random() < realism ? [' ', '  '] : ['\t', ' \t']) : '';
	const shape = random();
	if (random() > realism && random() < 0.5) {
		// Shapes the fast path must leave to js-yaml: a nested mapping, a value continued on the next line.
		if (shape < 0.5) return [`${key}:`, `  ${pick(random, REALISTIC_KEYS)}: ${scalar(random, realism)}`];
		return [`${key}: ${scalar(random, realism)}`, `${pick(random, ['  ', ' ', '\t', ''])}${pick(random, ['continued', '- item', '# comment', 'x: y'])}`];
	}
	if (shape < 0.6) return [`${key}${separator(random, realism)}${scalar(random, realism)}${trailing}`];
	const indent = random() < realism ? pick(random, ['  ', '', '    ']) : pick(random, [' ', '   ', '\t', '  \t']);
	const items = Math.floor(random() * 4);
	const lines = [`${key}:${trailing}`];
	for (let i = 0; i < items; i++) {
		const itemIndent = random() < 0.1 ? pick(random, ['', ' ', '  ', '    ']) : indent;
		const dash = random() < realism ? '- ' : pick(random, ['-', '-  ', '- - ', '-\t', '? ']);
		const item = random() < realism ? pick(random, REALISTIC_SCALARS.filter((value) => !value.includes(':'))) : scalar(random, 0);
		lines.push(`${itemIndent}${dash}${item}`);
		if (random() < 0.05) lines.push(`${itemIndent}  ${pick(random, ['continued', '- nested', 'sub: x'])}`);
	}
	return lines;
}

/** Lines that may sit between fields: blank, spaces only, comments, document markers. */
const BETWEEN = ['', '', '  ', '# a comment', '  # indented comment', '---', '...', '%YAML 1.2', '\t', '\ufeff'];

/**
 * One generated frontmatter (the YAML between the fences). `realism` is the
 * chance each choice takes what posts have rather than a tricky alternative.
 */
export function generatedFrontmatter(random: () => number, realism = random() < 0.5 ? 0.93 + random() * 0.07 : random()): string {
	const lines: string[] = [];
	const fields = 1 + Math.floor(random() * 8);
	const used = new Set<string>();
	for (let i = 0; i < fields; i++) {
		if (random() > realism && random() < 0.3) lines.push(pick(random, BETWEEN));
		lines.push(...field(random, realism, used));
	}
	const text = lines.join(random() < 0.98 ? '\n' : '\r\n');
	return random() < 0.2 ? `${text}\n` : text;
}

/** An ordinary post frontmatter with `line` (a field, a list item, a lone line) put in at `place`. */
export function ordinaryFrontmatterWith(place: 'field' | 'item' | 'line', line: string): string {
	const lines = ['name: sync_infrastructure_bet_ruben', 'description: Most vendors solve the wrong problem.', 'last_updated: 2026-02-22',
		'published_date:', 'tags:', '  - infrastructure', '  - data-sync', 'related_concepts:', '- "[[ruben_personality_v01]]"', 'link:'];
	if (place === 'field') lines.splice(4, 0, line);
	else if (place === 'item') lines.splice(6, 0, `  - ${line}`);
	else lines.splice(9, 0, line);
	return lines.join('\n');
}
