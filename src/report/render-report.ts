import { formatDuration } from '../steps/format.js';
import { describeMetricChange, isBookkeepingMetric } from './metric-delta.js';
import type { ReportRow } from './report-row.js';
import { sweepTableMarkdown, type SweepTable } from './sweep-table.js';
import { trainingChartMarkdown } from './training-chart.js';

/** What a job's report holds: one row per step, and the tables of any sweep reports. */
export interface ReportDocument {
  rows: ReportRow[];
  sweeps: SweepTable[];
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The "vs base" cell: metric deltas, or whether the result is the base's, or that the base has none. */
export function describeAgainstBase(row: ReportRow): string[] {
  const metrics = Object.entries(row.metrics).filter(([metric]) => !isBookkeepingMetric(metric));
  const base = row.base;
  if (!base) return metrics.map(([metric, value]) => describeMetricChange({ metric, current: value }));
  if (!base.found) return [`no result on ${base.branch}`, ...metrics.map(([metric, value]) => describeMetricChange({ metric, current: value }))];
  if (metrics.length === 0) return [row.key !== '' && base.key === row.key ? `same result as ${base.branch}` : `differs from ${base.branch}${base.key ? ` (\`${base.key.slice(0, 12)}\`)` : ''}`];
  return metrics.map(([metric, value]) => describeMetricChange({ metric, current: value, base: base.metrics?.[metric] }));
}

/** The table of rows, one per step. */
export function rowsTableMarkdown(rows: readonly ReportRow[]): string {
  const baseBranch = rows.find((row) => row.base)?.base?.branch;
  const lines = [
    `| Step | Decision | Why | Time saved | Key | ${baseBranch ? `Metrics vs ${escapeCell(baseBranch)}` : 'Metrics'} |`,
    '|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const decision = row.runUrl ? `${row.decision} ([run](${row.runUrl}))` : row.decision;
    const against = row.base?.branch ?? 'base';
    const reasons = [...row.reasons, ...(row.baseReasons ?? []).map((reason) => `vs ${against}: ${reason}`)];
    const why = reasons.length > 0 ? reasons.map(escapeCell).join('<br>') : '—';
    const saved = row.timeSavedMs !== undefined ? `≈ ${formatDuration(row.timeSavedMs)}` : '—';
    const key = row.key ? `\`${row.key.slice(0, 12)}\`` : '—';
    const metrics = describeAgainstBase(row);
    lines.push(`| ${escapeCell(row.id)} | ${escapeCell(decision)} | ${why} | ${saved} | ${key} | ${metrics.length > 0 ? metrics.map(escapeCell).join('<br>') : '—'} |`);
  }
  return lines.join('\n');
}

/** The whole report in markdown: the steps' table, the training curves of steps that trained, the sweep tables. */
export function reportMarkdown(params: { document: ReportDocument; title?: string; charts?: boolean }): string {
  const { document } = params;
  const parts: string[] = [`### ${params.title ?? 'model-experiments report'}`];
  if (document.rows.length > 0) parts.push(rowsTableMarkdown(document.rows));
  if (params.charts !== false) {
    for (const row of document.rows) {
      if (row.source !== 'trained' || !row.history?.length) continue;
      const chart = trainingChartMarkdown(row.history).trim();
      if (chart) parts.push(`<details><summary>Training curves: ${escapeCell(`${row.command} ${row.outputDir}`)}</summary>\n\n${chart}\n\n</details>`);
    }
  }
  for (const sweep of document.sweeps) parts.push(sweepTableMarkdown(sweep));
  return `${parts.join('\n\n')}\n`;
}

/** The report as JSON (`report --format json`): the rows with their against-base text, and the sweeps. */
export function reportJson(document: ReportDocument): Record<string, unknown> {
  return {
    rows: document.rows.map((row) => ({ ...row, againstBase: describeAgainstBase(row) })),
    sweeps: document.sweeps,
  };
}
