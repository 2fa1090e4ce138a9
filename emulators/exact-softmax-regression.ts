/**
 * The reference the built-in trainer is held to, in its tests and its benchmark: multinomial logistic regression
 * on the pooled features, solved to convergence by Newton's method with a backtracking line search. Written
 * independently of the trainer (no code shared with src/trainers/builtin).
 *
 * Objective: mean softmax cross-entropy + (l2 / 2)·‖W‖² + (1e-8 / 2)·‖b‖² (the tiny bias term only makes the
 * problem strictly convex, since adding one constant to every bias changes nothing).
 */
export interface ExactProbe {
  /** [labels, hidden], row-major, as torch.nn.Linear stores it. */
  weight: Float64Array;
  bias: Float64Array;
  iterations: number;
  /** Euclidean norm of the objective's gradient at the solution. */
  gradientNorm: number;
  objective: number;
}

const BIAS_L2 = 1e-8;

export function solveSoftmaxRegression(params: { features: ArrayLike<number>; targets: ArrayLike<number>; numLabels: number; hiddenSize: number; l2: number; maxIterations?: number; tolerance?: number }): ExactProbe {
  const { features, targets, numLabels: k, hiddenSize: d, l2 } = params;
  const n = targets.length;
  const width = d + 1; // features plus a constant 1 for the bias
  const size = k * width;
  const theta = new Float64Array(size); // label-major: [label][h…, bias]
  // The design matrix with a constant 1 column for the bias, in float64.
  const design = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < d; h++) design[i * width + h] = features[i * d + h];
    design[i * width + d] = 1;
  }
  const probabilities = new Float64Array(k);
  const regularizer = (index: number) => (index % width === d ? BIAS_L2 : l2);

  const pairs: [number, number][] = [];
  for (let a = 0; a < k; a++) for (let b = 0; b <= a; b++) pairs.push([a, b]);
  const triangle = (width * (width + 1)) / 2;

  const evaluate = (point: Float64Array, withDerivatives: boolean) => {
    let loss = 0;
    const gradient = new Float64Array(size);
    // The Hessian is Σᵢ Cᵢ ⊗ xᵢxᵢᵀ with Cᵢ = diag(p) − ppᵀ: one weighted Gram matrix per label pair, lower triangles.
    const blocks = withDerivatives ? pairs.map(() => new Float64Array(triangle)) : [];
    for (let i = 0; i < n; i++) {
      const x = i * width;
      let max = -Infinity;
      for (let a = 0; a < k; a++) {
        let z = 0;
        for (let h = 0; h < width; h++) z += point[a * width + h] * design[x + h];
        probabilities[a] = z;
        max = Math.max(max, z);
      }
      let total = 0;
      for (let a = 0; a < k; a++) total += Math.exp(probabilities[a] - max);
      loss += Math.log(total) - (probabilities[targets[i]] - max);
      for (let a = 0; a < k; a++) probabilities[a] = Math.exp(probabilities[a] - max) / total;
      if (!withDerivatives) continue;
      for (let a = 0; a < k; a++) {
        const delta = probabilities[a] - (a === targets[i] ? 1 : 0);
        for (let h = 0; h < width; h++) gradient[a * width + h] += delta * design[x + h];
      }
      for (let pair = 0; pair < pairs.length; pair++) {
        const a = pairs[pair][0];
        const b = pairs[pair][1];
        const curvature = probabilities[a] * ((a === b ? 1 : 0) - probabilities[b]);
        const block = blocks[pair];
        let cell = 0;
        for (let h = 0; h < width; h++) {
          const scaled = curvature * design[x + h];
          for (let g = 0; g <= h; g++) block[cell++] += scaled * design[x + g];
        }
      }
    }
    let objective = loss / n;
    for (let j = 0; j < size; j++) objective += 0.5 * regularizer(j) * point[j] * point[j];
    if (!withDerivatives) return { objective, gradient };
    for (let j = 0; j < size; j++) gradient[j] = gradient[j] / n + regularizer(j) * point[j];
    const hessian = new Float64Array(size * size);
    pairs.forEach(([a, b], pair) => {
      const block = blocks[pair];
      let cell = 0;
      for (let h = 0; h < width; h++) {
        for (let g = 0; g <= h; g++) {
          const value = block[cell++] / n;
          // Block (a, b) and its mirror (b, a), each symmetric in (h, g).
          hessian[(a * width + h) * size + b * width + g] = value;
          hessian[(a * width + g) * size + b * width + h] = value;
          hessian[(b * width + h) * size + a * width + g] = value;
          hessian[(b * width + g) * size + a * width + h] = value;
        }
      }
    });
    for (let j = 0; j < size; j++) hessian[j * size + j] += regularizer(j);
    return { objective, gradient, hessian };
  };

  const maxIterations = params.maxIterations ?? 100;
  const tolerance = params.tolerance ?? 1e-9;
  let iterations = 0;
  let current = evaluate(theta, true);
  let gradientNorm = norm(current.gradient);
  while (gradientNorm > tolerance && iterations < maxIterations) {
    const direction = solveSymmetric(current.hessian!, current.gradient, size);
    let slope = 0;
    for (let j = 0; j < size; j++) slope -= current.gradient[j] * direction[j];
    let step = 1;
    const trial = new Float64Array(size);
    for (;;) {
      for (let j = 0; j < size; j++) trial[j] = theta[j] - step * direction[j];
      if (evaluate(trial, false).objective <= current.objective + 1e-4 * step * slope || step < 1e-10) break;
      step /= 2;
    }
    theta.set(trial);
    current = evaluate(theta, true);
    gradientNorm = norm(current.gradient);
    iterations++;
  }
  const weight = new Float64Array(k * d);
  const bias = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    for (let h = 0; h < d; h++) weight[a * d + h] = theta[a * width + h];
    bias[a] = theta[a * width + d];
  }
  return { weight, bias, iterations, gradientNorm, objective: current.objective };
}

/** Accuracy of a linear classifier on feature rows. */
export function probeAccuracy(params: { weight: ArrayLike<number>; bias: ArrayLike<number>; features: ArrayLike<number>; targets: ArrayLike<number>; hiddenSize: number }): number {
  const { weight, bias, features, targets, hiddenSize: d } = params;
  const k = bias.length;
  let correct = 0;
  for (let i = 0; i < targets.length; i++) {
    let best = 0;
    let max = -Infinity;
    for (let a = 0; a < k; a++) {
      let z = bias[a];
      for (let h = 0; h < d; h++) z += weight[a * d + h] * features[i * d + h];
      if (z > max) {
        max = z;
        best = a;
      }
    }
    if (best === targets[i]) correct++;
  }
  return correct / targets.length;
}

const norm = (vector: Float64Array) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

/** Solve A x = b for symmetric positive definite A by Cholesky. */
function solveSymmetric(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j];
      for (let p = 0; p < j; p++) sum -= lower[i * size + p] * lower[j * size + p];
      if (i === j) {
        if (sum <= 0) throw new Error(`Hessian is not positive definite at row ${i}`);
        lower[i * size + i] = Math.sqrt(sum);
      } else {
        lower[i * size + j] = sum / lower[j * size + j];
      }
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i];
    for (let p = 0; p < i; p++) sum -= lower[i * size + p] * y[p];
    y[i] = sum / lower[i * size + i];
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i];
    for (let p = i + 1; p < size; p++) sum -= lower[p * size + i] * x[p];
    x[i] = sum / lower[i * size + i];
  }
  return x;
}
