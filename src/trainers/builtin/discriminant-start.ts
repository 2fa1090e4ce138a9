import { choleskyLower } from './cholesky.js';
import type { HeadParameters } from './linear-head.js';
import type { MatrixProduct } from './onnx/matrix-product.js';

/** The start's training cross-entropy is kept at or above about this (see minimiseConvex). */
export const START_LOSS_FLOOR = 0.02;

/** The floor under the within-label covariance, relative to its mean variance. */
export const DISCRIMINANT_RIDGE = 1e-3;

/**
 * Where AdamW starts: the linear discriminant of the whitened training features, computed in closed form.
 *
 * The shared-covariance Gaussian model (linear discriminant analysis) gives label k the logit
 * c·(vₖ·z − ½ μₖ·vₖ) + log πₖ with vₖ = Σ⁻¹μₖ: μₖ is the label's mean whitened vector, πₖ its share of the training
 * rows and Σ the within-label covariance (z − μ_label)(z − μ_label)ᵀ / n plus a small ridge (with fewer rows than
 * features, where it is singular, the identity times its mean variance). Only the scale c is left: the one that
 * minimises the training cross-entropy, a convex function of c, found by golden-section search. Where the
 * discriminant already points nearly the right way, AdamW starts next to the optimum and its steps refine it, so few
 * examples (few optimizer steps) train as well as many. A label absent from the rows gets a zero weight and the bias
 * of half an example.
 */
export async function discriminantStart(params: { features: Float32Array; targets: Int32Array; numLabels: number; hiddenSize: number; product: MatrixProduct }): Promise<HeadParameters> {
  const { features, targets, numLabels: k, hiddenSize: d, product } = params;
  const rows = targets.length;
  const means = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let row = 0; row < rows; row++) {
    const label = targets[row];
    counts[label]++;
    for (let h = 0; h < d; h++) means[label * d + h] += features[row * d + h];
  }
  const logPrior = new Float64Array(k);
  for (let label = 0; label < k; label++) {
    if (counts[label] > 0) for (let h = 0; h < d; h++) means[label * d + h] /= counts[label];
    logPrior[label] = Math.log(Math.max(counts[label], 0.5) / Math.max(1, rows));
  }
  // Within-label covariance: the Gram matrix of the rows minus their label's mean (onnxruntime's GEMM).
  const residuals = new Float32Array(features.length);
  for (let row = 0; row < rows; row++) for (let h = 0; h < d; h++) residuals[row * d + h] = features[row * d + h] - means[targets[row] * d + h];
  const gram = await product.gram({ a: residuals, rows, columns: d });
  const covariance = new Float64Array(d * d);
  let trace = 0;
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) covariance[i * d + j] = covariance[j * d + i] = gram[i * d + j] / Math.max(1, rows);
  for (let i = 0; i < d; i++) trace += covariance[i * d + i];
  // The features were whitened by a covariance already shrunk as far as the number of rows calls for; shrinking
  // again was measured to cost accuracy (string labels, 400 rows: start 0.83 without, 0.79 with hidden / rows).
  // With fewer rows than features (rank rows − labels < hidden) the within-label covariance is singular and says
  // nothing about the missing directions: the start is then the nearest label mean, Σ a multiple of the identity.
  const meanVariance = Math.max(trace / d, 1e-12);
  const singular = rows - k < d;
  for (let i = 0; i < d; i++) {
    if (singular) for (let j = 0; j < d; j++) covariance[i * d + j] = 0;
    covariance[i * d + i] += (singular ? meanVariance : 0) + DISCRIMINANT_RIDGE * meanVariance;
  }
  const directions = solvePositiveDefinite(covariance, means, d, k);
  const halfNorm = new Float64Array(k);
  for (let label = 0; label < k; label++) {
    let dot = 0;
    for (let h = 0; h < d; h++) dot += means[label * d + h] * directions[label * d + h];
    halfNorm[label] = dot / 2;
  }
  // score[row, k] = vₖ·z − ½ μₖ·vₖ: the logits are c·score + log π.
  const score = new Float64Array(rows * k);
  for (let row = 0; row < rows; row++) {
    for (let label = 0; label < k; label++) {
      let dot = 0;
      for (let h = 0; h < d; h++) dot += directions[label * d + h] * features[row * d + h];
      score[row * k + label] = dot - halfNorm[label];
    }
  }
  const scale = minimiseConvex((c) => crossEntropy({ score, targets, logPrior, c }), spreadScale(score, rows, k));

  const weight = new Float32Array(k * d);
  const bias = new Float32Array(k);
  for (let label = 0; label < k; label++) {
    for (let h = 0; h < d; h++) weight[label * d + h] = scale * directions[label * d + h];
    bias[label] = logPrior[label] - scale * halfNorm[label];
  }
  return { weight, bias, numLabels: k, hiddenSize: d };
}

