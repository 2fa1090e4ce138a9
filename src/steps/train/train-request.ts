import path, { resolve, type PlatformPath } from 'node:path';
import { InputError } from '../../core/errors.js';
import { validateRepoId } from '../../core/validate-input.js';
import type { TrainingParameters } from '../../trainers/trainer.js';
import { parseKeyEnvNames } from './key-env.js';
import { PARAMETER_NAMES, parseTrainingParameters, type RawTrainingParameters } from './train-parameters.js';

/** A path as the user gave it, resolved, and as the key records it. */
export interface RequestPath {
  absolute: string;
  /** "./data/train.jsonl" inside the working directory (so keys survive a different checkout root), else absolute. */
  keyPath: string;
}

export interface TrainRequest {
  modelName: string;
  modelPath?: RequestPath;
  trainData: RequestPath;
  valData: RequestPath;
  outputDir: string;
  /** The output dir as the user wrote it, for messages ("Using cached trained model from ./models/fine-tuned"). */
  displayOutputDir: string;
  parameters: TrainingParameters;
  /** Parameters the user left unset, so they hold DEFAULT_TRAINING_PARAMETERS' value; a trainer may have its own. */
  unsetParameters?: readonly (keyof TrainingParameters)[];
  cwd: string;
  /** `--key-files` globs: more files whose content joins the key. */
  keyFiles: string[];
  /** `--key-env` variable names whose values join the key (hashed). */
  keyEnv: string[];
}

/**
 * A path the user gave, made absolute, and the form the key holds: relative to the working directory with `/`
 * separators ("./data/train.jsonl" whether it was given as data\train.jsonl on Windows or data/train.jsonl on
 * Linux, so one checkout has one key on every runner), or absolute when it is outside the working directory.
 * `paths` is the platform's path module (path.win32 / path.posix in tests).
 */
export function requestPath(value: string, cwd: string, paths: PlatformPath = path): RequestPath {
  const absolute = paths.resolve(cwd, value);
  const inside = paths.relative(cwd, absolute);
  const keyPath = inside === '' ? '.' : inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside) ? absolute : `./${inside.split(paths.sep).join('/')}`;
  return { absolute, keyPath };
}

/** The train step's inputs as given (flags or Action inputs), before parseTrainRequest checks them. */
export interface TrainInputs {
  modelName?: string;
  modelPath?: string;
  trainData?: string;
  valData?: string;
  outputDir?: string;
  parameters: RawTrainingParameters;
  keyFiles?: readonly string[];
  keyEnv?: readonly string[];
  cwd: string;
}

/** Check the request before any file is read or any trainer started; messages name flags (or inputs) via `flagName`. */
export function parseTrainRequest(params: TrainInputs & { flagName: (name: string) => string }): TrainRequest {
  const { cwd, flagName } = params;
  const modelName = validateRepoId(params.modelName, flagName('model-name'));
  const required = (value: string | undefined, name: string, what: string) => {
    const trimmed = value?.trim();
    if (!trimmed) throw new InputError(`${flagName(name)} is required: give ${what}`);
    return trimmed;
  };
  const trainData = required(params.trainData, 'train-data', 'the JSONL file to train on, e.g. ./data/train.jsonl');
  const valData = required(params.valData, 'val-data', 'the JSONL file to evaluate on, e.g. ./data/val.jsonl');
  const outputDir = required(params.outputDir, 'output-dir', 'the directory the trained model goes into, e.g. ./models/fine-tuned');
  const modelPath = params.modelPath?.trim();
  if (params.modelPath !== undefined && !modelPath) throw new InputError(`${flagName('model-path')} must not be empty: give the base model's directory or leave it out`);
  return {
    modelName,
    modelPath: modelPath ? requestPath(modelPath, cwd) : undefined,
    trainData: requestPath(trainData, cwd),
    valData: requestPath(valData, cwd),
    outputDir: resolve(cwd, outputDir),
    displayOutputDir: outputDir,
    parameters: parseTrainingParameters({ raw: params.parameters, flagName }),
    unsetParameters: unsetParameters(params.parameters),
    cwd,
    keyFiles: (params.keyFiles ?? []).map((glob) => {
      if (glob.trim() === '') throw new InputError(`${flagName('key-files')} must not be empty: give a glob relative to the working directory, e.g. 'src/**/*.py'`);
      return glob.trim();
    }),
    keyEnv: parseKeyEnvNames({ names: params.keyEnv ?? [], flag: flagName('key-env') }),
  };
}

function unsetParameters(raw: RawTrainingParameters): (keyof TrainingParameters)[] {
  return (Object.keys(PARAMETER_NAMES) as (keyof TrainingParameters)[]).filter((field) => (field === 'fp16' ? raw.fp16 === undefined : (raw[PARAMETER_NAMES[field]] ?? '') === ''));
}
