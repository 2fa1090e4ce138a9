import type { RunOptions } from '../core/cached-step.js';
import type { Reporter } from '../core/reporter.js';
import type { HubConnection } from '../hub/hub-connection.js';
import type { SweepTrainInputs } from '../steps/sweep/look-up-sweep.js';
import { selectTrainer } from '../steps/train/select-trainer.js';
import type { Trainer } from '../trainers/trainer.js';
import { envFlag, hubOptions } from './args.js';
import { hubConnectionFromArgs } from './hub-from-args.js';
import { cacheOptions, runOptionsFromArgs } from './run-options.js';

/** The flags of `train`, which `sweep --plan` and `sweep-report` take too (every cell is one train step). */
export const TRAIN_OPTIONS = {
  ...hubOptions,
  ...cacheOptions,
  'model-name': { type: 'string' },
  'model-path': { type: 'string' },
  'train-data': { type: 'string' },
  'val-data': { type: 'string' },
  'output-dir': { type: 'string' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
  'learning-rate': { type: 'string' },
  'warmup-steps': { type: 'string' },
  'save-steps': { type: 'string' },
  'logging-steps': { type: 'string' },
  'eval-steps': { type: 'string' },
  'max-length': { type: 'string' },
  'gradient-accumulation-steps': { type: 'string' },
  fp16: { type: 'boolean' },
  seed: { type: 'string' },
  run: { type: 'string' },
  'key-files': { type: 'string', multiple: true },
  'key-env': { type: 'string', multiple: true },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  trainer: { type: 'string' },
  python: { type: 'string' },
} as const;

type Values = Partial<Record<string, string | boolean | string[] | undefined>>;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : undefined);

/** The train step's inputs from parsed `train` flags (unchecked: parseTrainRequest checks them). */
export function trainInputsFromValues(values: Values, cwd: string): SweepTrainInputs {
  return {
    modelName: text(values['model-name']),
    modelPath: text(values['model-path']),
    trainData: text(values['train-data']),
    valData: text(values['val-data']),
    outputDir: text(values['output-dir']),
    parameters: {
      epochs: text(values.epochs),
      'batch-size': text(values['batch-size']),
      'learning-rate': text(values['learning-rate']),
      'warmup-steps': text(values['warmup-steps']),
      'save-steps': text(values['save-steps']),
      'logging-steps': text(values['logging-steps']),
      'eval-steps': text(values['eval-steps']),
      'max-length': text(values['max-length']),
      'gradient-accumulation-steps': text(values['gradient-accumulation-steps']),
      fp16: values.fp16 === true ? true : undefined,
      seed: text(values.seed),
    },
    keyFiles: list(values['key-files']),
    keyEnv: list(values['key-env']),
    cwd,
  };
}

/** The trainer, cache options and Hub connection a train step (or a sweep's cells) runs with, from the flags. */
export async function trainRuntimeFromValues(params: { values: Values; env: Record<string, string | undefined>; cwd: string; reporter: Reporter; secrets: string[] }): Promise<{
  trainer: Trainer;
  options: RunOptions;
  connection: HubConnection;
}> {
  const { values, env, cwd, reporter, secrets } = params;
  // The trainer gets the Hub settings the download commands use, so it can fetch a base model the same way.
  const token = text(values.token) ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
  if (token?.trim()) secrets.push(token.trim());
  const trainerBaseEnv = {
    ...env,
    ...(token ? { HF_TOKEN: token } : {}),
    ...(values['hub-url'] ? { HF_ENDPOINT: text(values['hub-url']) } : {}),
    ...(values.offline === true || envFlag(env.HF_HUB_OFFLINE) ? { HF_HUB_OFFLINE: '1' } : {}),
  };
  const trainer = await selectTrainer({ run: text(values.run), runFlag: '--run', trainer: text(values.trainer), python: text(values.python), fp16: values.fp16 === true, env: trainerBaseEnv, cwd, secrets, textColumn: text(values['text-column']), labelColumn: text(values['label-column']) });
  const options = runOptionsFromArgs({ values: values as Parameters<typeof runOptionsFromArgs>[0]['values'], env, reporter });
  const connection = hubConnectionFromArgs({ values: values as Parameters<typeof hubConnectionFromArgs>[0]['values'], env, reporter, secrets });
  return { trainer, options, connection };
}
