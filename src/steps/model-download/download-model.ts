import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { removeOrphanTempFiles, writeJsonAtomic } from '../../core/atomic-write.js';
import type { RunOptions } from '../../core/cached-step.js';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { InputError } from '../../core/errors.js';
import type { Tier } from '../../core/tier.js';
import { downloadVerifiedFile, localFileMatches } from '../../hub/download-verified-file.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { listRepoFiles, type RepoFile } from '../../hub/list-repo-files.js';
import { formatBytes } from '../format.js';
import { essentialFiles } from './essential-files.js';
import { MODEL_METADATA_FILE, MODEL_METADATA_SCHEMA, type ModelMetadata, type RecordedFile } from './model-metadata.js';
import type { ModelDownloadRequest } from './model-download.js';
import { listNames, restoreNearestFiles, tierLabel } from './restore-nearest-files.js';
import { selectModelFiles } from './select-model-files.js';

/**
 * The download of a model step that missed: list the repo, keep what is already right (or take it from the tiers'
 * nearest entry), fetch the rest verified, write the metadata last. Its own module, loaded only on a miss: a hit
 * needs none of the listing, glob matching, download, hashing or worker code (model-download.ts imports it lazily).
 */
export async function downloadModel(params: {
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
