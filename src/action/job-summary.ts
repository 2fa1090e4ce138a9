import * as core from '@actions/core';
import type { StepResult } from '../core/step-result.js';
import { formatBytes, formatDuration } from '../steps/format.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One table per step: decision, source, key, size, time, reasons. */
export function summaryMarkdown(result: StepResult): string {
  const decision = result.needsRun ? 'needs to run (plan)' : result.cacheHit ? 'cache hit' : 'ran';
  const rows: [string, string][] = [
    ['Decision', decision],
    ['Source', result.source],
    ['Key', `\`${result.key.slice(0, 16)}…\``],
    ['Output dir', `\`${result.outputDir}\``],
  ];
  const details = result.details;
  if (typeof details.revision === 'string') rows.push(['Revision', `\`${details.revision}\``]);
  if (typeof details.files === 'number') rows.push(['Files', String(details.files)]);
  if (typeof details.bytes === 'number') rows.push(['Size', formatBytes(details.bytes)]);
  rows.push(['Time', formatDuration(result.durationMs)]);
  rows.push(['Reasons', result.reasons.length > 0 ? result.reasons.map(escapeCell).join('<br>') : '—']);
  const table = ['| | |', '|---|---|', ...rows.map(([label, value]) => `| ${label} | ${escapeCell(value)} |`)].join('\n');
  return `### model-experiments: ${result.command}\n\n${table}\n`;
}

export async function writeJobSummary(result: StepResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(result), true).write();
}
