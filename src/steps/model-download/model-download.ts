import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { checkOutputDirPath } from '../../core/check-output-dir.js';
import { runCachedStep, type CachedStep, type RunOptions, type Validation } from '../../core/cached-step.js';
import { withOutputLockIfFree } from '../../core/output-lock.js';
import { InputError, StepError } from '../../core/errors.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Tier } from '../../core/tier.js';
import type { StepResult } from '../../core/step-result.js';
import { validateRepoId, validateRevision } from '../../core/validate-input.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { revisionForKey } from '../../hub/revision-for-key.js';
import { essentialFiles } from './essential-files.js';
import { MODEL_METADATA_FILE, readModelMetadata, type ModelMetadata } from './model-metadata.js';

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
      const { downloadModel } = await import('./download-model.js');
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
  // Most hits ask with the spelling recorded: then there is nothing to write, and no lock to take.
  const recorded = await readModelMetadata(path);
  if (recorded.kind !== 'ok' || recorded.metadata.revision === params.revision || recorded.metadata.resolvedRevision !== params.resolvedRevision) return;
  await withOutputLockIfFree({
    outputDir: params.outputDir,
    work: async () => {
      const read = await readModelMetadata(path);
      if (read.kind !== 'ok' || read.metadata.revision === params.revision || read.metadata.resolvedRevision !== params.resolvedRevision) return;
      await writeJsonAtomic(path, { ...read.metadata, revision: params.revision });
    },
  });
}
