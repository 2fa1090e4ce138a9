import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { runCachedStep, type CachedStep, type RunOptions } from '../../core/cached-step.js';
import { describeError, InputError, StepError } from '../../core/errors.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Reporter } from '../../core/reporter.js';
import { replaceDirectory } from '../../core/replace-directory.js';
import type { StepResult } from '../../core/step-result.js';
import type { Trainer } from '../../trainers/trainer.js';
import { formatBytes, formatDuration } from '../format.js';
import { removeAbandonedRuns, trainingRunDir } from './abandoned-runs.js';
import { describeBaseModel } from './base-model.js';
import { identifyCodeFiles } from './code-files.js';
import { codeFilesOf } from './train-code-files.js';
import { identifyDatasetFile, type DatasetFileRecord } from './dataset-file.js';
import { keyEnvComponent } from './key-env.js';
import { InterruptedError, throwIfInterrupted } from './interrupt-signal.js';
import { checkOutputDirIsSafe } from './output-dir-guard.js';
import { refreshDatasetStamps } from './refresh-dataset-stamps.js';
import { trainKeyComponents } from './train-key.js';
import { applyTrainerDefaults } from './trainer-defaults.js';
import type { RequestPath, TrainRequest } from './train-request.js';
import { listTrainedFiles, missingEssentials } from './trained-files.js';
import { readTrainingMetadata, TRAINING_METADATA_FILE, TRAINING_METADATA_SCHEMA, type TrainingMetadata } from './training-metadata.js';
import { validateTrainedDir } from './validate-trained-dir.js';

/** Files at least this big show hashing progress (a small file hashes before anyone could read a bar). */
const PROGRESS_FROM_BYTES = 64 * 1024 * 1024;

type Datasets = { train: DatasetFileRecord; val: DatasetFileRecord };


const record = ({ path, size, mtimeMs, ino, sha256, rows }: DatasetFileRecord): DatasetFileRecord => ({ path, size, mtimeMs, ino, sha256, rows });

/** train: the cached step over a trainer. Skips when the output dir already holds this exact training. */
export async function runTrain(params: {
  request: TrainRequest;
  trainer: Trainer;
  options: RunOptions;
  /** How messages name an option: "--epochs" for the CLI, "Input epochs" for the Action. */
  flagName: (name: string) => string;
  signal?: AbortSignal;
}): Promise<StepResult> {
  try {
    return await decideAndTrain(params);
  } catch (error) {
    if (error instanceof InterruptedError) throw new StepError(`${error.message} before training started; nothing was changed`);
    throw error;
  }
}

async function decideAndTrain(params: Parameters<typeof runTrain>[0]): Promise<StepResult> {
  const { trainer, options, flagName, signal } = params;
  const request = applyTrainerDefaults({ request: params.request, trainer });
  const { reporter } = options;
  await checkOutputDirIsSafe({ request, flagName });
  const baseModel = await describeBaseModel({ request, flagName });

  // The recorded stats let unchanged dataset files skip hashing entirely.
  const existing = await readTrainingMetadata(join(request.outputDir, TRAINING_METADATA_FILE));
  const known = existing.kind === 'ok' ? existing.metadata.datasets : undefined;
  const identify = (name: string, path: RequestPath, previous?: DatasetFileRecord) =>
    identifyDatasetFile({
      flag: flagName(name),
      absolutePath: path.absolute,
      keyPath: path.keyPath,
      known: previous,
      signal,
      onProgress: (done, total) => {
        if (total >= PROGRESS_FROM_BYTES) reporter.progress({ label: `hashing ${path.keyPath}`, done, total, unit: 'bytes' });
      },
    });
  const trainFile = await identify('train-data', request.trainData, known?.train);
  const valFile = await identify('val-data', request.valData, known?.val);
  const datasets: Datasets = { train: record(trainFile), val: record(valFile) };
  const identified = await identifyCodeFiles({
    files: await codeFilesOf({ request, trainer, flagName }),
    cwd: request.cwd,
    known: existing.kind === 'ok' ? existing.metadata.codeFiles : undefined,
  });
  const codeFiles = identified.map(({ rehashed: _, ...file }) => file);
  const keyEnv = keyEnvComponent({ names: request.keyEnv, env: trainer.environment ?? process.env }); // the trainer's own environment
  const keyInput = {
    modelName: request.modelName,
    ...baseModel,
    datasets,
    parameters: request.parameters,
    trainer: trainer.identity,
    ...(codeFiles.length > 0 ? { codeFiles } : {}),
    ...(keyEnv ? { keyEnv } : {}),
  };
  const components = trainKeyComponents(keyInput);
  const key = fingerprint(components);
  const display = request.displayOutputDir;
  const metadataPath = join(request.outputDir, TRAINING_METADATA_FILE);

  const step: CachedStep = {
    command: 'train',
    tierName: 'train',
    key,
    outputDir: request.outputDir,
    producedSource: 'trained',
    validate: (dir) => validateTrainedDir({ dir, displayDir: dir === request.outputDir ? display : dir, components }),
    describe: async () => {
      // A hit is the common run: it is where staging dirs of killed runs get removed and stale stats refreshed.
      if (!options.plan) {
        await removeAbandonedRuns({ outputDir: request.outputDir, lockHeld: false });
        if (trainFile.rehashed || valFile.rehashed || identified.some((file) => file.rehashed)) {
          await refreshDatasetStamps({ outputDir: request.outputDir, key, datasets, codeFiles });
        }
      }
      const read = await readTrainingMetadata(metadataPath);
      return resultDetails({ metadata: read.kind === 'ok' ? read.metadata : undefined, datasets, request });
    },
    messages: {
      force: 'Force flag set, re-training even if cache exists...',
      hit: (source) => [
        source === 'disk' ? 'Model already trained with this configuration' : `Trained model restored from ${source}`,
        `Using cached trained model from ${display}`,
        `Training samples: ${datasets.train.rows}`,
        `Validation samples: ${datasets.val.rows}`,
        `Epochs: ${request.parameters.epochs}`,
        'Use --force to re-train',
      ],
      // A first training has nothing that "changed": its one reason (not trained yet) is shown alone.
      missHeader: existing.kind === 'missing' ? undefined : 'Training configuration changed, re-training...',
    },
    produce: () => trainIntoOutputDir({ request, trainer, reporter, signal, datasets, configHash: key, keyInput }),
  };
  const result = await runCachedStep(step, options);
  // The key's components: a report compares them with another branch's result, field by field.
  return { ...result, details: { ...result.details, keyComponents: components } };
}

