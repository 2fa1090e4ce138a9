/** Where a step's result came from. */
export type ResultSource = 'disk' | 'tool-cache' | 's3' | 'actions-cache' | 'hub' | 'trained' | 'none';

export type StepCommand = 'model download' | 'dataset download' | 'train' | 'evaluate';

/** What every step answers; `details` holds the step's own fields (files, bytes, splits, metrics…). */
export interface StepResult {
  command: StepCommand;
  cacheHit: boolean;
  source: ResultSource;
  outputDir: string;
  key: string;
  /** Why the step did its work (empty on a hit), one line each. */
  reasons: string[];
  /** Plan mode found no hit: the work still has to be done. */
  needsRun: boolean;
  durationMs: number;
  details: Record<string, unknown>;
}

/** The one JSON object `--json` prints: the common fields, then the step's details. */
export function resultToJson(result: StepResult): Record<string, unknown> {
  return {
    command: result.command,
    cacheHit: result.cacheHit,
    source: result.source,
    outputDir: result.outputDir,
    key: result.key,
    reasons: result.reasons,
    needsRun: result.needsRun,
    durationMs: result.durationMs,
    ...result.details,
  };
}
