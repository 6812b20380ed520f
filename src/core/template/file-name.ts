/**
 * The first free name for a new post: the slug itself, then `slug_2`,
 * `slug_3`… An existing file is never replaced.
 */
export function nextFreeName(slug: string, exists: (name: string) => boolean): string {
	if (!exists(slug)) return slug;
	for (let n = 2; ; n++) {
		const candidate = `${slug}_${n}`;
		if (!exists(candidate)) return candidate;
	}
}

/** Applies the file-name pattern of the settings: `{{name}}` (the slug) and `{{date}}`. */
export function fileNameFromPattern(pattern: string, values: { name: string; date: string }): string {
	const name = pattern.replace(/\{\{\s*name\s*\}\}/gi, values.name).replace(/\{\{\s*date\s*\}\}/gi, values.date);
	// A pattern must not reach outside the posts folder or make an invalid name.
	const clean = name.replace(/[\\/:*?"<>|#^[\]]/g, '_').replace(/^\.+/, '').trim();
	return clean || values.name;
}
