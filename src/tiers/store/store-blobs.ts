import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { tempPathFor } from '../../core/atomic-write.js';
import { isNotFound, loadS3, loadStorage } from './s3-client.js';

/** Files up to this size go up in one PUT; larger ones in parts (the issue's and S3's usual threshold). */
export const MULTIPART_THRESHOLD = 64 * 1024 * 1024;
const PART_SIZE = 16 * 1024 * 1024;
/** Parts of one file in flight: with PART_SIZE, at most 64 MiB of a file is buffered. */
const PART_QUEUE = 4;

/** A blob whose bytes are not the ones its name promises: the entry is a miss, and the next save replaces it. */
export class BlobMismatchError extends Error {
  constructor(
    message: string,
    readonly sha256: string,
  ) {
    super(message);
  }
}

/** Is the blob there with this size? (A blob of another size is a broken upload: replace it.) */
export async function blobPresent(params: { client: S3Client; bucket: string; objectKey: string; size: number }): Promise<boolean> {
  const { HeadObjectCommand } = await loadS3();
  try {
    const head = await params.client.send(new HeadObjectCommand({ Bucket: params.bucket, Key: params.objectKey }));
    return head.ContentLength === params.size;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Upload one file as a blob, streamed from disk: one PUT up to MULTIPART_THRESHOLD, parts of PART_SIZE above it
 * (lib-storage buffers each part, so a part, not the file, is what a retry sends again). A killed upload leaves
 * at most an incomplete multipart upload, which is no object: never a blob that half exists.
 */
export async function uploadBlob(params: { client: S3Client; bucket: string; objectKey: string; path: string; size: number; onBytes?: (bytes: number) => void }): Promise<void> {
  const { Upload } = await loadStorage();
  const upload = new Upload({
    client: params.client,
    params: { Bucket: params.bucket, Key: params.objectKey, Body: createReadStream(params.path, { highWaterMark: 1024 * 1024 }), ContentType: 'application/octet-stream' },
    partSize: params.size > MULTIPART_THRESHOLD ? PART_SIZE : MULTIPART_THRESHOLD + 1,
    queueSize: PART_QUEUE,
    leavePartsOnError: false,
  });
  let reported = 0;
  upload.on('httpUploadProgress', (progress) => {
    const loaded = progress.loaded ?? 0;
    if (loaded > reported) {
      params.onBytes?.(loaded - reported);
      reported = loaded;
    }
  });
  await upload.done();
}

/**
 * Download one blob into `destination`: streamed to a temp file beside it while hashing, renamed into place only
 * when the bytes are exactly `size` bytes of `sha256`. A dropped body is fetched again (the SDK retries requests,
 * not bodies that break halfway). On failure nothing is left at `destination`.
 */
export async function downloadBlob(params: {
  client: S3Client;
  bucket: string;
  objectKey: string;
  sha256: string;
  size: number;
  destination: string;
  mode?: number;
  attempts?: number;
  onBytes?: (bytes: number) => void;
}): Promise<void> {
  const { GetObjectCommand } = await loadS3();
  const { client, bucket, objectKey, sha256, size, destination } = params;
  await mkdir(dirname(destination), { recursive: true });
  const attempts = params.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const temp = tempPathFor(destination);
    let received = 0;
    try {
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
      const hash = createHash('sha256');
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          received += chunk.length;
          params.onBytes?.(chunk.length);
          callback(null, chunk);
        },
      });
      await pipeline(response.Body as Readable, counter, createWriteStream(temp, { mode: 0o644 }));
      const actual = hash.digest('hex');
      if (received !== size || actual !== sha256) {
        throw new BlobMismatchError(`blob ${sha256.slice(0, 12)}… holds ${received} bytes of sha256 ${actual.slice(0, 12)}…, not the ${size} bytes its name promises (tampered with, or a broken upload)`, sha256);
      }
      if (params.mode !== undefined) await chmod(temp, params.mode);
      await rename(temp, destination);
      return;
    } catch (error) {
      await rm(temp, { force: true });
      params.onBytes?.(-received);
      const retryable = !(error instanceof BlobMismatchError) && !isNotFound(error) && (error as { $metadata?: unknown }).$metadata === undefined;
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}
