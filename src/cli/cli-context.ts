import type { Reporter } from '../core/reporter.js';
import type { TextSink } from './console-reporter.js';

/** What a CLI command gets: its own argv (after the command words), the environment, and where to write. */
export interface CliContext {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: TextSink;
  reporter: Reporter;
  /** Values to mask in everything written (the token). Commands add to it as they learn secrets. */
  secrets: string[];
}

/** A command's module: its --help text and what it does (main.ts knows its words and summary). */
export interface CliCommand {
  help: string;
  /** Runs the command; returns the JSON object `--json` prints, or undefined when there is none. */
  run(context: CliContext): Promise<{ json: Record<string, unknown>; wantsJson: boolean }>;
}
