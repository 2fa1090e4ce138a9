import { rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { checkOutputDirPath } from '../../core/check-output-dir.js';
import { runCachedStep, type CachedStep, type RunOptions } from '../../core/cached-step.js';
import { ContentError, InputError, StepError } from '../../core/errors.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { StepResult } from '../../core/step-result.js';
import { parseInteger, printable, validateRepoId, validateRevision } from '../../core/validate-input.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { revisionForKey } from '../../hub/revision-for-key.js';
import { formatBytes } from '../format.js';
import {
  DATASET_METADATA_FILE,
  DATASET_METADATA_SCHEMA,
  isSafeSplitName,
  JSONL_ENCODING,
  readDatasetMetadata,
  SPLIT_DATA_FILE,
  type DatasetMetadata,
  type SplitRecord,
} from './dataset-metadata.js';
import { openJsonlSplitWriter, removeStaleTempFiles } from './jsonl-split-writer.js';
import { planDatasetSources } from './plan-dataset-sources.js';
import { validateDatasetDir } from './validate-dataset-dir.js';
import { writeSplitRows } from './write-split-rows.js';

export interface DatasetDownloadRequest {
  name: string;
  outputDir: string;
  revision: string;
  /** undefined: `default`, else the only config. */
  config?: string;
  /** Sorted, without duplicates; empty = every split. */
  splits: string[];
  /** The first N rows of every split; undefined = all rows. */
  maxSamples?: number;
}

const CONFIG_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

/** Check the request before anything touches the network or the disk. */
export function parseDatasetDownloadRequest(params: {
  name?: string;
  outputDir?: string;
  revision?: string;
  config?: string;
  splits?: string[];
  maxSamples?: string;
  /** How the front end spells a flag in messages ("--max-samples", "Input max-samples"); the CLI's by default. */
  flagName?: (name: 'output-dir' | 'config' | 'split' | 'max-samples') => string;
}): DatasetDownloadRequest {
  const flagName = params.flagName ?? ((name) => `--${name}`);
  const name = validateRepoId(params.name);
  if (!params.outputDir?.trim()) throw new InputError(`${flagName('output-dir')} is required: give the directory to write metadata.json and <split>/data.jsonl into`);
  let config: string | undefined;
  if (params.config !== undefined) {
    config = params.config.trim();
    if (!CONFIG_NAME.test(config) || config.includes('..') || config.length > 128) {
      throw new InputError(`${flagName('config')} "${printable(params.config)}" is not a config name: use letters, digits, "_", "-", "." (e.g. plain_text); omit it for the default`);
    }
  }
  const splits = [...new Set((params.splits ?? []).map((split) => split.trim()))].sort();
  for (const split of splits) {
    if (!isSafeSplitName(split)) throw new InputError(`${flagName('split')} "${printable(split)}" is not a split name: use letters, digits and "_" (e.g. train, test, validation)`);
  }
  const maxSamples =
    params.maxSamples === undefined || params.maxSamples.trim() === ''
      ? undefined
      : parseInteger({ flag: flagName('max-samples'), value: params.maxSamples, min: 1, max: Number.MAX_SAFE_INTEGER });
  return { name, outputDir: resolve(params.outputDir), revision: validateRevision(params.revision ?? 'main'), config, splits, maxSamples };
}

/** What decides the rows: the dataset at a commit, which config and splits, how many rows of each. */
export function datasetKeyComponents(request: DatasetDownloadRequest, resolvedRevision: string) {
  return {
    name: request.name,
    revision: resolvedRevision,
    config: request.config ?? null,
    splits: request.splits,
    max_samples: request.maxSamples ?? null,
    encoding: JSONL_ENCODING,
  };
}

/** dataset download: the cached step over the Hub's parquet conversion (or the repo's data files). */
export async function runDatasetDownload(params: { request: DatasetDownloadRequest; connection: HubConnection; options: RunOptions }): Promise<StepResult> {
  const { request, connection, options } = params;
  const { reporter } = options;
  const repo = { type: 'dataset' as const, name: request.name };
  const metadataPath = join(request.outputDir, DATASET_METADATA_FILE);
  await checkOutputDirPath({ path: request.outputDir, flag: '--output-dir' });

  // The key needs the commit sha. Offline, or when a full sha is asked for, no network is used.
  const cached = await readDatasetMetadata(metadataPath);
  const resolvedRevision = await revisionForKey({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });

  const key = fingerprint(datasetKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
  // What the last successful validation read, for the hit lines (they are built synchronously).
  let validated: DatasetMetadata | undefined;

  const step: CachedStep = {
    command: 'dataset download',
    tierName: 'dataset',
    key,
    outputDir: request.outputDir,
    producedSource: 'hub',
    validate: async (dir) => {
      const outcome = await validateDatasetDir({ dir, request, resolvedRevision: connection.offline ? undefined : resolvedRevision });
      if (outcome.ok) validated = outcome.metadata;
      return outcome;
    },
    describe: async () => {
      const read = await readDatasetMetadata(metadataPath);
      return read.kind === 'ok' ? describeMetadata(read.metadata) : { revision: resolvedRevision };
    },
    messages: {
      force: 'Force flag set, re-downloading even if cache exists...',
      hit: (source) => [
        source === 'disk' ? 'Dataset already downloaded and cached' : `Dataset restored from ${source}`,
        `Using cached dataset from ${request.outputDir}`,
        `Splits: ${validated?.splits.map((split) => split.name).join(', ') ?? '?'}`,
        `Total samples: ${validated?.total_samples ?? '?'}`,
      ],
    },
    produce: async () => {
      if (connection.offline || !resolvedRevision) {
        throw new StepError(`Offline, and dataset ${request.name}@${request.revision} is not in ${request.outputDir} with these options: run once without --offline / HF_HUB_OFFLINE to download it`);
      }
      return downloadDataset({ request, connection, resolvedRevision, key, previous: cached.kind === 'ok' ? cached.metadata : undefined, reporter });
    },
  };
  return runCachedStep(step, options);
}

function describeMetadata(metadata: DatasetMetadata): Record<string, unknown> {
  return {
    revision: metadata.resolvedRevision,
    config: metadata.config,
    origin: metadata.origin,
    maxSamples: metadata.max_samples,
    splits: Object.fromEntries(metadata.splits.map((split) => [split.name, split.rows])),
    samples: metadata.total_samples,
    bytes: metadata.bytes,
    // How long producing took, so a hit can say what it saved.
    productionMs: typeof metadata.downloadMs === 'number' ? metadata.downloadMs : undefined,
  };
}

async function downloadDataset(params: {
  request: DatasetDownloadRequest;
  connection: HubConnection;
  resolvedRevision: string;
  key: string;
  previous?: DatasetMetadata;
  reporter: RunOptions['reporter'];
}): Promise<Record<string, unknown>> {
  const { request, connection, resolvedRevision, key, previous, reporter } = params;
  const started = Date.now();
  const repo = { type: 'dataset' as const, name: request.name };
  const sources = await planDatasetSources({
    connection,
    name: request.name,
    revision: request.revision,
    resolvedRevision,
    config: request.config,
    splits: request.splits,
    reporter,
  });
  const from = sources.origin === 'parquet-conversion' ? "the Hub's parquet conversion" : `its ${sources.splits[0]?.format ?? ''} files`;
  reporter.info(
    `Downloading ${request.name}@${resolvedRevision.slice(0, 7)} (config ${sources.config}) from ${from}: ${sources.splits.map((split) => split.name).join(', ')}` +
      (request.maxSamples !== undefined ? `, first ${request.maxSamples} rows of each` : ''),
  );

  // Invalidate first: from here until the new metadata is written, the dir must not validate.
  const metadataPath = join(request.outputDir, DATASET_METADATA_FILE);
  await rm(metadataPath, { force: true });

  const records: SplitRecord[] = [];
  let fetchedBytes = 0;
  let sourceBytes = 0;
  for (const split of sources.splits) {
    if (split.partial) reporter.warning(`${split.name} is only partly converted by the Hub (splits over 5 GB): its rows are the first part of the split`);
    const path = join(request.outputDir, split.name, SPLIT_DATA_FILE);
    await removeStaleTempFiles(path);
    // Bytes that do not decode are read once more from the start before the file is blamed: a proxy or CDN may
    // have served wrong bytes once (ranged reads cannot be checked against the file's hash as they arrive).
    for (let attempt = 1; ; attempt++) {
      const writer = await openJsonlSplitWriter(path);
      try {
        const stats = await writeSplitRows({ connection, repo, split, revision: sources.revision, limit: request.maxSamples, writer, reporter });
        const written = await writer.commit();
        fetchedBytes += stats.fetchedBytes;
        sourceBytes += stats.sourceBytes;
        records.push({ name: split.name, ...written, sourceFiles: stats.sourceFiles, ...(split.partial ? { partial: true } : {}) });
        break;
      } catch (error) {
        await writer.abort();
        if (!(error instanceof ContentError)) throw error;
        if (attempt >= 2) throw error;
        reporter.warning(`${error.message}; reading ${split.name} again from the start`);
      }
    }
  }

  // Splits of the previous download that this one does not have: remove only what we wrote there.
  const kept = new Set(records.map((record) => record.name));
  for (const old of previous?.splits ?? []) {
    if (kept.has(old.name) || !isSafeSplitName(old.name)) continue;
    await rm(join(request.outputDir, old.name, SPLIT_DATA_FILE), { force: true });
    await rmdir(join(request.outputDir, old.name)).catch(() => undefined);
  }

  const totalSamples = records.reduce((sum, record) => sum + record.rows, 0);
  const bytes = records.reduce((sum, record) => sum + record.bytes, 0);
  const metadata: DatasetMetadata = {
    schema: DATASET_METADATA_SCHEMA,
    name: request.name,
    config: sources.config,
    requestedConfig: request.config ?? null,
    requestedSplits: request.splits,
    max_samples: request.maxSamples ?? null,
    revision: request.revision,
    resolvedRevision,
    origin: sources.origin,
    sourceRevision: sources.revision,
    key,
    hubUrl: connection.hubUrl,
    splits: records,
    total_samples: totalSamples,
    bytes,
    encoding: JSONL_ENCODING,
    downloadedAt: new Date().toISOString(),
    downloadMs: Date.now() - started,
  };
  await writeJsonAtomic(metadataPath, metadata);
  reporter.success(
    `Downloaded ${request.name} to ${request.outputDir}: ${records.map((record) => `${record.name} ${record.rows}`).join(', ')} rows ` +
      `(${formatBytes(bytes)} of JSON Lines; fetched ${formatBytes(fetchedBytes)} of ${formatBytes(sourceBytes)} source files)`,
  );
  return { ...describeMetadata(metadata), fetchedBytes, sourceBytes };
}
