import { choleskyLower } from './cholesky.js';
import type { HeadParameters } from './linear-head.js';
import type { MatrixProduct } from './onnx/matrix-product.js';

/**
 * The head trains on whitened features, z = s·L⁻¹(x − μ): μ is the training features' mean, L Lᵀ their covariance
 * (shrunk towards a multiple of the identity as far as the number of examples calls for, plus a small ridge), and
 * s a constant scale the optimizer chooses (see train-head.ts).
 *
 * Mean pooling leaves the signal in directions of tiny variance: one sentiment word among thirty filler words moves
 * the average a little. A first-order optimizer with one step size for every weight crawls along such directions;
 * whitening makes every direction unit-variance, so a few epochs reach what a converged logistic regression reaches.
 * Because z is an affine map of x, the trained head is folded back into one plain linear layer over the raw pooled
 * features (foldWhitening): what is saved and exported is s·W·L⁻¹ and b − s·W·L⁻¹·μ.
 */
export interface FeatureWhitening {
  hiddenSize: number;
  mean: Float64Array;
  /** s·L⁻¹, [hidden, hidden] row-major, lower triangular. */
  transform: Float64Array;
}

/**
 * A floor under the covariance, relative to the mean feature variance: it caps how far a direction the training
 * data barely spans is stretched (by at most 1/sqrt(ridge) ≈ 32× the typical one), whatever the shrinkage.
 */
export const WHITENING_RIDGE = 1e-3;

/** Fit the whitening on the training features and return them whitened, z = s·L⁻¹(x − μ) for every row. */
export async function whitenTrainingFeatures(params: { features: Float32Array; hiddenSize: number; scale: number; product: MatrixProduct }): Promise<{ whitening: FeatureWhitening; whitened: Float32Array }> {
  const { features, hiddenSize: d, product } = params;
  const rows = features.length / d;
  const mean = new Float64Array(d);
  for (let row = 0; row < rows; row++) for (let h = 0; h < d; h++) mean[h] += features[row * d + h];
  for (let h = 0; h < d; h++) mean[h] /= Math.max(1, rows);
  const centered = new Float32Array(features.length);
  for (let index = 0; index < features.length; index++) centered[index] = features[index] - mean[index % d];

  // Covariance = Xcᵀ Xc / n: the one product of size rows × hidden² (onnxruntime's GEMM).
  const gram = await product.gram({ a: centered, rows, columns: d });
  const covariance = new Float64Array(d * d);
  // The float32 product is symmetric up to rounding: read the lower triangle only.
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) covariance[i * d + j] = covariance[j * d + i] = gram[i * d + j] / Math.max(1, rows);
  const shrinkage = covarianceShrinkage({ centered, covariance, rows, hiddenSize: d });
  // Constant features (trace 0) still get a positive ridge: the factor stays finite and they whiten to zero.
  const ridge = WHITENING_RIDGE * Math.max(shrinkage.meanVariance, 1e-12);
  const shrunk = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) shrunk[i * d + j] = (1 - shrinkage.intensity) * covariance[i * d + j] + (i === j ? shrinkage.intensity * shrinkage.meanVariance + ridge : 0);
  }
  // The ridged matrix is positive definite; rounding can only bring a pivot near `ridge`, not below zero.
  const lower = choleskyLower({ matrix: shrunk, size: d, minPivot: ridge });
  const transform = scaledLowerInverse(lower, d, params.scale);

  // Z = Xc · (s·L⁻¹)ᵀ.
  const transposed = new Float32Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) transposed[j * d + i] = transform[i * d + j];
  const whitened = await product.multiply({ a: centered, b: transposed, rows, inner: d, columns: d });
  return { whitening: { hiddenSize: d, mean, transform }, whitened };
}

/** The same classifier over raw pooled features: W z + b = (W·s·L⁻¹) x + (b − W·s·L⁻¹·μ). */
export function foldWhitening(whitening: FeatureWhitening, head: HeadParameters): HeadParameters {
  const { hiddenSize: d, mean, transform } = whitening;
  const weight = new Float32Array(head.weight.length);
  const bias = new Float32Array(head.numLabels);
  const folded = new Float64Array(d);
  for (let label = 0; label < head.numLabels; label++) {
    const offset = label * d;
    folded.fill(0);
    for (let i = 0; i < d; i++) {
      const w = head.weight[offset + i];
      for (let j = 0; j <= i; j++) folded[j] += w * transform[i * d + j];
    }
    let shift = 0;
    for (let h = 0; h < d; h++) {
      weight[offset + h] = folded[h];
      shift += folded[h] * mean[h];
    }
    bias[label] = head.bias[label] - shift;
  }
  return { weight, bias, numLabels: head.numLabels, hiddenSize: d };
}

/**
 * How far to shrink the sample covariance S towards μI (μ its mean variance): Ledoit and Wolf's intensity, as
 * scikit-learn's LedoitWolf computes it (min(1, β²/δ²) with δ² = ‖S − μI‖² and β² = (Σₖ‖xₖ‖⁴ − n‖S‖²)/n², the
 * estimated error of S), and at least hidden / rows. With many examples per feature it is near 0 and the features
 * are fully whitened; towards 1 the geometry is left as it is and only scaled.
 */
function covarianceShrinkage(params: { centered: Float32Array; covariance: Float64Array; rows: number; hiddenSize: number }): { intensity: number; meanVariance: number } {
  const { centered, covariance, rows, hiddenSize: d } = params;
  let trace = 0;
  for (let i = 0; i < d; i++) trace += covariance[i * d + i];
  const meanVariance = trace / d;
  let squaredNorm = 0;
  let distance = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const value = covariance[i * d + j];
      squaredNorm += value * value;
      const offTarget = value - (i === j ? meanVariance : 0);
      distance += offTarget * offTarget;
    }
  }
  let fourthMoments = 0;
  for (let row = 0; row < rows; row++) {
    let norm = 0;
    for (let h = 0; h < d; h++) norm += centered[row * d + h] * centered[row * d + h];
    fourthMoments += norm * norm;
  }
  const error = Math.min(distance, Math.max(0, (fourthMoments - rows * squaredNorm) / (rows * rows)));
  const ledoitWolf = distance > 0 ? error / distance : 1;
  // Never less than hidden / rows: a covariance from fewer examples than features is singular, and whitening by it
  // makes every training example about as far from every other, so the head would separate them along noise.
  const intensity = Math.max(ledoitWolf, Math.min(1, d / Math.max(1, rows)));
  return { intensity, meanVariance };
}

/** s·L⁻¹ of a lower-triangular L, column by column by forward substitution (L·x = s·eⱼ). */
function scaledLowerInverse(lower: Float64Array, d: number, scale: number): Float64Array {
  const inverse = new Float64Array(d * d);
  for (let column = 0; column < d; column++) {
    inverse[column * d + column] = scale / lower[column * d + column];
    for (let i = column + 1; i < d; i++) {
      let sum = 0;
      for (let p = column; p < i; p++) sum -= lower[i * d + p] * inverse[p * d + column];
      inverse[i * d + column] = sum / lower[i * d + i];
    }
  }
  return inverse;
}
