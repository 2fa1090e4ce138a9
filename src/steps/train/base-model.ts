import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';
import { MODEL_METADATA_FILE, readModelMetadata } from '../model-download/model-metadata.js';
import type { TrainRequest } from './train-request.js';

/**
 * What the key knows of the base model beyond its name: the commit sha `model download` recorded in --model-path,
 * or, for a dir without that metadata, the path itself.
 */
export async function describeBaseModel(params: { request: TrainRequest; flagName: (name: string) => string }): Promise<{ modelRevision?: string; modelPath?: string }> {
  const { request, flagName } = params;
  const modelPath = request.modelPath;
  if (!modelPath) return {};
  const named = `${flagName('model-path')} ${printable(modelPath.keyPath)}`;
  const info = await stat(modelPath.absolute).catch(() => undefined);
  if (!info) throw new InputError(`${named} does not exist: give the directory model download wrote the base model into, or leave ${flagName('model-path')} out`);
  if (!info.isDirectory()) throw new InputError(`${named} is not a directory: give the base model's directory (the one holding config.json)`);
  const read = await readModelMetadata(join(modelPath.absolute, MODEL_METADATA_FILE));
  if (read.kind === 'missing') return { modelPath: modelPath.keyPath };
  if (read.kind === 'corrupted') {
    throw new InputError(`${named}: ${MODEL_METADATA_FILE} is corrupted (${read.reason}): run model download into it again`);
  }
  if (read.metadata.name !== request.modelName) {
    throw new InputError(`${named} holds ${read.metadata.name} (${MODEL_METADATA_FILE}), but ${flagName('model-name')} is ${request.modelName}: give matching values`);
  }
  return { modelRevision: read.metadata.resolvedRevision };
}
