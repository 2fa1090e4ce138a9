import type { Evaluation } from './evaluate-model.js';

/** The report a person reads: the headline numbers, then one row per label. */
export function formatEvaluation(evaluation: Evaluation): string {
  const nameWidth = Math.max(5, ...evaluation.labels.map((label) => label.length));
  const number = (value: number) => value.toFixed(4).padStart(9);
  const lines = [
    `Evaluated ${evaluation.modelDir} on ${evaluation.data} (${evaluation.examples} examples)`,
    `accuracy ${evaluation.accuracy.toFixed(4)}`,
    `loss     ${evaluation.loss.toFixed(4)}`,
    '',
    `${'label'.padEnd(nameWidth)} precision    recall        f1   support`,
    ...evaluation.labels.map((label) => {
      const metrics = evaluation.perLabel[label];
      return `${label.padEnd(nameWidth)} ${number(metrics.precision)} ${number(metrics.recall)} ${number(metrics.f1)} ${String(metrics.support).padStart(9)}`;
    }),
  ];
  return lines.join('\n');
}

/** The one JSON object `--json` prints and the Action's `metrics` output holds. */
export function evaluationToJson(evaluation: Evaluation): Record<string, unknown> {
  return {
    command: 'evaluate',
    modelDir: evaluation.modelDir,
    data: evaluation.data,
    textColumn: evaluation.textColumn,
    labelColumn: evaluation.labelColumn,
    examples: evaluation.examples,
    accuracy: evaluation.accuracy,
    loss: evaluation.loss,
    labels: evaluation.perLabel,
    durationMs: evaluation.durationMs,
  };
}
