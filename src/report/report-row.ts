import type { KeyComponents } from '../core/fingerprint.js';
import { explainKeyChange } from '../steps/train/train-key.js';
import type { TrainingLogEntry } from '../trainers/trainer.js';
import { numericMetrics } from './metric-delta.js';
import { displayPath, safeText, type SafeTextOptions } from './safe-text.js';

/** What the base branch's latest result of the same step was (from its `latest` record), or that it has none. */
export interface BaseComparison {
  branch: string;
  found: boolean;
  key?: string;
  metrics?: Record<string, number>;
  /** The base result's key components (train), for the field-by-field difference. */
  components?: Record<string, unknown>;
}

/** One step of a job as the PR report shows it. Everything in it is already safe to publish (safeText). */
export interface ReportRow {
  /** Which step this is across runs and branches: the command and its output dir inside the workspace. */
  id: string;
  command: string;
  outputDir: string;
  decision: string;
  source: string;
  cacheHit: boolean;
  reasons: string[];
  /** How this result differs from the base branch's, field by field (`learning-rate: 0.001 → 0.002`). */
  baseReasons?: string[];
  timeSavedMs?: number;
  key: string;
  metrics: Record<string, number>;
  base?: BaseComparison;
  /** The run that trained it, where the step trained. */
  runUrl?: string;
  /** Training curves (thinned) where the step trained or restored a training. */
  history?: TrainingLogEntry[];
}

/** The base as a row keeps it: its components served the comparison and stay out of the comment. */
const withoutComponents = ({ components: _components, ...base }: BaseComparison): BaseComparison => base;

/** Points kept of a history: enough for a curve, small enough for a comment's hidden data. */
const HISTORY_POINTS = 30;

function thinHistory(history: TrainingLogEntry[]): TrainingLogEntry[] {
  if (history.length <= HISTORY_POINTS) return history;
  const every = Math.ceil(history.length / HISTORY_POINTS);
  return history.filter((_, index) => index % every === 0 || index === history.length - 1);
}

const SOURCE_WORDS: Record<string, string> = {
  disk: 'skipped (output dir up to date)',
  'tool-cache': 'from tool cache',
  'actions-cache': 'from Actions cache',
  store: 'from store',
  s3: 'from store',
};

/** The decision in a few words: skipped, from a cache, downloaded, trained (and plan-mode answers). */
export function describeDecision(result: { command?: unknown; source?: unknown; cacheHit?: unknown; needsRun?: unknown; plan?: unknown }): string {
  const source = String(result.source ?? 'none');
  if (result.needsRun === true) return 'needs to run (plan)';
  if (result.plan === true && result.cacheHit === true) return `would restore ${source === 'disk' ? 'from disk' : (SOURCE_WORDS[source] ?? `from ${source}`)} (plan)`;
  if (result.cacheHit === true) return SOURCE_WORDS[source] ?? `from ${source}`;
  if (source === 'hub') return 'downloaded';
  if (source === 'trained') return 'trained';
  if (result.command === 'evaluate') return 'evaluated';
  return source === 'none' ? 'ran' : source;
}

/** The metrics a result carries: train's `metrics`, evaluate's accuracy and loss. */
export function metricsOfResult(result: Record<string, unknown>): Record<string, number> {
  if (result.command === 'evaluate') return numericMetrics({ accuracy: result.accuracy, loss: result.loss });
  return numericMetrics(result.metrics);
}

/** The identity of a step across runs: `train ./models/fine-tuned`, `evaluate ./models/fine-tuned on ./data/test.jsonl`. */
export function stepId(params: { command: string; outputDir: string; data?: string; workspace: string }): string {
  const on = params.data ? ` on ${displayPath(params.data, params)}` : '';
  return `${params.command} ${displayPath(params.outputDir, params)}${on}`;
}

/** A result's output dir (an evaluation's --json names it modelDir). */
const outputDirOf = (result: Record<string, unknown>) => (typeof result.outputDir === 'string' ? result.outputDir : typeof result.modelDir === 'string' ? result.modelDir : '');

/** The step identity of a `--json` result. */
export function stepIdOf(result: Record<string, unknown>, workspace: string): string {
  const command = String(result.command ?? 'step');
  return stepId({ command, outputDir: outputDirOf(result), data: command === 'evaluate' && typeof result.data === 'string' ? result.data : undefined, workspace });
}

/**
 * A row from a step's `--json` result (the CLI's output, or the Action's result as resultToJson makes it). Text is
 * made safe here, once: rows travel into comments, their hidden data and files.
 */
export function reportRowFromResult(params: { result: Record<string, unknown>; safe: SafeTextOptions; base?: BaseComparison; runUrl?: string }): ReportRow {
  const { result, safe } = params;
  const command = String(result.command ?? 'step');
  const outputDir = outputDirOf(result);
  const duration = typeof result.durationMs === 'number' ? result.durationMs : 0;
  const production = typeof result.productionMs === 'number' ? result.productionMs : undefined;
  const cacheHit = result.cacheHit === true;
  const planned = result.plan === true;
  const history = Array.isArray(result.history) ? thinHistory(result.history as TrainingLogEntry[]) : [];
  const source = String(result.source ?? 'none');
  const base = params.base;
  const current = result.keyComponents;
  const baseReasons =
    command === 'train' && base?.found && base.components && base.key !== result.key && current && typeof current === 'object'
      ? explainKeyChange(base.components as KeyComponents, current as KeyComponents).map((reason) => safeText(reason, safe))
      : [];
  return {
    id: safeText(stepIdOf(result, safe.workspace), safe),
    command,
    outputDir: displayPath(outputDir, safe),
    decision: describeDecision(result),
    source,
    cacheHit,
    reasons: (Array.isArray(result.reasons) ? result.reasons : []).map((reason) => safeText(String(reason), safe)),
    ...(cacheHit && !planned && production !== undefined && production > duration ? { timeSavedMs: production - duration } : {}),
    key: typeof result.key === 'string' ? result.key : '',
    metrics: metricsOfResult(result),
    ...(baseReasons.length > 0 ? { baseReasons } : {}),
    ...(params.base ? { base: withoutComponents(params.base) } : {}),
    ...(params.runUrl && source === 'trained' ? { runUrl: params.runUrl } : {}),
    ...(history.length > 0 ? { history } : {}),
  };
}
