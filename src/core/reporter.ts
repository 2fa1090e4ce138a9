/**
 * How a step tells the world what it does. Core and steps only emit; the CLI prints to stderr
 * (or stays quiet for --json), the Action maps to @actions/core logging.
 */
export interface ProgressUpdate {
  /** What is progressing, e.g. "config.json" or "train". */
  label: string;
  done: number;
  total?: number;
  unit: 'bytes' | 'rows' | 'steps' | 'files';
  /** Extra text for the line, e.g. "loss 0.413 lr 4.1e-5". */
  detail?: string;
}

export interface Reporter {
  /** A plain line ("Using cached model from ./models/base"). */
  info(message: string): void;
  /** A decision worth noticing, printed with ℹ. */
  notice(message: string): void;
  /** Something went differently than hoped, printed with ⚠. */
  warning(message: string): void;
  /** A step finished its work, printed with ✓. */
  success(message: string): void;
  progress(update: ProgressUpdate): void;
}

/** For code paths that run without anybody watching (tests of pure pieces, nested lookups). */
export const silentReporter: Reporter = {
  info() {},
  notice() {},
  warning() {},
  success() {},
  progress() {},
};
