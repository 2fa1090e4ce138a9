import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Validation } from '../../core/cached-step.js';
import { fingerprint, type KeyComponents } from '../../core/fingerprint.js';
import { explainKeyChange, trainKeyComponents } from './train-key.js';
import { essentialPaths, missingEssentials } from './trained-files.js';
import { readTrainingMetadata, TRAINING_METADATA_FILE, type TrainingMetadata } from './training-metadata.js';

/**
 * Does `dir` hold a finished training for this key? The seed's checks, each failure one reason: metadata readable,
 * completed flag, every key component (model, datasets by content, each parameter, the trainer), the config hash,
 * then the essential files with their recorded sizes.
 */
export async function validateTrainedDir(params: {
  dir: string;
  /** How to name the dir in a reason (the output dir as the user gave it). */
  displayDir: string;
  components: KeyComponents;
}): Promise<Validation & { metadata?: TrainingMetadata }> {
  const { dir, displayDir, components } = params;
  const read = await readTrainingMetadata(join(dir, TRAINING_METADATA_FILE));
  if (read.kind === 'missing') return { ok: false, reasons: [`no ${TRAINING_METADATA_FILE} in ${displayDir} (not trained yet)`] };
  if (read.kind === 'corrupted') return { ok: false, reasons: [`${TRAINING_METADATA_FILE} is corrupted (${read.reason})`] };
  const metadata = read.metadata;
  const reasons: string[] = [];
  if (metadata.completed !== true) reasons.push('completed flag is false (previous training did not finish)');
  const recorded = trainKeyComponents(metadata);
  reasons.push(...explainKeyChange(recorded, components));
  if (fingerprint(recorded) !== metadata.configHash) {
    reasons.push(`configHash in ${TRAINING_METADATA_FILE} does not match the configuration it records (edited by hand?)`);
  }
  if (reasons.length > 0) return { ok: false, reasons, metadata };

  const recordedPaths = metadata.files.map((file) => file.path);
  const unlisted = missingEssentials(recordedPaths);
  if (unlisted.length > 0) return { ok: false, reasons: [`${TRAINING_METADATA_FILE} lists no ${unlisted.join(', no ')}`], metadata };
  const sizes = new Map(metadata.files.map((file) => [file.path, file.size]));
  for (const path of essentialPaths(recordedPaths)) {
    const info = await stat(join(dir, path)).catch(() => undefined);
    if (!info?.isFile()) return { ok: false, reasons: [`${path} is missing`], metadata };
    if (info.size !== sizes.get(path)) return { ok: false, reasons: [`${path} has ${info.size} bytes, ${sizes.get(path)} expected`], metadata };
  }
  return { ok: true, metadata };
}
