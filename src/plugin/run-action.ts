import { Notice } from 'obsidian';

/**
 * The one way the plugin runs what a click, a command or an event starts: a failure
 * becomes a notice naming what failed and why (and the console keeps the details),
 * never an unhandled promise the author cannot see.
 */
export function runAction(what: string, action: () => unknown): void {
	try {
		const result = action();
		if (result instanceof Promise) result.catch((error: unknown) => reportFailure(what, error));
	} catch (error) {
		reportFailure(what, error);
	}
}

/** `Could not mark as published: the YAML does not parse…`. */
export function reportFailure(what: string, error: unknown): void {
	const reason = error instanceof Error ? error.message : String(error);
	console.error(`Postwright: ${what}`, error);
	new Notice(`${what}: ${firstLine(reason)}`);
}

function firstLine(text: string): string {
	const line = text.split('\n', 1)[0] ?? '';
	return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
