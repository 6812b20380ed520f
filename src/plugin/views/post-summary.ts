/**
 * One post as the vault report and the board list it: title, status, words,
 * problem counts and dates. The fields are read by their role in the post's
 * profile (`status`, `last_updated`, `published_date` in linkedin-post, a
 * custom profile's own keys otherwise), never by a fixed key.
 */
import type { Analysis } from '../../core/analyze';
import { severityCounts } from '../../core/counts';
import { fieldWithRole, type FieldRole } from '../../core/profiles/profile';

export interface PostSummary {
	path: string;
	/** The post's title, or its file name when it has none. */
	title: string;
	status: string;
	words: number;
	errors: number;
	warnings: number;
	infos: number;
	lastUpdated: string;
	publishedDate: string;
}

export function postSummary(path: string, analysis: Analysis): PostSummary {
	const counts = severityCounts(analysis.findings);
	return {
		path,
		title: analysis.post.title?.text || path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, ''),
		status: roleText(analysis, 'status'),
		words: analysis.metrics?.words ?? 0,
		errors: counts.error,
		warnings: counts.warning,
		infos: counts.info,
		lastUpdated: roleText(analysis, 'last-updated'),
		publishedDate: roleText(analysis, 'published-date'),
	};
}

/** The value of the field playing `role`, as text: a YAML date (a `Date` at UTC midnight) as written. */
function roleText(analysis: Analysis, role: FieldRole): string {
	const key = analysis.profile ? fieldWithRole(analysis.profile, role)?.key : undefined;
	const value: unknown = key === undefined ? undefined : analysis.post.frontmatter.data?.[key];
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	return typeof value === 'string' ? value.trim() : '';
}
