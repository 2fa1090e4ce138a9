import type { Reporter } from '../core/reporter.js';

/** The eleven training parameters of the seed's train command; every one is part of the train key. */
export interface TrainingParameters {
  epochs: number;
  batchSize: number;
  learningRate: number;
  warmupSteps: number;
  saveSteps: number;
  loggingSteps: number;
  evalSteps: number;
  maxLength: number;
  gradientAccumulationSteps: number;
  fp16: boolean;
  seed: number;
}

export const DEFAULT_TRAINING_PARAMETERS: TrainingParameters = {
  epochs: 3,
  batchSize: 16,
  learningRate: 5e-5,
  warmupSteps: 0,
  saveSteps: 500,
  loggingSteps: 50,
  evalSteps: 500,
  maxLength: 128,
  gradientAccumulationSteps: 1,
  fp16: false,
  seed: 42,
};

/** One point of the training history (for the job summary chart and tfevents). */
export interface TrainingLogEntry {
  step: number;
  epoch?: number;
  loss?: number;
  learningRate?: number;
  evalLoss?: number;
  evalAccuracy?: number;
}

export interface TrainerRunParams {
  modelName: string;
  /** Directory holding the base model (config.json, weights/onnx, tokenizer). */
  modelPath?: string;
  trainData: string;
  valData: string;
  /** A staging directory the trainer writes the finished model into; it replaces the output dir on success. */
  stagingDir: string;
  parameters: TrainingParameters;
  reporter: Reporter;
  /** Aborted when the CLI/Action is interrupted (SIGINT/SIGTERM): stop and fail. */
  signal: AbortSignal;
}

export interface TrainerOutcome {
  /** Final metrics, e.g. { train_loss, eval_loss, eval_accuracy }. */
  metrics: Record<string, number>;
  history: TrainingLogEntry[];
}

/** Something that trains: the `--run` command, or the built-in ONNX trainer. */
export interface Trainer {
  /** What identifies this trainer in the key, e.g. { kind: 'command', command: '...' } or { kind: 'builtin', version: '1' , ...options }. */
  identity: Record<string, string | number | boolean>;
  /** The environment the trainer runs with, where `--key-env` values are read (default: this process's). */
  environment?: Record<string, string | undefined>;
  /**
   * This trainer's own defaults for parameters the user leaves unset (instead of DEFAULT_TRAINING_PARAMETERS). They
   * are applied before the key is computed, so the key and training_metadata.json record the value trained with.
   */
  parameterDefaults?: Partial<TrainingParameters>;
  train(params: TrainerRunParams): Promise<TrainerOutcome>;
}
