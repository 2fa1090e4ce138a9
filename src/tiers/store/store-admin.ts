import type { S3Client } from '@aws-sdk/client-s3';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { StepError } from '../../core/errors.js';
import { parseBlobKey, parseManifestKey, storeKeys, type StoreKeys } from './store-layout.js';
import type { StoreLocation } from './store-location.js';
import { isBlobFile, parseManifest, type StoreManifest } from './store-manifest.js';
import { createS3Client, describeStoreError, isNotFound, loadS3 } from './s3-client.js';

/** One result in the store, as `store ls` shows it. */
export interface StoreEntry {
  step: string;
  key: string;
  /** Bytes of the files it lists (blobs shared with other entries are counted in each). */
  bytes: number;
  files: number;
  createdAt: string;
  /** The last restore or save of it (its uses/ marker), else when the manifest was written. */
  lastUsedAt: string;
  /** Why the manifest cannot be used, when it cannot (it is then pruned like an unused entry). */
  broken?: string;
  /** The sha256 of every blob it needs. */
  blobs: string[];
}

interface ListedObject {
  key: string;
  size: number;
  lastModified: Date;
}

const READS_AT_ONCE = 8;

async function listObjects(client: S3Client, bucket: string, prefix: string): Promise<ListedObject[]> {
  const { ListObjectsV2Command } = await loadS3();
  const objects: ListedObject[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/** Every entry of the store with its size and last use: one listing of entries/ and uses/, one read per manifest. */
async function readEntries(client: S3Client, location: StoreLocation, keys: StoreKeys): Promise<StoreEntry[]> {
  const { GetObjectCommand } = await loadS3();
  const [manifests, uses] = await Promise.all([listObjects(client, location.bucket, keys.manifests), listObjects(client, location.bucket, keys.uses)]);
  const lastUse = new Map(uses.map((use) => [use.key, use.lastModified]));
  const found = manifests.flatMap((object) => {
    const parsed = parseManifestKey(keys, object.key);
    return parsed ? [{ ...parsed, object }] : [];
  });
  const entries = await mapWithConcurrency({
    items: found,
    limit: READS_AT_ONCE,
    worker: async ({ step, key, object }): Promise<StoreEntry> => {
      let manifest: StoreManifest | string;
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: object.key }));
        manifest = parseManifest({ text: (await response.Body?.transformToString('utf8')) ?? '', step, key });
      } catch (error) {
        // Deleted between the listing and the read (another prune): not there any more.
        if (isNotFound(error)) manifest = 'the manifest was deleted while listing';
        else throw error;
      }
      const used = lastUse.get(keys.use(step, key));
      const lastUsed = used && used > object.lastModified ? used : object.lastModified;
      if (typeof manifest === 'string') {
        return { step, key, bytes: 0, files: 0, createdAt: object.lastModified.toISOString(), lastUsedAt: lastUsed.toISOString(), broken: manifest, blobs: [] };
      }
      return {
        step,
        key,
        bytes: manifest.bytes,
        files: manifest.files.length,
        createdAt: manifest.createdAt,
        lastUsedAt: lastUsed.toISOString(),
        blobs: manifest.files.filter(isBlobFile).map((file) => file.sha256),
      };
    },
  });
  // Most recently used first within a step; object stores keep whole seconds, so the creation time breaks ties.
  return entries.sort((a, b) => a.step.localeCompare(b.step) || b.lastUsedAt.localeCompare(a.lastUsedAt) || b.createdAt.localeCompare(a.createdAt));
}

/** The store's failures as one line naming the bucket, the endpoint and the fix (exit 1). */
async function withStore<T>(params: { location: StoreLocation; env: Record<string, string | undefined> }, work: (client: S3Client) => Promise<T>): Promise<T> {
  const client = await createS3Client(params);
  try {
    return await work(client);
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(`The store could not be read: ${describeStoreError({ error, ...params })}`);
  } finally {
    client.destroy();
  }
}

export async function listStoreEntries(params: { location: StoreLocation; env: Record<string, string | undefined> }): Promise<StoreEntry[]> {
  return withStore(params, (client) => readEntries(client, params.location, storeKeys(params.location.prefix)));
}

