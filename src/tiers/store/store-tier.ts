import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { StepError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import type { NearestEntry, Tier } from '../../core/tier.js';
import { BlobMismatchError, blobPresent, downloadBlob, uploadBlob } from './store-blobs.js';
import { storeKeys } from './store-layout.js';
import type { StoreLocation } from './store-location.js';
import { buildManifest, isBlobFile, parseManifest, type StoreManifest } from './store-manifest.js';
import { createS3Client, describeStoreError, isNotFound, loadS3 } from './s3-client.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the store did in this run, for --json and the job summary. */
export interface StoreTransfer {
  url: string;
  bytesUp: number;
  bytesDown: number;
  blobsUploaded: number;
  /** Blobs a save found already in the store (another entry, or an earlier revision, has the same bytes). */
  blobsSkipped: number;
  blobsDownloaded: number;
}

/** A read that could not be done because of the store (bucket, access, network), not because of an entry. */
class StoreUnusable extends Error {}

/**
 * The S3-compatible store: content-addressed blobs shared by every entry, one manifest per key written last (the
 * commit point: a killed save leaves no manifest, so it is never a hit). Restores verify every byte's sha256,
 * then the loop runs the step's own validation. A store that cannot be reached, or denies us, is a warning and a
 * miss for the rest of the run (with fail-on-cache-error, the step fails instead).
 */
export function createStoreTier(params: {
  location: StoreLocation;
  env: Record<string, string | undefined>;
  reporter: Reporter;
  readOnly: boolean;
  failOnCacheError: boolean;
  /** Files transferred at once. */
  concurrency?: number;
}): Tier {
  const { location, env, reporter, readOnly, failOnCacheError } = params;
  const concurrency = params.concurrency ?? 4;
  const keys = storeKeys(location.prefix);
  const bucket = location.bucket;
  const transfer: StoreTransfer = { url: location.url, bytesUp: 0, bytesDown: 0, blobsUploaded: 0, blobsSkipped: 0, blobsDownloaded: 0 };
  /** Blobs found with wrong bytes: a save uploads them again even though HeadObject finds them. */
  const badBlobs = new Set<string>();
  let client: Promise<S3Client> | undefined;
  const s3 = () => (client ??= createS3Client({ location, env }));
  /** Set once the store failed for a reason that is not one entry's: every later call is a miss without asking. */
  let unusable: string | undefined;

  /**
   * Turn a store fault into a miss with its reason (the loop warns with it), or into a failed step with
   * fail-on-cache-error. The store is then left alone for the rest of the run: each call would fail the same way.
   */
  const storeFault = (error: unknown): never => {
    const reason = describeStoreError({ error, location, env });
    if (failOnCacheError) throw new StepError(`The store failed: ${reason} (fail-on-cache-error is set)`);
    unusable ??= reason;
    throw new StoreUnusable(reason);
  };

  const readManifest = async (step: string, key: string): Promise<StoreManifest | string | undefined> => {
    const { GetObjectCommand } = await loadS3();
    let text: string;
    try {
      const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.manifest(step, key) }));
      text = (await response.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      if (isNotFound(error)) return undefined;
      return storeFault(error);
    }
    return parseManifest({ text, step, key });
  };

  const putObject = async (objectKey: string, body: string) => {
    const { PutObjectCommand } = await loadS3();
    const bytes = Buffer.from(body, 'utf8');
    await (await s3()).send(new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: bytes, ContentLength: bytes.length, ContentType: 'application/json' }));
  };

  const restoreFiles = async (manifestFiles: StoreManifest['files'], dir: string) => {
    const client = await s3();
    await mkdir(dir, { recursive: true });
    await mapWithConcurrency({
      items: manifestFiles,
      limit: concurrency,
      worker: async (file) => {
        const destination = join(dir, ...file.path.split('/'));
        if (!isBlobFile(file)) {
          await mkdir(join(destination, '..'), { recursive: true });
          await symlink(file.symlink, destination);
          return;
        }
        try {
          await downloadBlob({
            client,
            bucket,
            objectKey: keys.blob(file.sha256),
            sha256: file.sha256,
            size: file.size,
            destination,
            mode: file.mode,
            onBytes: (bytes) => {
              transfer.bytesDown += bytes;
            },
          });
          transfer.blobsDownloaded++;
        } catch (error) {
          if (error instanceof BlobMismatchError) {
            badBlobs.add(error.sha256);
            throw new Error(`${file.path}: ${error.message}`);
          }
          if (isNotFound(error)) {
            badBlobs.add(file.sha256);
            throw new Error(`${file.path}: its blob ${file.sha256.slice(0, 12)}… is missing from the store (pruned, or deleted by hand)`);
          }
          throw error;
        }
      },
    });
  };

  const recordUse = async (step: string, key: string) => {
    if (readOnly) return;
    // An empty object per entry: its LastModified is the last use, so no blob or manifest is rewritten.
    await putObject(keys.use(step, key), '').catch((error: unknown) => reporter.info(`Could not record the store entry's last use: ${describeStoreError({ error, location, env })}`));
  };

  return {
    source: 's3',
    async lookup({ step, key }) {
      if (unusable) return false;
      const { HeadObjectCommand } = await loadS3();
      try {
        await (await s3()).send(new HeadObjectCommand({ Bucket: bucket, Key: keys.manifest(step, key) }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        try {
          return storeFault(error);
        } catch (fault) {
          if (!(fault instanceof StoreUnusable)) throw fault;
          reporter.warning(`Store lookup failed, counting it as a miss: ${fault.message}`);
          return false;
        }
      }
    },
    async restore({ step, key, dir }) {
      if (unusable) return { failed: unusable };
      try {
        const manifest = await readManifest(step, key);
        if (manifest === undefined) return false;
        if (typeof manifest === 'string') return { failed: manifest };
        reporter.info(`Restoring ${manifest.files.length} file(s) from the store (${location.url})`);
        await restoreFiles(manifest.files, dir);
        await recordUse(step, key);
        return true;
      } catch (error) {
        if (error instanceof StoreUnusable) return { failed: error.message };
        if (error instanceof StepError) throw error;
        if ((error as { $metadata?: unknown }).$metadata !== undefined) {
          try {
            storeFault(error);
          } catch (fault) {
            if (fault instanceof StoreUnusable) return { failed: fault.message };
            throw fault;
          }
        }
        return { failed: messageOf(error) };
      }
    },
    async save({ step, key, dir, lineage }) {
      if (readOnly) return { kind: 'skipped', reason: 'read-only cache mode never writes to the store' };
      if (unusable) return { kind: 'skipped', reason: `the store could not be used earlier in this run (${unusable})` };
      try {
        const existing = await readManifest(step, key);
        // A manifest that parses and whose blobs were all fine is another run's save: it stands.
        if (typeof existing === 'object' && !existing.files.some((file) => isBlobFile(file) && badBlobs.has(file.sha256))) return { kind: 'exists' };
        const client = await s3();
        let uploaded = 0;
        // Each file goes up as soon as it is hashed, while the next ones are hashed: one pass less over a big dir.
        // Files with the same bytes share one blob, uploaded once.
        const blobs = new Map<string, Promise<void>>();
        const putBlob = async (sha256: string, file: { absolute: string; size: number }) => {
          const objectKey = keys.blob(sha256);
          if (!badBlobs.has(sha256) && (await blobPresent({ client, bucket, objectKey, size: file.size }))) {
            transfer.blobsSkipped++;
            return;
          }
          await uploadBlob({ client, bucket, objectKey, path: file.absolute, size: file.size, onBytes: (bytes) => (transfer.bytesUp += bytes) });
          badBlobs.delete(sha256);
          transfer.blobsUploaded++;
          uploaded += file.size;
        };
        const manifest = await buildManifest({
          dir,
          step,
          key,
          lineage,
          hashConcurrency: concurrency,
          onHashed: (file) => {
            const pending = blobs.get(file.sha256) ?? putBlob(file.sha256, file);
            blobs.set(file.sha256, pending);
            return pending;
          },
        });
        // The commit point: only now can another runner find the entry.
        await putObject(keys.manifest(step, key), JSON.stringify(manifest));
        if (lineage) await putObject(keys.pointer(step, lineage), JSON.stringify({ lineage, key, createdAt: manifest.createdAt }));
        await recordUse(step, key);
        return { kind: 'saved', bytes: uploaded };
      } catch (error) {
        if (error instanceof StoreUnusable) return { kind: 'failed', reason: error.message };
        if (error instanceof StepError) throw error;
        return { kind: 'failed', reason: (error as { $metadata?: unknown }).$metadata !== undefined ? describeStoreError({ error, location, env }) : messageOf(error) };
      }
    },
    async nearest({ step, lineage }): Promise<NearestEntry | undefined> {
      if (unusable) return undefined;
      const { GetObjectCommand } = await loadS3();
      try {
        const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.pointer(step, lineage) }));
        const pointer = JSON.parse((await response.Body?.transformToString('utf8')) ?? '') as { lineage?: string; key?: string };
        if (pointer.lineage !== lineage || typeof pointer.key !== 'string' || !/^[0-9a-f]{16,128}$/.test(pointer.key)) return undefined;
        const manifest = await readManifest(step, pointer.key);
        if (typeof manifest !== 'object') return undefined;
        await recordUse(step, pointer.key);
        return {
          key: manifest.key,
          createdAt: manifest.createdAt,
          files: manifest.files.filter(isBlobFile),
          restoreFiles: async ({ files, dir }) => restoreFiles(files.map((file) => ({ ...file, mode: 0o644 })), dir),
        };
      } catch (error) {
        if (error instanceof StepError) throw error;
        if (isNotFound(error) || error instanceof StoreUnusable || error instanceof SyntaxError) return undefined;
        reporter.info(`The store's newest entry for this lineage could not be read: ${describeStoreError({ error, location, env })}`);
        return undefined;
      }
    },
    // Records are one small object each, overwritten in place: the newest write wins, which is all a record needs.
    records: {
      async read({ name }) {
        if (unusable) return undefined;
        const { GetObjectCommand } = await loadS3();
        try {
          const response = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: keys.record(name) }));
          const value: unknown = JSON.parse((await response.Body?.transformToString('utf8')) ?? '');
          return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
        } catch (error) {
          if (isNotFound(error)) return undefined;
          if (error instanceof SyntaxError) reporter.warning(`Store record ${keys.record(name)} is not JSON; ignoring it`);
          else reporter.warning(`Store record lookup failed (${describeStoreError({ error, location, env })}); going on without it`);
          return undefined;
        }
      },
      async write({ name, record }) {
        if (readOnly) return { kind: 'skipped', reason: 'read-only cache mode never writes to the store' };
        if (unusable) return { kind: 'skipped', reason: `the store could not be used earlier in this run (${unusable})` };
        try {
          await putObject(keys.record(name), JSON.stringify(record));
          return { kind: 'saved' };
        } catch (error) {
          return { kind: 'failed', reason: describeStoreError({ error, location, env }) };
        }
      },
    },
    runDetails: () => ({ store: { ...transfer } }),
  };
}
