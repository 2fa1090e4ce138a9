/** A linear classifier over pooled features: logits = W x + b, W in torch's [labels, hidden] layout. */
export interface HeadParameters {
  weight: Float32Array;
  bias: Float32Array;
  numLabels: number;
  hiddenSize: number;
}

/** Logits of one feature row into `out` (float64, fixed summation order). */
export function headLogits(head: HeadParameters, features: Float32Array, row: number, out: Float64Array): void {
  const { hiddenSize, numLabels } = head;
  const offset = row * hiddenSize;
  for (let label = 0; label < numLabels; label++) {
    let sum = head.bias[label];
    const w = label * hiddenSize;
    for (let h = 0; h < hiddenSize; h++) sum += head.weight[w + h] * features[offset + h];
    out[label] = sum;
  }
}

/** Softmax cross-entropy of logits against `target`, computed stably; probabilities are left in `logits`. */
export function softmaxCrossEntropy(logits: Float64Array, target: number): number {
  let max = -Infinity;
  for (const value of logits) max = Math.max(max, value);
  let total = 0;
  for (let i = 0; i < logits.length; i++) total += Math.exp(logits[i] - max);
  const loss = Math.log(total) - (logits[target] - max);
  for (let i = 0; i < logits.length; i++) logits[i] = Math.exp(logits[i] - max) / total;
  return loss;
}

/**
 * Add the gradient of the summed loss over `rows` to `gradients` ([dW, db]) and return the summed loss.
 * The caller divides by the number of examples in the accumulation window.
 */
export function accumulateGradients(params: { head: HeadParameters; features: Float32Array; targets: Int32Array; rows: readonly number[]; gradients: [Float64Array, Float64Array] }): number {
  const { head, features, targets, rows, gradients } = params;
  const [gradWeight, gradBias] = gradients;
  const logits = new Float64Array(head.numLabels);
  let loss = 0;
  for (const row of rows) {
    headLogits(head, features, row, logits);
    loss += softmaxCrossEntropy(logits, targets[row]);
    const offset = row * head.hiddenSize;
    for (let label = 0; label < head.numLabels; label++) {
      const delta = logits[label] - (label === targets[row] ? 1 : 0);
      gradBias[label] += delta;
      const w = label * head.hiddenSize;
      for (let h = 0; h < head.hiddenSize; h++) gradWeight[w + h] += delta * features[offset + h];
    }
  }
  return loss;
}
