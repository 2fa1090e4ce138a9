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
  /** Something a person should act on (corrupted metadata, a failed cache, a failed validation), printed with ⚠. */
  warning(message: string): void;
  /**
   * An ordinary reason to do the work (not downloaded yet, a parameter changed). The CLI prints it with the seed's ⚠;
   * the Action writes a plain log line, never an annotation: a green run stays green.
   */
  miss(message: string): void;
  /** A step finished its work, printed with ✓. */
  success(message: string): void;
  progress(update: ProgressUpdate): void;
}

/**
 * Does a miss reason say something is damaged (rather than absent or changed)? Those are worth a warning: a
 * corrupted or hand-edited metadata file, a file missing from or truncated in a finished result, a run that
 * never finished.
 */
export function isDamageReason(reason: string): boolean {
  return /corrupted|edited by hand|is missing|bytes, \d+ expected|completed flag is false|failed validation|could not be restored|sha256 differs|lists no /i.test(reason);
}

/** For code paths that run without anybody watching (tests of pure pieces, nested lookups). */
export const silentReporter: Reporter = {
  info() {},
  notice() {},
  warning() {},
  miss() {},
  success() {},
  progress() {},
};
