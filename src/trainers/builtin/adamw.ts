/**
 * AdamW (Loshchilov & Hutter) as torch.optim.AdamW computes it: decoupled weight decay, bias-corrected moments.
 * Moments are kept in float64 and every update is rounded into the float32 parameters in a fixed order, so the
 * same gradients always give the same bytes.
 */
export interface AdamWOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  weightDecay?: number;
}

export class AdamW {
  private readonly first: Float64Array[];
  private readonly second: Float64Array[];
  private steps = 0;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;
  private readonly weightDecay: number;

  /** `decay[i]` says whether parameter tensor i is decayed (weights yes, biases no, as transformers' Trainer does). */
  constructor(private readonly parameters: Float32Array[], private readonly decay: boolean[], options: AdamWOptions = {}) {
    this.first = parameters.map((tensor) => new Float64Array(tensor.length));
    this.second = parameters.map((tensor) => new Float64Array(tensor.length));
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-8;
    this.weightDecay = options.weightDecay ?? 0.01;
  }

  step(gradients: Float64Array[], learningRate: number): void {
    this.steps++;
    const correction1 = 1 - this.beta1 ** this.steps;
    const correction2 = 1 - this.beta2 ** this.steps;
    this.parameters.forEach((parameter, index) => {
      const gradient = gradients[index];
      const m = this.first[index];
      const v = this.second[index];
      const decayFactor = this.decay[index] ? 1 - learningRate * this.weightDecay : 1;
      for (let i = 0; i < parameter.length; i++) {
        m[i] = this.beta1 * m[i] + (1 - this.beta1) * gradient[i];
        v[i] = this.beta2 * v[i] + (1 - this.beta2) * gradient[i] * gradient[i];
        const update = m[i] / correction1 / (Math.sqrt(v[i] / correction2) + this.epsilon);
        parameter[i] = parameter[i] * decayFactor - learningRate * update;
      }
    });
  }
}
