import { checkCommand } from './check-command';
import type { CliCommand } from './command';
import { exportCommand } from './export';
import { measureCommand } from './measure';
import { newCommand } from './new-command';
import { profilesCommand } from './profiles-command';

/**
 * Every subcommand, in the order `--help` lists them. A new one is a module
 * exporting a `CliCommand` (see command.ts), added here.
 */
export const COMMANDS: readonly CliCommand[] = [checkCommand, newCommand, exportCommand, measureCommand, profilesCommand];
