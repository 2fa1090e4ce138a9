import * as core from '@actions/core';
import type { StepResult } from '../core/step-result.js';
import { formatBytes, formatDuration } from '../steps/format.js';
import type { TrainingLogEntry } from '../trainers/trainer.js';
import { trainingChartMarkdown } from '../report/training-chart.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One table per step: decision, source, key, size, time, reasons. */
export function summaryMarkdown(result: StepResult): string {
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
  rows.push(['Reasons', result.reasons.length > 0 ? result.reasons.map(escapeCell).join('<br>') : '—']);
  const table = ['| | |', '|---|---|', ...rows.map(([label, value]) => `| ${label} | ${escapeCell(value)} |`)].join('\n');
  const chart = Array.isArray(details.history) ? trainingChartMarkdown(details.history as TrainingLogEntry[]) : '';
  return `### model-experiments: ${result.command}\n\n${table}\n${chart}`;
}

export async function writeJobSummary(result: StepResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(result), true).write();
}
