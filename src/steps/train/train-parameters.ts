import { parseDecimal, parseInteger } from '../../core/validate-input.js';
import { DEFAULT_TRAINING_PARAMETERS, type TrainingParameters } from '../../trainers/trainer.js';

/** The user-facing name of each parameter: the CLI flag without "--", the Action input, the key component. */
export const PARAMETER_NAMES = {
  epochs: 'epochs',
  batchSize: 'batch-size',
  learningRate: 'learning-rate',
  warmupSteps: 'warmup-steps',
  saveSteps: 'save-steps',
  loggingSteps: 'logging-steps',
  evalSteps: 'eval-steps',
  maxLength: 'max-length',
  gradientAccumulationSteps: 'gradient-accumulation-steps',
  fp16: 'fp16',
  seed: 'seed',
} as const satisfies Record<keyof TrainingParameters, string>;

export type ParameterName = (typeof PARAMETER_NAMES)[keyof TrainingParameters];
type IntegerParameter = Exclude<keyof TrainingParameters, 'learningRate' | 'fp16'>;

/**
 * Bounds wide enough for any real run and narrow enough to catch a typo (epochs 1e9, batch size 0) before a
 * trainer is started on it.
 */
const INTEGER_BOUNDS: Record<IntegerParameter, { min: number; max: number }> = {
  epochs: { min: 1, max: 10_000 },
  batchSize: { min: 1, max: 65_536 },
  warmupSteps: { min: 0, max: 100_000_000 },
  saveSteps: { min: 1, max: 100_000_000 },
  loggingSteps: { min: 1, max: 100_000_000 },
  evalSteps: { min: 1, max: 100_000_000 },
  maxLength: { min: 1, max: 1_048_576 },
  gradientAccumulationSteps: { min: 1, max: 65_536 },
  // numpy's and torch's seeding accept 32-bit unsigned values.
  seed: { min: 0, max: 4_294_967_295 },
};
const MAX_LEARNING_RATE = 1;

/** Raw values as the front end read them (strings; fp16 already a boolean); missing ones take the defaults. */
export type RawTrainingParameters = Partial<Record<Exclude<ParameterName, 'fp16'>, string>> & { fp16?: boolean };

/** Every parameter checked, each message naming the flag (or input) the way `flagName` spells it. */
export function parseTrainingParameters(params: { raw: RawTrainingParameters; flagName: (name: string) => string }): TrainingParameters {
  const { raw, flagName } = params;
  const integer = (field: IntegerParameter) =>
    parseInteger({ flag: flagName(PARAMETER_NAMES[field]), value: raw[PARAMETER_NAMES[field]], ...INTEGER_BOUNDS[field], fallback: DEFAULT_TRAINING_PARAMETERS[field] });
  return {
    epochs: integer('epochs'),
    batchSize: integer('batchSize'),
    learningRate: parseDecimal({
      flag: flagName(PARAMETER_NAMES.learningRate),
      value: raw['learning-rate'],
      greaterThan: 0,
      max: MAX_LEARNING_RATE,
      fallback: DEFAULT_TRAINING_PARAMETERS.learningRate,
    }),
    warmupSteps: integer('warmupSteps'),
    saveSteps: integer('saveSteps'),
    loggingSteps: integer('loggingSteps'),
    evalSteps: integer('evalSteps'),
    maxLength: integer('maxLength'),
    gradientAccumulationSteps: integer('gradientAccumulationSteps'),
    fp16: raw.fp16 ?? DEFAULT_TRAINING_PARAMETERS.fp16,
    seed: integer('seed'),
  };
}

/** Is `value` a complete, well-typed parameter set (as read back from metadata)? */
export function isTrainingParameters(value: unknown): value is TrainingParameters {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (Object.keys(PARAMETER_NAMES) as (keyof TrainingParameters)[]).every((field) =>
    field === 'fp16' ? typeof record[field] === 'boolean' : typeof record[field] === 'number' && Number.isFinite(record[field]),
  );
}
