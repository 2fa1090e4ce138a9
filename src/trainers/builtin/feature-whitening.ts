import type { HeadParameters } from './linear-head.js';

/**
 * The head trains on whitened features, z = s·L⁻¹(x − μ), where μ is the training features' mean, L Lᵀ their
 * covariance plus a small ridge, and s a constant scale the optimizer chooses (see train-head.ts). Mean pooling leaves the signal in directions of tiny variance (one sentiment word
 * among thirty filler words moves the average a little); a first-order optimizer with one step size for every
 * weight crawls along such directions, whitening makes every direction unit-variance, so a few epochs reach what a
 * converged logistic regression reaches. Because z is an affine map of x, the trained head is folded back into one
 * plain linear layer over the raw pooled features (foldWhitening): what is saved and exported is s·W·L⁻¹ and
 * b − s·W·L⁻¹·μ.
 */
export interface FeatureWhitening {
  hiddenSize: number;
  mean: Float64Array;
  /** Cholesky factor of the ridged covariance, [hidden, hidden] row-major, lower triangle. */
  lower: Float64Array;
  /** Every whitened feature is multiplied by this. */
  scale: number;
}

/**
 * The ridge, relative to the mean feature variance: it caps how far a direction the training data barely spans
 * is stretched (by at most 1/sqrt(ridge) ≈ 32× the typical one), so noise there is not amplified without bound.
 */
export const WHITENING_RIDGE = 1e-3;

export function fitWhitening(params: { features: Float32Array; hiddenSize: number; scale: number }): FeatureWhitening {
  const { features, hiddenSize: d } = params;
  const rows = features.length / d;
  const mean = new Float64Array(d);
  for (let row = 0; row < rows; row++) for (let h = 0; h < d; h++) mean[h] += features[row * d + h];
  for (let h = 0; h < d; h++) mean[h] /= Math.max(1, rows);

  // Lower triangle of the covariance, accumulated row by row in a fixed order.
  const covariance = new Float64Array(d * d);
  const centered = new Float64Array(d);
  for (let row = 0; row < rows; row++) {
    for (let h = 0; h < d; h++) centered[h] = features[row * d + h] - mean[h];
    for (let i = 0; i < d; i++) {
      const value = centered[i];
      const offset = i * d;
      for (let j = 0; j <= i; j++) covariance[offset + j] += value * centered[j];
    }
  }
  let trace = 0;
  for (let i = 0; i < d; i++) trace += covariance[i * d + i];
  const scale = 1 / Math.max(1, rows);
  // Constant features (trace 0) still get a positive ridge: the factor stays finite and they whiten to zero.
  const ridge = WHITENING_RIDGE * Math.max((trace * scale) / d, 1e-12);

  const lower = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = covariance[i * d + j] * scale + (i === j ? ridge : 0);
      for (let p = 0; p < j; p++) sum -= lower[i * d + p] * lower[j * d + p];
      // The ridged matrix is positive definite; rounding can only bring a pivot near `ridge`, not below zero.
      lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, ridge)) : sum / lower[j * d + j];
    }
  }
  return { hiddenSize: d, mean, lower, scale: params.scale };
}

/** z = s·L⁻¹(x − μ) for every row, by forward substitution. */
export function whitenFeatures(whitening: FeatureWhitening, features: Float32Array): Float32Array {
  const { hiddenSize: d, mean, lower, scale } = whitening;
  const rows = features.length / d;
  const out = new Float32Array(features.length);
  const solved = new Float64Array(d);
  for (let row = 0; row < rows; row++) {
    const offset = row * d;
    for (let i = 0; i < d; i++) {
      let sum = features[offset + i] - mean[i];
      const lowerRow = i * d;
      for (let p = 0; p < i; p++) sum -= lower[lowerRow + p] * solved[p];
      solved[i] = sum / lower[lowerRow + i];
      out[offset + i] = solved[i] * scale;
    }
  }
  return out;
}

/**
 * The same classifier over raw pooled features: W z + b = (s·W L⁻¹) x + (b − s·W L⁻¹ μ). Each row r = s·w L⁻¹
 * solves Lᵀ rᵀ = s·wᵀ (back substitution).
 */
export function foldWhitening(whitening: FeatureWhitening, head: HeadParameters): HeadParameters {
  const { hiddenSize: d, mean, lower, scale } = whitening;
  const weight = new Float32Array(head.weight.length);
  const bias = new Float32Array(head.numLabels);
  const folded = new Float64Array(d);
  for (let label = 0; label < head.numLabels; label++) {
    const offset = label * d;
    for (let i = d - 1; i >= 0; i--) {
      let sum = head.weight[offset + i] * scale;
      for (let j = i + 1; j < d; j++) sum -= lower[j * d + i] * folded[j];
      folded[i] = sum / lower[i * d + i];
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
