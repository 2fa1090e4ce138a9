import { InputError } from '../../core/errors.js';
import type { Trainer } from '../trainer.js';

/**
 * Bump when a change makes the same inputs train a different model: it is part of the train key.
 * 2: the head trains on whitened, width-scaled features from a zero start; an unset --learning-rate is 1e-2.
 * 3: AdamW starts from the linear discriminant of the whitened features (discriminant-start.ts), not from zero.
 */
export const BUILTIN_TRAINER_VERSION = '3';

/**
 * The learning rate when --learning-rate is not given. The shared default, 5e-5, is a rate for fine-tuning a whole
 * transformer; AdamW moves each head weight by at most about the rate per step, so at 5e-5 the head barely leaves
 * zero in a few epochs.
 */
export const BUILTIN_DEFAULT_LEARNING_RATE = 1e-2;

export interface BuiltinTrainerOptions {
  textColumn?: string;
  labelColumn?: string;
}

/** The built-in CPU trainer: a linear head on whitened mean-pooled states of the base model's frozen ONNX encoder. */
export function createBuiltinTrainer(options: BuiltinTrainerOptions = {}): Trainer {
  const textColumn = checkColumn('--text-column', options.textColumn ?? 'text');
  const labelColumn = checkColumn('--label-column', options.labelColumn ?? 'label');
  if (textColumn === labelColumn) throw new InputError(`--text-column and --label-column are both "${textColumn}": give two different columns`);
  return {
    identity: { kind: 'builtin', version: BUILTIN_TRAINER_VERSION, 'text-column': textColumn, 'label-column': labelColumn },
    parameterDefaults: { learningRate: BUILTIN_DEFAULT_LEARNING_RATE },
    train: async (params) => (await import('./train-builtin.js')).trainBuiltin({ ...params, textColumn, labelColumn }),
  };
}

function checkColumn(flag: string, value: string): string {
  if (value.trim() === '') throw new InputError(`${flag} must not be empty: give the JSONL column name`);
  return value;
}
