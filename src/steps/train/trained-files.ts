import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { essentialFiles } from '../model-download/essential-files.js';
import { TRAINING_METADATA_FILE, type TrainedFile } from './training-metadata.js';

/** Every regular file under `dir` (paths with "/"), except our own metadata. */
export async function listTrainedFiles(dir: string): Promise<TrainedFile[]> {
  const names = await readdir(dir, { recursive: true });
  const files: TrainedFile[] = [];
  for (const name of names.sort()) {
    const path = name.split(sep).join('/');
    if (path === TRAINING_METADATA_FILE) continue;
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) files.push({ path, size: info.size });
  }
  return files;
}

/**
 * What a usable trained model is missing among `paths`: config.json, weights, tokenizer files (the seed's
 * essential files). Empty when it has all three.
 */
export function missingEssentials(paths: readonly string[]): string[] {
  const found = essentialFiles(paths);
  const missing: string[] = [];
  if (!found.config) missing.push('config.json');
  if (found.weights.length === 0) missing.push('model weights (model.safetensors, pytorch_model.bin or onnx/model.onnx)');
  if (found.tokenizer.length === 0) missing.push('tokenizer files (tokenizer.json or vocab.txt)');
  return missing;
}

/** The essential files among `paths`, config first: the ones checked on every run. */
export function essentialPaths(paths: readonly string[]): string[] {
  const found = essentialFiles(paths);
  return [...new Set([found.config, ...found.weights, ...found.tokenizer].filter((path): path is string => !!path))];
}
