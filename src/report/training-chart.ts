import type { TrainingLogEntry } from '../trainers/trainer.js';

/** xychart draws every point as a category: beyond this many the chart is thinned (the last point always kept). */
const MAX_POINTS = 60;

function thin<T>(points: T[]): T[] {
  if (points.length <= MAX_POINTS) return points;
  const every = Math.ceil(points.length / MAX_POINTS);
  return points.filter((_, index) => index % every === 0 || index === points.length - 1);
}

const number = (value: number) => (Number.isFinite(value) ? Number(value.toPrecision(4)) : 0);

function chart(params: { title: string; points: TrainingLogEntry[]; lines: { label: string; value: (entry: TrainingLogEntry) => number }[] }): string {
  const points = thin(params.points);
  const values = points.flatMap((entry) => params.lines.map((line) => number(line.value(entry))));
  const top = Math.max(1, ...values);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${params.title}"`,
    `  x-axis "step" [${points.map((entry) => entry.step).join(', ')}]`,
    `  y-axis "${params.lines.map((line) => line.label).join(' / ')}" 0 --> ${number(top)}`,
    ...params.lines.map((line) => `  line [${points.map((entry) => number(line.value(entry))).join(', ')}]`),
    '```',
  ].join('\n');
}

/**
 * Mermaid charts of a training's history for the job summary (GitHub renders mermaid there): train loss over the
 * logging steps, and validation loss and accuracy over the evaluation steps. Empty when there is nothing to draw.
 */
export function trainingChartMarkdown(history: readonly TrainingLogEntry[]): string {
  const logged = history.filter((entry) => typeof entry.loss === 'number');
  const evaluated = history.filter((entry) => typeof entry.evalLoss === 'number' && typeof entry.evalAccuracy === 'number');
  const parts: string[] = [];
  if (logged.length > 0) parts.push(chart({ title: 'Train loss', points: logged, lines: [{ label: 'loss', value: (entry) => entry.loss! }] }));
  if (evaluated.length > 0) {
    parts.push(
      chart({
        title: 'Validation loss and accuracy (line 1: loss, line 2: accuracy)',
        points: evaluated,
        lines: [
          { label: 'loss', value: (entry) => entry.evalLoss! },
          { label: 'accuracy', value: (entry) => entry.evalAccuracy! },
        ],
      }),
    );
  }
  return parts.length > 0 ? `\n${parts.join('\n\n')}\n` : '';
}
