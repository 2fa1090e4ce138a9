import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Validation } from '../../core/cached-step.js';
import { hashWithStatCache } from '../../core/hash-file.js';
import type { DatasetDownloadRequest } from './dataset-download.js';
import { DATASET_METADATA_FILE, readDatasetMetadata, SPLIT_DATA_FILE, type DatasetMetadata } from './dataset-metadata.js';

const AGAIN = ', re-downloading...';
const show = (value: string | number | null | string[], none: string) =>
  value === null || (Array.isArray(value) && value.length === 0) ? none : Array.isArray(value) ? value.join(', ') : String(value);

/**
 * Does `dir` hold this request's rows? metadata.json parses and matches the name, revision, config, splits and
 * max_samples, and every split's data.jsonl is there with its recorded size and sha256 (re-hashed only when its
 * stat changed since it was written). Each mismatch is one reason, worded as the seed words them.
 */
export async function validateDatasetDir(params: {
  dir: string;
  request: DatasetDownloadRequest;
  /** The commit the revision points at now; undefined offline (the cached resolution is trusted). */
  resolvedRevision?: string;
}): Promise<Validation & { metadata?: DatasetMetadata }> {
  const { dir, request, resolvedRevision } = params;
  const read = await readDatasetMetadata(join(dir, DATASET_METADATA_FILE));
  if (read.kind === 'missing') return { ok: false, reasons: [`no ${DATASET_METADATA_FILE} in ${dir} (not downloaded yet)`] };
  if (read.kind === 'corrupted') return { ok: false, reasons: [`${DATASET_METADATA_FILE} is corrupted (${read.reason})${AGAIN}`] };
  const metadata = read.metadata;
  const reasons: string[] = [];
  if (metadata.name !== request.name) {
    return { ok: false, reasons: [`Cache has a different dataset (${metadata.name} vs ${request.name})${AGAIN}`], metadata };
  }
  if (metadata.revision !== request.revision) reasons.push(`Cache has a different revision (${metadata.revision} vs ${request.revision})${AGAIN}`);
  else if (resolvedRevision && metadata.resolvedRevision !== resolvedRevision) {
    reasons.push(`Revision ${request.revision} moved upstream (${metadata.resolvedRevision.slice(0, 7)} → ${resolvedRevision.slice(0, 7)})${AGAIN}`);
  }
  if (metadata.requestedConfig !== (request.config ?? null)) {
    reasons.push(`Cache has a different config (${show(metadata.requestedConfig, 'default')} vs ${show(request.config ?? null, 'default')})${AGAIN}`);
  }
  if (metadata.requestedSplits.join('\n') !== request.splits.join('\n')) {
    reasons.push(`Cache has different splits (${show(metadata.requestedSplits, 'all')} vs ${show(request.splits, 'all')})${AGAIN}`);
  }
  if (metadata.max_samples !== (request.maxSamples ?? null)) {
    reasons.push(`Cache has different max_samples (${show(metadata.max_samples, 'all')} vs ${show(request.maxSamples ?? null, 'all')})${AGAIN}`);
  }
  if (reasons.length > 0) return { ok: false, reasons, metadata };
  for (const split of metadata.splits) {
    const relative = `${split.name}/${SPLIT_DATA_FILE}`;
    const path = join(dir, split.name, SPLIT_DATA_FILE);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return { ok: false, reasons: [`${relative} is missing${AGAIN}`], metadata };
    if (info.size !== split.bytes) return { ok: false, reasons: [`${relative} has ${info.size} bytes, ${split.bytes} expected (truncated or changed)${AGAIN}`], metadata };
    const stamp = await hashWithStatCache(path, { size: split.bytes, mtimeMs: split.mtimeMs, ino: split.ino, sha256: split.sha256 });
    if (stamp.sha256 !== split.sha256) return { ok: false, reasons: [`${relative} changed since it was downloaded (sha256 differs)${AGAIN}`], metadata };
  }
  return { ok: true, metadata };
}
