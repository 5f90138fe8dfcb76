// The CLI's command registry: add a command group by adding its file and one line here.
import type { CliCommand } from '../command';
import { conformanceCommand } from './conformance';
import { docsCommand, showCommand, tocCommand } from './corpus';
import { exportCommand } from './export';
import { importCommand } from './import';
import { keysCommand } from './keys';
import { notesCommand } from './notes';
import { searchCommand } from './search';
import { settingsCommand } from './settings';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [
  docsCommand,
  tocCommand,
  showCommand,
  searchCommand,
  exportCommand,
  notesCommand,
  keysCommand,
  importCommand,
  conformanceCommand,
  settingsCommand,
];
