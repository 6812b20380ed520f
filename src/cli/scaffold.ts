import * as fs from 'node:fs';
import * as path from 'node:path';
import { localDate } from '../core/dates';
import { LINKEDIN_POST } from '../core/profiles';
import { renderPost } from '../core/template/render';
import { slugify } from '../core/template/slug';
import { nextFreeName } from '../core/template/file-name';

/**
 * `postwright new`: the same template and naming as the plugin's New post.
 * The file is created with the exclusive flag, so even a file that appears
 * between the check and the write is never replaced.
 */
export function scaffoldPost(title: string, dir: string, now: Date): string {
	fs.mkdirSync(dir, { recursive: true });
	const slug = slugify(title);
	for (let attempt = 0; attempt < 1000; attempt++) {
		const name = nextFreeName(slug, (candidate) => fs.existsSync(path.join(dir, `${candidate}.md`)));
		const file = path.join(dir, `${name}.md`);
		const text = renderPost(LINKEDIN_POST, { title, name, date: localDate(now) });
		try {
			fs.writeFileSync(file, text, { flag: 'wx' });
			return file;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
	throw new Error(`no free file name for ${slug} in ${dir}`);
}
