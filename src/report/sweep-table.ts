import { formatMetric, isBookkeepingMetric, lowerIsBetter } from './metric-delta.js';

/** One cell of a sweep as the sweep report found it through lookups. */
export interface SweepCell {
  params: Record<string, string>;
  key: string;
  /** found: a result is stored and its metrics were recorded; unrecorded: stored, no metrics recorded; missing: not trained. */
  status: 'found' | 'unrecorded' | 'missing';
  /** Where the result is (a tier, or disk), when found. */
  source?: string;
  metrics: Record<string, number>;
}

export interface SweepTable {
  /** Which sweep (its axes), so a second sweep report in the job adds a table instead of replacing this one. */
  id: string;
  metric: string;
  lowerIsBetter: boolean;
  axes: string[];
  cells: SweepCell[];
  /** Index of the best cell by `metric`, when any cell has it. */
  best?: number;
}

/** The best cell by a metric (smallest for losses, largest otherwise); undefined when no cell has the metric. */
export function bestCell(params: { cells: SweepCell[]; metric: string }): number | undefined {
  const lower = lowerIsBetter(params.metric);
  let best: number | undefined;
  params.cells.forEach((cell, index) => {
    const value = cell.metrics[params.metric];
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const current = best === undefined ? undefined : params.cells[best].metrics[params.metric];
    if (current === undefined || (lower ? value < current : value > current)) best = index;
  });
  return best;
}

export function makeSweepTable(params: { axes: string[]; cells: SweepCell[]; metric: string }): SweepTable {
  return {
    id: `sweep ${params.axes.join(' × ')}`,
    metric: params.metric,
    lowerIsBetter: lowerIsBetter(params.metric),
    axes: params.axes,
    cells: params.cells,
    best: bestCell(params),
  };
}

const cellLabel = (cell: SweepCell, axes: string[]) => axes.map((axis) => `${axis}=${cell.params[axis]}`).join(' ');
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The sweep as markdown: cells × parameters × metrics, the best cell marked and named, and a bar chart of the metric. */
export function sweepTableMarkdown(table: SweepTable): string {
  const metricNames = [...new Set(table.cells.flatMap((cell) => Object.keys(cell.metrics)))].filter((name) => name === table.metric || !isBookkeepingMetric(name)).sort((a, b) => (a === table.metric ? -1 : b === table.metric ? 1 : a.localeCompare(b)));
  const header = ['', ...table.axes, ...metricNames, 'result'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  table.cells.forEach((cell, index) => {
    const result = cell.status === 'missing' ? 'not trained' : cell.status === 'unrecorded' ? `found (${cell.source ?? 'stored'}), metrics not recorded` : `\`${cell.key.slice(0, 12)}\``;
    const values = [index === table.best ? '★' : String(index + 1), ...table.axes.map((axis) => cell.params[axis] ?? ''), ...metricNames.map((name) => (name in cell.metrics ? formatMetric(cell.metrics[name]) : '—')), result];
    lines.push(`| ${values.map(escapeCell).join(' | ')} |`);
  });
  const trained = table.cells.filter((cell) => cell.status !== 'missing').length;
  const best = table.best === undefined ? undefined : table.cells[table.best];
  const verdict = best
    ? `Best by ${table.metric} (${table.lowerIsBetter ? 'lowest' : 'highest'}): **${escapeCell(cellLabel(best, table.axes))}**, ${table.metric} ${formatMetric(best.metrics[table.metric])}.`
    : `No cell has recorded ${table.metric} yet.`;
  const parts = [`**Sweep** (${table.cells.length} cells, ${trained} with a result). ${verdict}`, '', ...lines];
  const charted = table.cells.filter((cell) => typeof cell.metrics[table.metric] === 'number');
  if (charted.length > 0) {
    const values = charted.map((cell) => Number(formatMetric(cell.metrics[table.metric])));
    parts.push(
      '',
      '```mermaid',
      'xychart-beta',
      `  title "${table.metric} per cell"`,
      `  x-axis [${charted.map((cell) => `"${cellLabel(cell, table.axes).replace(/"/g, "'")}"`).join(', ')}]`,
      `  y-axis "${table.metric}" ${Math.min(0, ...values)} --> ${Math.max(1, ...values)}`,
      `  bar [${values.join(', ')}]`,
      '```',
    );
  }
  return parts.join('\n');
}