export interface PruneReport {
  dryRun: boolean;
  removedEntries: StoreEntry[];
  keptEntries: number;
  removedBlobs: number;
  removedBlobBytes: number;
  keptBlobs: number;
  /** Unreferenced blobs kept because they were written within the grace period (a save may be about to name them). */
  recentBlobs: number;
}

/**
 * Remove the entries not used within `olderThanMs` (except the `keepLast` most recently used of each step), their
 * use markers and lineage pointers, then every blob that no remaining manifest names and that is older than
 * `blobGraceMs`. Manifests go first: an entry is either whole or absent, never a manifest whose blobs are gone.
 * Blobs are judged on a fresh listing of the manifests taken after the deletions, so a save that committed in the
 * meantime keeps its blobs; a save still uploading is protected by the grace period.
 */
export async function pruneStore(params: {
  location: StoreLocation;
  env: Record<string, string | undefined>;
  olderThanMs: number;
  keepLast: number;
  blobGraceMs: number;
  dryRun: boolean;
  now?: Date;
}): Promise<PruneReport> {
  const { location, olderThanMs, keepLast, blobGraceMs, dryRun } = params;
  const now = (params.now ?? new Date()).getTime();
  const keys = storeKeys(location.prefix);
  const bucket = location.bucket;
  return withStore(params, async (client) => {
    const { DeleteObjectCommand, GetObjectCommand } = await loadS3();
    const remove = async (objectKey: string) => {
      if (!dryRun) await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));
    };
    const entries = await readEntries(client, location, keys);
    const rankInStep = new Map<string, number>();
    const removed: StoreEntry[] = [];
    const kept: StoreEntry[] = [];
    for (const entry of entries) {
      const rank = rankInStep.get(entry.step) ?? 0;
      rankInStep.set(entry.step, rank + 1);
      const old = now - Date.parse(entry.lastUsedAt) > olderThanMs;
      if ((old && rank >= keepLast) || entry.broken) removed.push(entry);
      else kept.push(entry);
    }
    const removedKeys = new Set(removed.map((entry) => `${entry.step}/${entry.key}`));
    await mapWithConcurrency({
      items: removed,
      limit: READS_AT_ONCE,
      worker: async (entry) => {
        await remove(keys.manifest(entry.step, entry.key));
        await remove(keys.use(entry.step, entry.key));
      },
    });
    // A lineage pointer to a removed entry would only send the next run looking for it.
    const pointers = await listObjects(client, bucket, keys.pointers);
    await mapWithConcurrency({
      items: pointers,
      limit: READS_AT_ONCE,
      worker: async (pointer) => {
        const step = pointer.key.slice(keys.pointers.length).split('/')[0];
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: pointer.key })).catch((error: unknown) => (isNotFound(error) ? undefined : Promise.reject(error)));
        let target: { key?: unknown } = {};
        try {
          target = JSON.parse((await response?.Body?.transformToString('utf8')) ?? '{}') as { key?: unknown };
        } catch {
          // An unreadable pointer names nothing: remove it.
        }
        if (typeof target.key !== 'string' || removedKeys.has(`${step}/${target.key}`)) await remove(pointer.key);
      },
    });

    const referenced = new Set<string>();
    const remaining = dryRun ? kept : await readEntries(client, location, keys);
    for (const entry of remaining) for (const sha256 of entry.blobs) referenced.add(sha256);
    const blobs = await listObjects(client, bucket, keys.blobs);
    let removedBlobs = 0;
    let removedBlobBytes = 0;
    let recentBlobs = 0;
    const doomed = blobs.filter((blob) => {
      const sha256 = parseBlobKey(keys, blob.key);
      if (sha256 !== undefined && referenced.has(sha256)) return false;
      if (now - blob.lastModified.getTime() < blobGraceMs) {
        recentBlobs++;
        return false;
      }
      return true;
    });
    await mapWithConcurrency({
      items: doomed,
      limit: READS_AT_ONCE,
      worker: async (blob) => {
        await remove(blob.key);
        removedBlobs++;
        removedBlobBytes += blob.size;
      },
    });
    return { dryRun, removedEntries: removed, keptEntries: kept.length, removedBlobs, removedBlobBytes, keptBlobs: blobs.length - doomed.length, recentBlobs };
  });
}