/** X with A X = B for a positive definite [d, d] A and the k rows of B ([k, d]), by Cholesky. */
function solvePositiveDefinite(matrix: Float64Array, rhs: Float64Array, d: number, k: number): Float64Array {
  const lower = choleskyLower({ matrix, size: d, minPivot: 1e-300 });
  const solution = new Float64Array(k * d);
  const y = new Float64Array(d);
  for (let r = 0; r < k; r++) {
    for (let i = 0; i < d; i++) {
      let sum = rhs[r * d + i];
      for (let p = 0; p < i; p++) sum -= lower[i * d + p] * y[p];
      y[i] = sum / lower[i * d + i];
    }
    for (let i = d - 1; i >= 0; i--) {
      let sum = y[i];
      for (let p = i + 1; p < d; p++) sum -= lower[p * d + i] * solution[r * d + p];
      solution[r * d + i] = sum / lower[i * d + i];
    }
  }
  return solution;
}

/** Mean training cross-entropy of the logits c·score + log π. */
function crossEntropy(params: { score: Float64Array; targets: Int32Array; logPrior: Float64Array; c: number }): number {
  const { score, targets, logPrior, c } = params;
  const k = logPrior.length;
  let loss = 0;
  for (let row = 0; row < targets.length; row++) {
    let max = -Infinity;
    for (let label = 0; label < k; label++) max = Math.max(max, c * score[row * k + label] + logPrior[label]);
    let total = 0;
    for (let label = 0; label < k; label++) total += Math.exp(c * score[row * k + label] + logPrior[label] - max);
    loss += Math.log(total) + max - (c * score[row * k + targets[row]] + logPrior[targets[row]]);
  }
  return loss / Math.max(1, targets.length);
}

/** A first scale that makes the scores' typical spread one logit: the search brackets the minimum from there. */
function spreadScale(score: Float64Array, rows: number, k: number): number {
  let spread = 0;
  for (let row = 0; row < rows; row++) {
    let min = Infinity;
    let max = -Infinity;
    for (let label = 0; label < k; label++) {
      min = Math.min(min, score[row * k + label]);
      max = Math.max(max, score[row * k + label]);
    }
    spread += max - min;
  }
  spread /= Math.max(1, rows);
  return spread > 0 && Number.isFinite(spread) ? 1 / spread : 1;
}

/**
 * The minimiser over c ≥ 0 of a convex f: bracket by doubling from `start`, then 60 golden-section steps. The
 * doubling stops once f is below START_LOSS_FLOOR: on separable rows the loss falls forever as c grows, and a start
 * that certain leaves AdamW no gradient to follow (every seed would give the same bytes, the loss curve would read 0).
 */
function minimiseConvex(f: (c: number) => number, start: number): number {
  let low = 0;
  let high = start;
  let value = f(high);
  for (let doubling = 0; doubling < 60 && value > START_LOSS_FLOOR; doubling++) {
    const next = f(2 * high);
    if (!(next < value)) break;
    low = high;
    high *= 2;
    value = next;
  }
  if (value <= START_LOSS_FLOOR) return high;
  high *= 2;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = low;
  let b = high;
  let x1 = b - ratio * (b - a);
  let x2 = a + ratio * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let iteration = 0; iteration < 60; iteration++) {
    if (f1 <= f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - ratio * (b - a);
      f1 = f(x1);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + ratio * (b - a);
      f2 = f(x2);
    }
  }
  return (a + b) / 2;
}