/**
 * Train into a staging dir beside the output dir, verify the essential files, write the metadata (completed:
 * true) into it, then swap it in. Until that swap the output dir is untouched, so a failed, killed or
 * incomplete training leaves the previous result exactly as it was.
 */
async function trainIntoOutputDir(params: {
  request: TrainRequest;
  trainer: Trainer;
  reporter: Reporter;
  signal?: AbortSignal;
  datasets: Datasets;
  configHash: string;
  keyInput: Pick<TrainingMetadata, 'modelName' | 'modelRevision' | 'modelPath' | 'parameters' | 'trainer' | 'codeFiles' | 'keyEnv'>;
}): Promise<Record<string, unknown>> {
  const { request, trainer, reporter, datasets, configHash, keyInput } = params;
  const display = request.displayOutputDir;
  const unchanged = `nothing was recorded as completed and ${display} was left as it was`;
  throwIfInterrupted(params.signal);
  await removeAbandonedRuns({ outputDir: request.outputDir, lockHeld: true });
  const runDir = trainingRunDir(request.outputDir);
  const staging = join(runDir, 'output');
  await mkdir(staging, { recursive: true });
  try {
    const p = request.parameters;
    reporter.info(
      `Training ${request.modelName} on ${datasets.train.rows} train / ${datasets.val.rows} validation rows ` +
        `(epochs ${p.epochs}, batch size ${p.batchSize}, learning rate ${p.learningRate}${p.fp16 ? ', fp16' : ''}, seed ${p.seed})`,
    );
    const startedAt = new Date();
    let outcome;
    try {
      outcome = await trainer.train({
        modelName: request.modelName,
        modelPath: request.modelPath?.absolute,
        trainData: request.trainData.absolute,
        valData: request.valData.absolute,
        stagingDir: staging,
        parameters: request.parameters,
        reporter,
        signal: params.signal ?? new AbortController().signal,
      });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new StepError(`${describeError(error)}; ${unchanged}`, { cause: error });
    }
    const finishedAt = new Date();
    const files = await listTrainedFiles(staging);
    const missing = missingEssentials(files.map((file) => file.path));
    if (missing.length > 0) {
      throw new StepError(
        `The trainer finished but did not write ${missing.join(', ')} into ME_OUTPUT_DIR; ${unchanged}. Save the model and its tokenizer there (save_pretrained(os.environ["ME_OUTPUT_DIR"]))`,
      );
    }
    const metadata: TrainingMetadata = {
      schema: TRAINING_METADATA_SCHEMA,
      completed: true,
      configHash,
      ...keyInput,
      datasets,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      metrics: outcome.metrics,
      history: outcome.history,
      files,
    };
    await writeJsonAtomic(join(staging, TRAINING_METADATA_FILE), metadata);
    await replaceDirectory({ staging, dir: request.outputDir });
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    const metrics = Object.entries(outcome.metrics).map(([name, value]) => `${name} ${formatMetric(value)}`);
    reporter.success(
      `Trained ${request.modelName} into ${display} in ${formatDuration(finishedAt.getTime() - startedAt.getTime())} (${files.length} files, ${formatBytes(bytes)})` +
        (metrics.length > 0 ? `; ${metrics.join(', ')}` : ''),
    );
    return resultDetails({ metadata, datasets, request });
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}

function formatMetric(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

/** The step's own fields of the result (--json, Action outputs, job summary). */
function resultDetails(params: { metadata?: TrainingMetadata; datasets: Datasets; request: TrainRequest }): Record<string, unknown> {
  const { metadata, datasets, request } = params;
  return {
    modelName: request.modelName,
    trainSamples: datasets.train.rows,
    valSamples: datasets.val.rows,
    epochs: request.parameters.epochs,
    metrics: metadata?.metrics ?? {},
    // The job summary charts it; a --run trainer that reports no history leaves it empty.
    history: metadata?.history ?? [],
    // What a hit saved (the job summary shows it).
    productionMs: metadata ? Date.parse(metadata.finishedAt) - Date.parse(metadata.startedAt) : undefined,
    files: metadata?.files.length ?? 0,
    bytes: metadata?.files.reduce((sum, file) => sum + file.size, 0) ?? 0,
  };
}
