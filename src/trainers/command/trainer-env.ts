import type { TrainerRunParams } from '../trainer.js';

/** The `--run` contract: what ME_CONFIG holds (snake_case, as Python trainers name things). */
export function trainerConfig(params: { run: TrainerRunParams; metricsFile: string }) {
  const { run, metricsFile } = params;
  const p = run.parameters;
  return {
    model_name: run.modelName,
    model_path: run.modelPath ?? null,
    train_data: run.trainData,
    val_data: run.valData,
    output_dir: run.stagingDir,
    metrics_file: metricsFile,
    epochs: p.epochs,
    batch_size: p.batchSize,
    learning_rate: p.learningRate,
    warmup_steps: p.warmupSteps,
    save_steps: p.saveSteps,
    logging_steps: p.loggingSteps,
    eval_steps: p.evalSteps,
    max_length: p.maxLength,
    gradient_accumulation_steps: p.gradientAccumulationSteps,
    fp16: p.fp16,
    seed: p.seed,
  };
}

/**
 * The trainer's environment: ours, minus any ME_* variables inherited from outside (so a stale one cannot
 * masquerade as a parameter), plus every parameter as ME_<NAME> and the paths of ME_CONFIG and ME_METRICS_FILE.
 */
export function trainerEnv(params: {
  base: Record<string, string | undefined>;
  config: ReturnType<typeof trainerConfig>;
  configFile: string;
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(params.base)) {
    if (value !== undefined && !name.startsWith('ME_')) env[name] = value;
  }
  const { config } = params;
  Object.assign(env, {
    ME_MODEL_NAME: config.model_name,
    ME_MODEL_PATH: config.model_path ?? '',
    ME_TRAIN_DATA: config.train_data,
    ME_VAL_DATA: config.val_data,
    ME_OUTPUT_DIR: config.output_dir,
    ME_EPOCHS: String(config.epochs),
    ME_BATCH_SIZE: String(config.batch_size),
    ME_LEARNING_RATE: String(config.learning_rate),
    ME_WARMUP_STEPS: String(config.warmup_steps),
    ME_SAVE_STEPS: String(config.save_steps),
    ME_LOGGING_STEPS: String(config.logging_steps),
    ME_EVAL_STEPS: String(config.eval_steps),
    ME_MAX_LENGTH: String(config.max_length),
    ME_GRADIENT_ACCUMULATION_STEPS: String(config.gradient_accumulation_steps),
    ME_FP16: String(config.fp16),
    ME_SEED: String(config.seed),
    ME_CONFIG: params.configFile,
    ME_METRICS_FILE: config.metrics_file,
  });
  return env;
}
