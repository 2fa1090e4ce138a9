import * as core from '@actions/core';
import type { StepResult } from '../core/step-result.js';
import { formatBytes, formatDuration } from '../steps/format.js';
import type { TrainingLogEntry } from '../trainers/trainer.js';
import { trainingChartMarkdown } from '../report/training-chart.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const formatNumber = (value: unknown) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : String(value));

/** `eval_accuracy 0.9212 · eval_loss 0.2301`, or undefined when there are none. */
export function metricsLine(metrics: unknown): string | undefined {
  if (!metrics || typeof metrics !== 'object') return undefined;
  const entries = Object.entries(metrics as Record<string, unknown>).filter(([, value]) => typeof value === 'number');
  return entries.length > 0 ? entries.map(([name, value]) => `${name} ${formatNumber(value)}`).join(' · ') : undefined;
}

/** evaluate: what was measured, the headline numbers and one row per label (it caches nothing, so no decision). */
function evaluationMarkdown(result: StepResult): string {
  const details = result.details;
  const fixed = (value: unknown) => (typeof value === 'number' ? value.toFixed(4) : String(value));
  const rows: [string, string][] = [
    ['Model dir', `\`${result.outputDir}\``],
    ['Data', `\`${String(details.data ?? '')}\``],
    ['Examples', String(details.examples)],
    ['Accuracy', fixed(details.accuracy)],
    ['Loss', fixed(details.loss)],
    ['Time', formatDuration(result.durationMs)],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([label, value]) => `| ${label} | ${escapeCell(value)} |`)].join('\n');
  const labels = Object.entries((details.labels ?? {}) as Record<string, { precision: number; recall: number; f1: number; support: number }>);
  const perLabel = labels.length === 0 ? '' : [
    '',
    '| Label | Precision | Recall | F1 | Support |',
    '|---|---|---|---|---|',
    ...labels.map(([label, m]) => `| ${escapeCell(label)} | ${fixed(m.precision)} | ${fixed(m.recall)} | ${fixed(m.f1)} | ${m.support} |`),
  ].join('\n');
  return `### model-experiments: evaluate\n\n${table}\n${perLabel}\n`;
}

/** A step that failed: what it was asked, and the one line that says why. */
export function failureMarkdown(params: { command: string; message: string; inputError: boolean }): string {
  const kind = params.inputError ? 'invalid input (exit 2)' : 'failed (exit 1)';
  return `### model-experiments: ${params.command || 'step'} ${kind}\n\n| | |\n|---|---|\n| Decision | ${kind} |\n| Error | ${escapeCell(params.message)} |\n`;
}

/** One table per step: decision, source, key, size, time, metrics, reasons. */
export function summaryMarkdown(result: StepResult): string {
  if (result.command === 'evaluate') return evaluationMarkdown(result);
  const plannedHit = result.details.plan === true && result.cacheHit;
  const decision = result.needsRun ? 'needs to run (plan)' : plannedHit ? `would restore from ${result.source} (plan)` : result.cacheHit ? 'cache hit' : 'ran';
  const rows: [string, string][] = [
    ['Decision', decision],
    ['Source', result.source],
    ['Key', `\`${result.key.slice(0, 16)}…\``],
    ['Output dir', `\`${result.outputDir}\``],
  ];
  const details = result.details;
  if (typeof details.revision === 'string') rows.push(['Revision', `\`${details.revision}\``]);
  if (typeof details.files === 'number') rows.push(['Files', String(details.files)]);
  // dataset download: rows per split, e.g. "train 1000, test 1000".
  if (details.splits && typeof details.splits === 'object') {
    rows.push(['Rows', Object.entries(details.splits as Record<string, unknown>).map(([split, count]) => `${split} ${String(count)}`).join(', ')]);
  }
  if (typeof details.bytes === 'number') rows.push(['Size', formatBytes(details.bytes)]);
  rows.push(['Time', formatDuration(result.durationMs)]);
  // Steps that record how long producing took (details.productionMs) let a hit say what it saved.
  if (result.cacheHit && !plannedHit && typeof details.productionMs === 'number' && details.productionMs > result.durationMs) {
    rows.push(['Time saved', `≈ ${formatDuration(details.productionMs - result.durationMs)}`]);
  }
  const metrics = metricsLine(details.metrics);
  if (metrics) rows.push(['Metrics', metrics]);
  const store = details.store as { url?: string; bytesUp?: number; bytesDown?: number; blobsSkipped?: number } | undefined;
  if (store && typeof store.url === 'string') {
    rows.push(['Store', `\`${store.url}\`: ${formatBytes(store.bytesUp ?? 0)} up, ${formatBytes(store.bytesDown ?? 0)} down, ${store.blobsSkipped ?? 0} blob(s) already there`]);
  }
  const nearest = details.nearest as { source?: string; revision?: string; files?: number } | undefined;
  if (nearest && typeof nearest.revision === 'string') rows.push(['Earlier revision', `${nearest.files ?? 0} file(s) from ${nearest.source ?? ''} (\`${nearest.revision.slice(0, 7)}\`)`]);
  rows.push(['Reasons', result.reasons.length > 0 ? result.reasons.map(escapeCell).join('<br>') : '—']);
  const table = ['| | |', '|---|---|', ...rows.map(([label, value]) => `| ${label} | ${escapeCell(value)} |`)].join('\n');
  const chart = Array.isArray(details.history) ? trainingChartMarkdown(details.history as TrainingLogEntry[]) : '';
  return `### model-experiments: ${result.command}\n\n${table}\n${chart}`;
}

export async function writeJobSummary(result: StepResult): Promise<void> {
  await writeSummaryMarkdown(summaryMarkdown(result));
}

export async function writeSummaryMarkdown(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
