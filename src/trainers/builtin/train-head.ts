import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { StepError } from '../../core/errors.js';
import type { TrainingParameters } from '../trainer.js';
import { AdamW } from './adamw.js';
import { classificationMetrics, type ClassificationMetrics } from './classification-metrics.js';
import { linearWarmupDecay } from './learning-rate-schedule.js';
import { foldWhitening, whitenTrainingFeatures, type FeatureWhitening } from './feature-whitening.js';
import { discriminantStart } from './discriminant-start.js';
import { accumulateGradients, headLogits, type HeadParameters } from './linear-head.js';
import { openMatrixProduct } from './onnx/matrix-product.js';
import { seededRandom } from './seeded-random.js';

export interface FeatureSet {
  /** Rows of pooled features, [n, hiddenSize]. */
  features: Float32Array;
  /** Label id per row. */
  targets: Int32Array;
}

/** transformers' Trainer clips the global gradient norm to 1.0 by default; so do we. */
const MAX_GRAD_NORM = 1.0;

/**
 * The encoder width learning rates are stated for. AdamW moves every weight by about the learning rate per step,
 * so a logit, a sum over `hiddenSize` unit-variance features, moves by about rate × hiddenSize: on whitened features
 * a rate would be 12× slower on a 32-wide encoder than on a 384-wide one, and 2× faster on a 768-wide one. The
 * features are scaled by REFERENCE_WIDTH / hiddenSize so one rate trains every width alike: the rate a 384-wide
 * encoder (all-MiniLM-L6-v2, the README's example) would want on plainly whitened features.
 */
export const REFERENCE_WIDTH = 384;

export interface HeadTrainingCallbacks {
  onLog(entry: { step: number; epoch: number; loss: number; learningRate: number }): Promise<void>;
  onEval(entry: { step: number; epoch: number; metrics: ClassificationMetrics }): Promise<void>;
  onSave(entry: { step: number; epoch: number; head: HeadParameters }): Promise<void>;
}

export function evaluateHead(params: { head: HeadParameters; data: FeatureSet; labelNames: readonly string[] }): ClassificationMetrics {
  const { head, data } = params;
  const rows = data.targets.length;
  const logits = new Float64Array(rows * head.numLabels);
  const row = new Float64Array(head.numLabels);
  for (let index = 0; index < rows; index++) {
    headLogits(head, data.features, index, row);
    logits.set(row, index * head.numLabels);
  }
  return classificationMetrics({ logits, targets: data.targets, labelNames: params.labelNames });
}

/** Optimizer steps the run will take: every batch counts, the last partial accumulation of an epoch included. */
export function plannedSteps(params: { examples: number; batchSize: number; gradientAccumulationSteps: number; epochs: number }): { perEpoch: number; total: number; batchesPerEpoch: number } {
  const batchesPerEpoch = Math.ceil(params.examples / params.batchSize);
  const perEpoch = Math.ceil(batchesPerEpoch / params.gradientAccumulationSteps);
  return { perEpoch, total: perEpoch * params.epochs, batchesPerEpoch };
}

/**
 * Fit the linear head: AdamW on whitened, width-scaled training features (see feature-whitening.ts) from the
 * linear discriminant of those features (discriminant-start.ts), linear warmup then decay, gradient accumulation,
 * logging/eval/save every N optimizer steps. Evaluations, checkpoints and the result use the head folded back over
 * the raw pooled features, the one the exported graph runs. The seed fixes the order examples are visited in, and
 * all arithmetic runs in one fixed order, so a seed fixes the bytes.
 */
