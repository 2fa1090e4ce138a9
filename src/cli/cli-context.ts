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

export interface CliCommand {
  /** The words that select it: ["model", "download"]. */
  words: string[];
  summary: string;
  help: string;
  /** Runs the command; returns the JSON object `--json` prints, or undefined when there is none. */
  run(context: CliContext): Promise<{ json: Record<string, unknown>; wantsJson: boolean }>;
}
