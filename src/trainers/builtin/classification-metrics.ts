/** Per-label precision and recall, as a user reads them in an evaluation report. */
export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMetrics {
  examples: number;
  accuracy: number;
  /** Mean softmax cross-entropy. */
  loss: number;
  perLabel: Record<string, LabelMetrics>;
}

/** Metrics of logits rows [n, labels] against target ids; `labelNames[i]` names label id i. */
export function classificationMetrics(params: { logits: ArrayLike<number>; targets: ArrayLike<number>; labelNames: readonly string[] }): ClassificationMetrics {
  const { logits, targets, labelNames } = params;
  const numLabels = labelNames.length;
  const examples = targets.length;
  const truePositive = new Array<number>(numLabels).fill(0);
  const predicted = new Array<number>(numLabels).fill(0);
  const actual = new Array<number>(numLabels).fill(0);
  let correct = 0;
  let loss = 0;
  for (let row = 0; row < examples; row++) {
    const offset = row * numLabels;
    let best = 0;
    let max = -Infinity;
    for (let label = 0; label < numLabels; label++) {
      if (logits[offset + label] > max) {
        max = logits[offset + label];
        best = label;
      }
    }
    let total = 0;
    for (let label = 0; label < numLabels; label++) total += Math.exp(logits[offset + label] - max);
    const target = targets[row];
    loss += Math.log(total) - (logits[offset + target] - max);
    predicted[best]++;
    actual[target]++;
    if (best === target) {
      correct++;
      truePositive[best]++;
    }
  }
  const perLabel: Record<string, LabelMetrics> = {};
  labelNames.forEach((name, label) => {
    const precision = predicted[label] > 0 ? truePositive[label] / predicted[label] : 0;
    const recall = actual[label] > 0 ? truePositive[label] / actual[label] : 0;
    perLabel[name] = { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, support: actual[label] };
  });
  return { examples, accuracy: examples > 0 ? correct / examples : 0, loss: examples > 0 ? loss / examples : 0, perLabel };
}
