import { readJsonObject } from '../../core/read-json.js';
import type { Reporter } from '../../core/reporter.js';

/**
 * The metrics a trainer left in ME_METRICS_FILE: a JSON object whose number values are kept. The file is optional,
 * and a bad one costs the metrics, not the training (the model is there and verified), so problems are warnings.
 */
export async function readMetrics(params: { path: string; reporter: Reporter }): Promise<Record<string, number>> {
  const read = await readJsonObject(params.path);
  if (read.kind === 'missing') return {};
  if (read.kind === 'corrupted') {
    params.reporter.warning(`ME_METRICS_FILE ${read.reason}: no metrics recorded (write a JSON object such as {"eval_loss": 0.41})`);
    return {};
  }
  const metrics: Record<string, number> = {};
  const ignored: string[] = [];
  for (const [name, value] of Object.entries(read.value)) {
    if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
    else ignored.push(name);
  }
  if (ignored.length > 0) params.reporter.info(`ME_METRICS_FILE: ignored ${ignored.join(', ')} (only finite numbers are recorded as metrics)`);
  return metrics;
}
