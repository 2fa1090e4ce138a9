import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';

export const DEFAULT_SWEEP_METRIC = 'eval_accuracy';

/** The metric the best cell is chosen by: a metric name as trainers write them (losses are minimized). */
export function parseMetricName(params: { value: string | undefined; flag: string }): string {
  const value = params.value?.trim() ?? '';
  if (value === '') return DEFAULT_SWEEP_METRIC;
  if (!/^[A-Za-z][A-Za-z0-9_./-]{0,99}$/.test(value)) throw new InputError(`${params.flag} "${printable(value)}" is not a metric name: give one the trainer reports, e.g. eval_accuracy or eval_loss`);
  return value;
}
