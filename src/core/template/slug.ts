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

export const SLUG_PATTERN = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
