// The reference a built-in trainer run is measured against: a probe task's JSONL files written, and A, the
// validation accuracy of the exact softmax regression on the same pooled features. Shared by the convergence
// test and its bench case.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { labelVocabulary } from '../src/trainers/builtin/labeled-examples.js';
import type { PooledEncoder } from '../src/trainers/builtin/pooled-encoder.js';
import { probeAccuracy, solveSoftmaxRegression } from './exact-softmax-regression.js';
import { examplesJsonl, type ProbeTask } from './probe-tasks.js';

/** The L2 of the exact probe: tiny, so A is the unregularized optimum's accuracy. */
export const PROBE_L2 = 1e-8;

export interface ProbeReference {
  trainData: string;
  valData: string;
  labels: number;
  iterations: number;
  gradientNorm: number;
  probeAccuracy: number;
}

/** Write `<dir>/<slug>-train.jsonl` and `-val.jsonl`, and solve the exact probe on the encoder's pooled features. */
export async function probeReference(params: { dir: string; slug: string; task: ProbeTask; encoder: PooledEncoder }): Promise<ProbeReference> {
  const { dir, slug, task, encoder } = params;
  const trainData = join(dir, `${slug}-train.jsonl`);
  const valData = join(dir, `${slug}-val.jsonl`);
  await writeFile(trainData, examplesJsonl(task.train));
  await writeFile(valData, examplesJsonl(task.validation));
  // Label ids as the trainer numbers them (sorted), so the probe and the trainer classify into the same ids.
  const labelNames = labelVocabulary({ texts: [], labels: task.train.map((row) => String(row.label)), integerLabels: typeof task.train[0].label === 'number' });
  const ids = new Map(labelNames.map((name, id) => [name, id]));
  const embed = async (rows: typeof task.train) => ({
    ...(await encoder.embed({ texts: rows.map((row) => row.text) })),
    targets: Int32Array.from(rows, (row) => ids.get(String(row.label))!),
  });
  const train = await embed(task.train);
  const validation = await embed(task.validation);
  const probe = solveSoftmaxRegression({ features: train.features, targets: train.targets, numLabels: labelNames.length, hiddenSize: train.hiddenSize, l2: PROBE_L2 });
  return {
    trainData,
    valData,
    labels: labelNames.length,
    iterations: probe.iterations,
    gradientNorm: probe.gradientNorm,
    probeAccuracy: probeAccuracy({ ...probe, features: validation.features, targets: validation.targets, hiddenSize: train.hiddenSize }),
  };
}
