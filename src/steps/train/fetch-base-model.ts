import { dirname, join } from 'node:path';
import type { RunOptions } from '../../core/cached-step.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import type { Trainer } from '../../trainers/trainer.js';
import { statDatasetFile } from './dataset-file.js';
import { codeFilesOf } from './train-code-files.js';
import { checkOutputDirIsSafe } from './output-dir-guard.js';
import { requestPath, type TrainRequest } from './train-request.js';

/** Where the built-in trainer keeps a base model it fetched itself: beside the output dir, one folder per repo. */
export function defaultBaseModelDir(params: { outputDir: string; modelName: string; suffix?: string }): string {
  return join(dirname(params.outputDir), '.base-models', params.modelName.replace('/', '--') + (params.suffix ?? ''));
}

/**
 * What the built-in trainer reads of a base model: config and tokenizer files, and its ONNX exports. The model
 * download step skips onnx/ by default when safetensors exist, so the exports are asked for by name. Both the fp32
 * and the fp16 export are fetched (whichever the repo has), whatever --fp16 says: one shared dir with one key, so
 * toggling --fp16 never replaces the base model with a smaller file set (nor downloads it again).
 */
export function builtinBaseModelFiles(): string[] {
  return ['*.json', '*.txt', '*.model', 'onnx/model.onnx', 'onnx/model_fp16.onnx'];
}

/**
 * The built-in trainer needs the base model on disk. When only --model-name is given, fetch it through the model
 * download step (cached like any download: a warm dir costs one revision lookup, none offline) and train from there.
 * Its recorded commit sha then joins the train key. The transformers trainer's base model is fetched the same way,
 * with the default file selection (PyTorch weights, config, tokenizer), into a dir of its own. Trainers given with
 * --run fetch what they need themselves.
 */
export async function fetchBaseModelIfNeeded(params: {
  request: TrainRequest;
  trainer: Trainer;
  connection: HubConnection;
  options: RunOptions;
  flagName: (name: string) => string;
}): Promise<TrainRequest> {
  const { request, trainer, connection, options, flagName } = params;
  const kind = trainer.identity.kind;
  if (request.modelPath || (kind !== 'builtin' && kind !== 'transformers')) return request;
  // Bad input is said before a byte is fetched (and before the base model lands beside the output dir).
  await checkOutputDirIsSafe({ request, flagName });
  await statDatasetFile({ flag: flagName('train-data'), absolutePath: request.trainData.absolute, keyPath: request.trainData.keyPath });
  await statDatasetFile({ flag: flagName('val-data'), absolutePath: request.valData.absolute, keyPath: request.valData.keyPath });
  await codeFilesOf({ request, trainer, flagName });
  const dir = defaultBaseModelDir({ outputDir: request.outputDir, modelName: request.modelName, suffix: kind === 'transformers' ? '--pytorch' : '' });
  options.reporter.info(`Base model ${request.modelName}: using ${dir} (give --model-path to train from a local copy)`);
  // Loaded only here: a train step with a local base model (every hit on it) needs none of the download code.
  const { parseModelDownloadRequest, runModelDownload } = await import('../model-download/model-download.js');
  const download = parseModelDownloadRequest({ name: request.modelName, outputDir: dir, include: kind === 'builtin' ? builtinBaseModelFiles() : undefined });
  // --force retrains; it does not mean fetching the base model again.
  // A failure there names the user's own --output-dir first, then the dir derived from it that failed.
  const outputDirLabel = `${flagName('output-dir')} ${request.displayOutputDir}: its base model dir ${dir}`;
  const result = await runModelDownload({ request: download, connection, options: { ...options, force: false, outputDirLabel } });
  if (result.needsRun) return request; // plan mode: the base model is not there yet, so training would run
  return { ...request, modelPath: requestPath(dir, request.cwd) };
}
