import { stat, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { removeOrphanTempFiles, writeJsonAtomic } from '../../core/atomic-write.js';
import { checkOutputDirPath } from '../../core/check-output-dir.js';
import { runCachedStep, type CachedStep, type RunOptions, type Validation } from '../../core/cached-step.js';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { withOutputLockIfFree } from '../../core/output-lock.js';
import { InputError, StepError } from '../../core/errors.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Tier } from '../../core/tier.js';
import type { StepResult } from '../../core/step-result.js';
import { validateRepoId, validateRevision } from '../../core/validate-input.js';
import { downloadVerifiedFile, localFileMatches } from '../../hub/download-verified-file.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { listRepoFiles, type RepoFile } from '../../hub/list-repo-files.js';
import { revisionForKey } from '../../hub/revision-for-key.js';
import { formatBytes } from '../format.js';
import { MODEL_METADATA_FILE, MODEL_METADATA_SCHEMA, readModelMetadata, type ModelMetadata, type RecordedFile } from './model-metadata.js';
import { essentialFiles, selectModelFiles } from './select-model-files.js';
import { listNames, restoreNearestFiles, tierLabel } from './restore-nearest-files.js';

export interface ModelDownloadRequest {
  name: string;
  outputDir: string;
  revision: string;
  include: string[];
  exclude: string[];
}

/** Check the request before anything touches the network or the disk. */
export function parseModelDownloadRequest(params: {
  name?: string;
  outputDir?: string;
  revision?: string;
  include?: string[];
  exclude?: string[];
}): ModelDownloadRequest {
  const name = validateRepoId(params.name);
  if (!params.outputDir?.trim()) throw new InputError('--output-dir is required: give the directory to download the model into');
  const checkGlobs = (flag: string, globs: string[] = []) =>
    globs.map((glob) => {
      const trimmed = glob.trim();
      if (trimmed === '') throw new InputError(`${flag} must not be empty: give a glob such as "*.json"`);
      return trimmed;
    });
  return {
    name,
    outputDir: resolve(params.outputDir),
    revision: validateRevision(params.revision ?? 'main'),
    include: checkGlobs('--include', params.include),
    exclude: checkGlobs('--exclude', params.exclude),
  };
}

/**
 * Downloads of one repo with the same patterns, at any revision: a moved branch's new download can take the files
 * that did not change from the newest saved one (tiers keep a pointer per lineage).
 */
export function modelLineage(request: ModelDownloadRequest): string {
  return canonicalJson({ step: 'model download', name: request.name, include: request.include, exclude: request.exclude });
}

export function modelKeyComponents(request: ModelDownloadRequest, resolvedRevision: string) {
  return { name: request.name, revision: resolvedRevision, include: request.include, exclude: request.exclude };
}

/** Validate a dir against the request: metadata, name, revision, patterns, every recorded file's size. */
export async function validateModelDir(params: {
  dir: string;
  request: ModelDownloadRequest;
  /** The commit the revision points at now; undefined offline (the cached resolution is trusted). */
  resolvedRevision?: string;
  /** The commit the key is built on: the same commit under another spelling (a sha, then the branch at it) is the same download. */
  keyRevision?: string;
}): Promise<Validation & { metadata?: ModelMetadata }> {
  const { dir, request, resolvedRevision, keyRevision } = params;
  const read = await readModelMetadata(join(dir, MODEL_METADATA_FILE));
  if (read.kind === 'missing') return { ok: false, reasons: [`no ${MODEL_METADATA_FILE} in ${dir} (not downloaded yet)`] };
  if (read.kind === 'corrupted') return { ok: false, reasons: [`${MODEL_METADATA_FILE} is corrupted (${read.reason})`] };
  const metadata = read.metadata;
  const reasons: string[] = [];
  if (metadata.name !== request.name) reasons.push(`cached model is ${metadata.name}, asked for ${request.name}`);
  else {
    const sameCommit = keyRevision !== undefined && metadata.resolvedRevision === keyRevision;
    if (metadata.revision !== request.revision && !sameCommit) reasons.push(`revision: ${metadata.revision} → ${request.revision}`);
    else if (resolvedRevision && metadata.resolvedRevision !== resolvedRevision) {
      reasons.push(`revision ${request.revision} moved upstream: ${metadata.resolvedRevision.slice(0, 7)} → ${resolvedRevision.slice(0, 7)}`);
    }
    if (metadata.include.join('\n') !== request.include.join('\n')) reasons.push(`include: ${metadata.include.join(', ') || '(none)'} → ${request.include.join(', ') || '(none)'}`);
    if (metadata.exclude.join('\n') !== request.exclude.join('\n')) reasons.push(`exclude: ${metadata.exclude.join(', ') || '(none)'} → ${request.exclude.join(', ') || '(none)'}`);
  }
  if (reasons.length > 0) return { ok: false, reasons, metadata };
  const essentials = essentialFiles(metadata.files.map((file) => file.path));
  const ordered = [...new Set([essentials.config, ...essentials.weights, ...essentials.tokenizer].filter((path): path is string => !!path))];
  const byPath = new Map(metadata.files.map((file) => [file.path, file]));
  for (const path of [...ordered, ...byPath.keys()]) {
    const file = byPath.get(path)!;
    const info = await stat(join(dir, path)).catch(() => undefined);
    if (!info?.isFile()) {
      reasons.push(`${path} is missing`);
      break;
    }
    if (info.size !== file.size) {
      reasons.push(`${path} has ${info.size} bytes, ${file.size} expected`);
      break;
    }
  }
  return reasons.length > 0 ? { ok: false, reasons, metadata } : { ok: true, metadata };
}

/** model download: the cached step over the Hub. */
export async function runModelDownload(params: { request: ModelDownloadRequest; connection: HubConnection; options: RunOptions }): Promise<StepResult> {
  const { request, connection, options } = params;
  const { reporter } = options;
  const repo = { type: 'model' as const, name: request.name };
  const metadataPath = join(request.outputDir, MODEL_METADATA_FILE);
  await checkOutputDirPath({ path: request.outputDir, flag: '--output-dir' });

  // The key needs the commit sha. Offline, or when a cached full sha is asked for, no network is used.
  const cached = await readModelMetadata(metadataPath);
  const resolvedRevision = await revisionForKey({ connection, repo, revision: request.revision, cached: cached.kind === 'ok' ? cached.metadata : undefined });

  const key = fingerprint(modelKeyComponents(request, resolvedRevision ?? `unresolved:${request.revision}`));
  const lineage = modelLineage(request);

  const step: CachedStep = {
    command: 'model download',
    tierName: 'model',
    key,
    lineage,
    outputDir: request.outputDir,
    producedSource: 'hub',
    validate: async (dir) => validateModelDir({ dir, request, resolvedRevision: connection.offline ? undefined : resolvedRevision, keyRevision: resolvedRevision }),
    describe: async () => {
      const read = await readModelMetadata(metadataPath);
      const metadata = read.kind === 'ok' ? read.metadata : undefined;
      return {
        revision: metadata?.resolvedRevision ?? resolvedRevision,
        files: metadata?.files.length ?? 0,
        bytes: metadata?.bytes ?? 0,
        productionMs: typeof metadata?.downloadMs === 'number' ? metadata.downloadMs : undefined,
      };
    },
    messages: {
      force: 'Force flag set, re-downloading even if cache exists...',
      hit: (source) =>
        source === 'disk'
          ? ['Model already downloaded and cached', `Using cached model from ${request.outputDir}`]
          : [`Model restored from ${source}`, `Using cached model from ${request.outputDir}`],
    },
    produce: async ({ forced }) => {
      if (connection.offline || !resolvedRevision) {
        throw new StepError(`Offline, and ${request.name}@${request.revision} is not in ${request.outputDir}: run once without --offline / HF_HUB_OFFLINE to download it`);
      }
      return downloadModel({
        request,
        connection,
        resolvedRevision,
        key,
        previous: cached.kind === 'ok' ? cached.metadata : undefined,
        forced,
        reporter,
        nearest: forced ? undefined : { tiers: options.tiers ?? [], lineage },
      });
    },
  };
  const result = await runCachedStep(step, options);
  if (result.cacheHit && !options.plan && options.saveToTiers !== false) await recordRevisionSpelling({ outputDir: request.outputDir, revision: request.revision, resolvedRevision });
  return result;
}

/**
 * A hit on the same commit under another spelling (a sha, then the branch at it) records the spelling asked for, so
 * the metadata says what the last run asked for and an offline run with that spelling finds its commit. Only while
 * nobody else writes the dir (the output lock, taken only if free).
 */
async function recordRevisionSpelling(params: { outputDir: string; revision: string; resolvedRevision?: string }): Promise<void> {
  const path = join(params.outputDir, MODEL_METADATA_FILE);
  await withOutputLockIfFree({
    outputDir: params.outputDir,
    work: async () => {
      const read = await readModelMetadata(path);
      if (read.kind !== 'ok' || read.metadata.revision === params.revision || read.metadata.resolvedRevision !== params.resolvedRevision) return;
      await writeJsonAtomic(path, { ...read.metadata, revision: params.revision });
    },
  });
}

async function downloadModel(params: {
  request: ModelDownloadRequest;
  connection: HubConnection;
  resolvedRevision: string;
  key: string;
  previous?: ModelMetadata;
  forced: boolean;
  reporter: RunOptions['reporter'];
  /** Where the files of an earlier revision may be (the tiers' newest entry of this lineage). */
  nearest?: { tiers: readonly Tier[]; lineage: string };
}): Promise<Record<string, unknown>> {
  const { request, connection, resolvedRevision, key, previous, forced, reporter } = params;
  const started = Date.now();
  const repo = { type: 'model' as const, name: request.name };
  const listing = await listRepoFiles({ connection, repo, revision: resolvedRevision });
  const selected = selectModelFiles({ files: listing, include: request.include, exclude: request.exclude });
  if (selected.length === 0) {
    throw new InputError(`No files of ${request.name}@${request.revision} match the include/exclude patterns: check --include/--exclude`);
  }
  const essentials = essentialFiles(selected.map((file) => file.path));
  if (!essentials.config && request.include.length === 0) reporter.warning(`${request.name} has no config.json; downloading what it has`);

  // Invalidate first: from here until the new metadata is written, the dir must not validate.
  const metadataPath = join(request.outputDir, MODEL_METADATA_FILE);
  await rm(metadataPath, { force: true });

  await removeOrphanTempFiles(request.outputDir);

  // Keep files whose content is already right: unchanged since the previous download by its record (a moved
  // branch refetches only what changed), or, without a record (a run that failed or was killed), by hashing them.
  const previousByPath = new Map((previous?.files ?? []).map((file) => [file.path, file]));
  let toFetch: RepoFile[] = [];
  for (const file of selected) {
    if (forced || !(await holdsFile({ dir: request.outputDir, file, recorded: previousByPath.get(file.path) }))) toFetch.push(file);
  }
  // What is still missing may be in the newest saved entry of an earlier revision (a fresh runner after the branch moved).
  const fromTier = params.nearest
    ? await restoreNearestFiles({ ...params.nearest, step: 'model', name: request.name, outputDir: request.outputDir, wanted: toFetch, reporter })
    : undefined;
  if (fromTier) {
    const restored = new Set(fromTier.restored.map((file) => file.path));
    toFetch = toFetch.filter((file) => !restored.has(file.path));
  }
  const totalBytes = toFetch.reduce((sum, file) => sum + file.size, 0);
  const kept = selected.length - toFetch.length;
  reporter.info(`Downloading ${request.name}@${resolvedRevision.slice(0, 7)}: ${toFetch.length} file(s), ${formatBytes(totalBytes)}${kept > 0 ? ` (${kept} unchanged file(s) kept)` : ''}`);

  let doneBytes = 0;
  let lastReport = 0;
  await mapWithConcurrency({
    items: toFetch,
    limit: connection.concurrency,
    worker: async (file) => {
      await downloadVerifiedFile({
        connection,
        repo,
        revision: resolvedRevision,
        file,
        destination: join(request.outputDir, file.path),
        onRetry: (message) => reporter.warning(message),
        onBytes: (bytes) => {
          doneBytes += bytes;
          const now = Date.now();
          if (now - lastReport > 250 || doneBytes === totalBytes) {
            lastReport = now;
            reporter.progress({ label: request.name, done: doneBytes, total: totalBytes, unit: 'bytes' });
          }
        },
      });
    },
  });

  // Files of the previous download that the new selection no longer has.
  const selectedPaths = new Set(selected.map((file) => file.path));
  for (const path of previousByPath.keys()) {
    if (!selectedPaths.has(path)) await rm(join(request.outputDir, path), { force: true });
  }

  const files: RecordedFile[] = selected.map((file) => ({ path: file.path, size: file.size, oid: file.oid, ...(file.lfsSha256 ? { sha256: file.lfsSha256 } : {}) }));
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const metadata: ModelMetadata = {
    schema: MODEL_METADATA_SCHEMA,
    name: request.name,
    revision: request.revision,
    resolvedRevision,
    include: request.include,
    exclude: request.exclude,
    key,
    hubUrl: connection.hubUrl,
    files,
    bytes,
    downloadedAt: new Date().toISOString(),
    downloadMs: Date.now() - started,
  };
  await writeJsonAtomic(metadataPath, metadata);
  if (fromTier && fromTier.restored.length > 0) {
    const fetched = toFetch.length > 0 ? `fetched ${listNames(toFetch.map((file) => file.path))} from the Hub` : 'fetched nothing from the Hub';
    reporter.info(`Restored ${fromTier.restored.length} of ${files.length} files from ${tierLabel(fromTier.source)} (revision ${fromTier.revision.slice(0, 7)}), ${fetched}`);
  }
  reporter.success(`Downloaded ${request.name} to ${request.outputDir} (${files.length} files, ${formatBytes(bytes)}; fetched ${toFetch.length})`);
  return {
    revision: resolvedRevision,
    files: files.length,
    bytes,
    fetchedFiles: toFetch.length,
    fetchedBytes: totalBytes,
    ...(fromTier && fromTier.restored.length > 0
      ? { nearest: { source: fromTier.source, revision: fromTier.revision, files: fromTier.restored.length, bytes: fromTier.restored.reduce((sum, file) => sum + file.size, 0) } }
      : {}),
  };
}

/** Does `dir` already hold this exact file? Trust a matching record plus size; otherwise verify the bytes. */
async function holdsFile(params: { dir: string; file: RepoFile; recorded?: RecordedFile }): Promise<boolean> {
  const { dir, file, recorded } = params;
  const onDisk = await stat(join(dir, file.path)).catch(() => undefined);
  if (!onDisk?.isFile() || onDisk.size !== file.size) return false;
  if (recorded && recorded.size === file.size && recorded.oid === file.oid && recorded.sha256 === file.lfsSha256) return true;
  return localFileMatches({ path: join(dir, file.path), file });
}