export async function trainHead(params: {
  train: FeatureSet;
  validation: FeatureSet;
  labelNames: readonly string[];
  hiddenSize: number;
  parameters: TrainingParameters;
  signal: AbortSignal;
  callbacks: HeadTrainingCallbacks;
}): Promise<{ head: HeadParameters; trainLoss: number; steps: number; finalEval: ClassificationMetrics; epoch: number }> {
  const { train, validation, labelNames, hiddenSize, parameters, signal, callbacks } = params;
  const random = seededRandom(parameters.seed);
  const product = await openMatrixProduct();
  let whitening: FeatureWhitening;
  let whitened: Float32Array;
  let head: HeadParameters;
  try {
    ({ whitening, whitened } = await whitenTrainingFeatures({ features: train.features, hiddenSize, scale: REFERENCE_WIDTH / hiddenSize, product }));
    head = await discriminantStart({ features: whitened, targets: train.targets, numLabels: labelNames.length, hiddenSize, product });
  } finally {
    await product.release();
  }
  const exported = () => foldWhitening(whitening, head);
  const optimizer = new AdamW([head.weight, head.bias], [true, false]);
  const gradients: [Float64Array, Float64Array] = [new Float64Array(head.weight.length), new Float64Array(head.bias.length)];
  const examples = train.targets.length;
  const accumulation = Math.max(1, parameters.gradientAccumulationSteps);
  const { total, batchesPerEpoch } = plannedSteps({ examples, batchSize: parameters.batchSize, gradientAccumulationSteps: accumulation, epochs: parameters.epochs });
  const every = (value: number) => Math.max(1, value);

  let step = 0;
  let epoch = 0;
  let lossSinceLog = 0;
  let stepsSinceLog = 0;
  let lossTotal = 0;
  let lastEvalStep = -1;
  let lastEval: ClassificationMetrics | undefined;
  const order = Array.from({ length: examples }, (_, index) => index);

  for (let pass = 0; pass < parameters.epochs; pass++) {
    random.shuffle(order);
    let windowLoss = 0;
    let windowExamples = 0;
    let windowBatches = 0;
    for (let batch = 0; batch < batchesPerEpoch; batch++) {
      if (signal.aborted) throw new StepError('Training was interrupted');
      const rows = order.slice(batch * parameters.batchSize, (batch + 1) * parameters.batchSize);
      windowLoss += accumulateGradients({ head, features: whitened, targets: train.targets, rows, gradients });
      windowExamples += rows.length;
      windowBatches++;
      if (windowBatches < accumulation && batch < batchesPerEpoch - 1) continue;

      const learningRate = linearWarmupDecay({ step, baseRate: parameters.learningRate, warmupSteps: parameters.warmupSteps, totalSteps: total });
      let norm = 0;
      for (const gradient of gradients) {
        for (let i = 0; i < gradient.length; i++) {
          gradient[i] /= windowExamples;
          norm += gradient[i] * gradient[i];
        }
      }
      norm = Math.sqrt(norm);
      if (norm > MAX_GRAD_NORM) {
        const scale = MAX_GRAD_NORM / (norm + 1e-6);
        for (const gradient of gradients) for (let i = 0; i < gradient.length; i++) gradient[i] *= scale;
      }
      optimizer.step(gradients, learningRate);
      for (const gradient of gradients) gradient.fill(0);
      step++;
      epoch = pass + (batch + 1) / batchesPerEpoch;
      const stepLoss = windowLoss / windowExamples;
      lossSinceLog += stepLoss;
      stepsSinceLog++;
      lossTotal += stepLoss;
      windowLoss = 0;
      windowExamples = 0;
      windowBatches = 0;

      if (step % every(parameters.loggingSteps) === 0) {
        await callbacks.onLog({ step, epoch, loss: lossSinceLog / stepsSinceLog, learningRate });
        lossSinceLog = 0;
        stepsSinceLog = 0;
      }
      if (step % every(parameters.evalSteps) === 0) {
        lastEval = evaluateHead({ head: exported(), data: validation, labelNames });
        lastEvalStep = step;
        await callbacks.onEval({ step, epoch, metrics: lastEval });
      }
      if (step % every(parameters.saveSteps) === 0) await callbacks.onSave({ step, epoch, head: exported() });
      // Let signal handlers run: an interrupted CI job must be able to stop a long run between steps.
      await yieldToEventLoop();
    }
  }
  // The run always ends with an evaluation of the final head (it is what eval_results.json reports).
  if (lastEvalStep !== step || !lastEval) {
    lastEval = evaluateHead({ head: exported(), data: validation, labelNames });
    await callbacks.onEval({ step, epoch, metrics: lastEval });
  }
  return { head: exported(), trainLoss: step > 0 ? lossTotal / step : 0, steps: step, finalEval: lastEval, epoch };
}
