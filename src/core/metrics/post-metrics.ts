import type { CheckConfig } from '../config';
import type { PostModel } from '../parse/post';
import type { FoldSettings } from '../profiles/fold-defaults';
import type { DeviceName } from '../profiles/platforms';
import type { EffectiveProfile } from '../profiles/profile';
import { computeFold, type FoldResult } from './fold';
import { countGraphemes } from './graphemes';
import { measureLength } from './platform-length';
import { readingSeconds } from './reading-time';
import { DEFAULT_SLOP_PHRASES, findSlop, type SlopHit } from './slop';
import { scanWords } from './words';
import { measureVariants, type VariantMeasure } from '../variants/measure';

export interface HookMetrics {
	name: string;
	recommended: boolean;
	/** The hook the FULL POST names in `(using Hook X)`: the one that gets published. */
	posted: boolean;
	/** Characters (graphemes) of the hook's text. */
	characters: number;
	/** Absent when the platform has no fold. */
	fold: Record<DeviceName, FoldResult> | null;
}

/** A slop hit placed in the note: offsets into the note's text. */
export interface PlacedSlopHit extends SlopHit {
	/** `Hook A`, or `FULL POST`. */
	where: string;
}

export interface PostMetrics {
	words: number;
	/** Characters (graphemes) of the FULL POST: what a reader counts, and the unit every count shown uses. */
	characters: number;
	/** The FULL POST's length as its platform counts it against its limit (LinkedIn: UTF-16 code units). */
	limitLength: number;
	/** Name of the hook the FULL POST names in `(using Hook X)`, when such a hook exists. */
	postedHook: string | null;
	/** Name of the hook marked `(Recommended)` (the first so marked). */
	recommendedHook: string | null;
	readingSeconds: number;
	hooks: HookMetrics[];
	/** The fold of the FULL POST's opening. */
	opening: Record<DeviceName, FoldResult> | null;
	slop: PlacedSlopHit[];
	/** Each `## VARIANTS` subsection against its own platform, split into a thread where it is longer than one post. */
	variants: VariantMeasure[];
}

/**
 * The fold of `text` on each device, laid out when first read and kept: a
 * check run reads one or two of them per post, the sidebar all of them.
 */
function foldsOf(text: string, profile: EffectiveProfile): Record<DeviceName, FoldResult> | null {
	return profile.fold ? new DeviceFolds(text, profile.fold) : null;
}

/**
 * A class with its getters on the prototype: an object literal with getters (and the closures
 * they keep) cost a runtime call per getter and per note, and a tenth of a 10,000-note check.
 */
class DeviceFolds implements Record<DeviceName, FoldResult> {
	private mobileFold: FoldResult | undefined = undefined;
	private desktopFold: FoldResult | undefined = undefined;

	constructor(private readonly text: string, private readonly settings: FoldSettings) {}

	get mobile(): FoldResult {
		return (this.mobileFold ??= computeFold(this.text, this.settings.mobile));
	}

	get desktop(): FoldResult {
		return (this.desktopFold ??= computeFold(this.text, this.settings.desktop));
	}
}

export function measurePost(post: PostModel, profile: EffectiveProfile, config: CheckConfig): PostMetrics {
	const text = post.source.text;
	const full = post.fullPost?.body.text ?? '';
	const scanned = scanWords(full);
	const words = scanned.words;
	const slopOptions = { phrases: config.slopPhrases ?? DEFAULT_SLOP_PHRASES, contrastive: config.contrastive };
	const slop: PlacedSlopHit[] = [];
	// Slop runs over the raw section text so hit offsets are the note's own; the
	// decoration `---` lines it also sees are not dashes by the slop rules.
	const scan = (from: number, to: number, where: string): void => {
		for (const hit of findSlop(text.slice(from, to), slopOptions)) {
			slop.push({ kind: hit.kind, from: hit.from + from, to: hit.to + from, match: hit.match, where });
		}
	};
	const using = post.fullPost?.usingHook ?? null;
	const postedHook = using !== null && post.hooks.some((hook) => hook.name === using) ? using : null;
	const hooks = post.hooks.map((hook): HookMetrics => {
		scan(hook.section.from, hook.section.to, `Hook ${hook.name}`);
		return {
			name: hook.name,
			recommended: hook.recommended,
			posted: hook.name === postedHook,
			characters: countGraphemes(hook.body.text),
			fold: foldsOf(hook.body.text, profile),
		};
	});
	if (post.fullPost) scan(post.fullPost.section.from, post.fullPost.section.to, 'FULL POST');
	return {
		words,
		characters: scanned.oneClusterPerCharacter ? full.length : countGraphemes(full),
		limitLength: measureLength(full, profile.limits.lengthMode),
		postedHook,
		recommendedHook: post.hooks.find((hook) => hook.recommended)?.name ?? null,
		readingSeconds: readingSeconds(words, profile.wordsPerMinute),
		hooks,
		opening: post.fullPost ? foldsOf(full, profile) : null,
		slop,
		variants: measureVariants(post),
	};
}
