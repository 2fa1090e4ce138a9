/** Metrics where smaller is better (losses, perplexity); every other metric is better when larger. */
export function lowerIsBetter(metric: string): boolean {
  return /loss|perplexity|error|_mae|_mse|_rmse/i.test(metric);
}

/**
 * Counters a trainer reports beside its metrics (Hugging Face Trainer's names): how long, how many steps and rows.
 * A report's metric column leaves them out; they measure the run, not the model.
 */
export function isBookkeepingMetric(metric: string): boolean {
  return /^(epoch|global_step|step|total_flos|learning_rate|lr)$|_runtime$|_samples$|_per_second$|_steps$/.test(metric);
}

/** A metric as reports print it: whole numbers as they are, others to 4 significant digits. */
export function formatMetric(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();
}

/** `eval_accuracy 0.912 → 0.931 (+0.019, better)`; `eval_loss 0.41` when the base has no such metric. */
export function describeMetricChange(params: { metric: string; current: number; base?: number }): string {
  const { metric, current, base } = params;
  if (base === undefined) return `${metric} ${formatMetric(current)}`;
  const delta = current - base;
  if (delta === 0 || Number(delta.toPrecision(3)) === 0) return `${metric} ${formatMetric(current)} (unchanged)`;
  const better = lowerIsBetter(metric) ? delta < 0 : delta > 0;
  const sign = delta > 0 ? '+' : '−';
  return `${metric} ${formatMetric(base)} → ${formatMetric(current)} (${sign}${formatMetric(Math.abs(Number(delta.toPrecision(3))))}, ${better ? 'better' : 'worse'})`;
}

/** Numbers only, from an object that may hold anything (a --json result, a record read back). */
export function numericMetrics(value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
