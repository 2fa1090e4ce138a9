/**
 * The lower-triangular L with L Lᵀ = A, for a symmetric [size, size] row-major A of which only the lower triangle is
 * read. Pivots are floored at `minPivot` (a positive definite A only comes near it through rounding).
 */
export function choleskyLower(params: { matrix: Float64Array; size: number; minPivot: number }): Float64Array {
  const { matrix, size: d, minPivot } = params;
  const lower = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * d + j];
      for (let p = 0; p < j; p++) sum -= lower[i * d + p] * lower[j * d + p];
      lower[i * d + j] = i === j ? Math.sqrt(Math.max(sum, minPivot)) : sum / lower[j * d + j];
    }
  }
  return lower;
}
