/** The snake_case slug of a title: `Sync Is Infrastructure!` → `sync_is_infrastructure`. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '_')
		.replace(/^_+|_+$/g, '');
	return slug.slice(0, 80).replace(/_+$/, '') || 'untitled_post';
}

/**
 * Lowercase letters of any script, letters without case (CJK, Arabic…) and digits, joined by
 * underscores: what slugify makes of any title, so a post made from a Chinese title is valid.
 */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:_[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u;
