import * as path from 'node:path';
import { stringOption, UsageError, type CliCommand } from './command';
import { scaffoldPost } from './scaffold';

/** `postwright new "Title" [--dir DIR]`: a post from the template, never replacing a file. */
export const newCommand: CliCommand = {
	name: 'new',
	usage: 'new "Title" [--dir DIR]',
	summary: 'create a post from the template (never overwrites)',
	optionHelp: [['--dir DIR', 'folder to create it in (default: the current folder)']],
	options: { dir: { type: 'string' } },
	run(input, io) {
		const title = input.positionals.join(' ').trim();
		if (!title) throw new UsageError('new needs a title: postwright new "My post title"');
		try {
			const file = scaffoldPost(title, path.resolve(io.cwd, stringOption(input, 'dir', '.')), io.now);
			io.stdout(`created ${path.relative(io.cwd, file).split(path.sep).join('/')}\n`);
			return 0;
		} catch (error) {
			io.stderr(`postwright: cannot create the post: ${(error as Error).message}\n`);
			return 2;
		}
	},
};
