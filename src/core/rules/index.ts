import { fieldEnum } from './field-enum';
import { fieldRequired } from './field-required';
import { fieldType } from './field-type';
import { frontmatterMissing } from './frontmatter-missing';
import { frontmatterYaml } from './frontmatter-yaml';
import { fullPostHook } from './full-post-hook';
import { hashtags } from './hashtags';
import { hookFold } from './hook-fold';
import { hookRecommended } from './hook-recommended';
import { lastUpdatedFuture } from './last-updated-future';
import { legosIncomplete } from './legos-incomplete';
import { markdownInPost } from './markdown-in-post';
import { nameMatchesFile } from './name-matches-file';
import { nodeTypeUnknown } from './node-type-unknown';
import { notesStale } from './notes-stale';
import { postLength } from './post-length';
import { relatedConceptsLink } from './related-concepts-link';
import { relatedConceptsUnresolved } from './related-concepts-unresolved';
import type { Rule } from './rule';
import { sectionMissing } from './section-missing';
import { slopEmDash } from './slop-em-dash';
import { slopHeres } from './slop-heres';
import { slopPhrase } from './slop-phrase';
import { statusRequirements } from './status-requirements';
import { variantLength } from './variant-length';

export type { BadExample, ExpectedFinding, GoodExample, Rule, RuleContext, RuleReport } from './rule';

/** Every rule, in the order of PRODUCT.md §5; findings are reported in this order within a line. */
export const RULES: readonly Rule[] = [
	frontmatterMissing,
	frontmatterYaml,
	fieldRequired,
	fieldType,
	fieldEnum,
	nameMatchesFile,
	statusRequirements,
	lastUpdatedFuture,
	relatedConceptsLink,
	relatedConceptsUnresolved,
	sectionMissing,
	legosIncomplete,
	hookRecommended,
	fullPostHook,
	hookFold,
	postLength,
	slopEmDash,
	slopHeres,
	slopPhrase,
	notesStale,
	markdownInPost,
	nodeTypeUnknown,
	variantLength,
	hashtags,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
