import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { dirname } from 'node:path';
import { HubApiError } from '@huggingface/hub';
import { tempPathFor } from '../core/atomic-write.js';
import { createFileContentHash } from '../core/content-hash.js';
import { HashingFileWriter } from '../core/hashing-file-writer.js';
import { StepError } from '../core/errors.js';
import { backoffMs, describeCause, describeUrl } from '../http/fetch-with-retry.js';
import { explainHubError } from './hub-errors.js';
import { getBodyWithRetries, type BodyResponse } from '../http/get-body.js';
import type { HubConnection } from './hub-connection.js';
import type { RepoFile } from './list-repo-files.js';
import type { RepoRef } from './repo-ref.js';

/** The URL the Hub serves a file's content at (the same one @huggingface/hub's fileDownloadInfo builds). */
export function resolveUrl(params: { connection: HubConnection; repo: RepoRef; revision: string; path: string }): string {
  const { connection, repo, revision, path } = params;
  const prefix = repo.type === 'dataset' ? 'datasets/' : '';
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `${connection.hubUrl}/${prefix}${repo.name}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
}

/** git's object id of a blob: sha1("blob <size>\0" + content). */
function gitBlobHasher(size: number): Hash {
  return createHash('sha1').update(`blob ${size}\0`);
}

class VerificationError extends Error {}

/** Does the file at `path` hold exactly the listed content (LFS sha256, else git blob sha1)? */
export async function localFileMatches(params: { path: string; file: RepoFile }): Promise<boolean> {
  const { path, file } = params;
  const hash = file.lfsSha256 ? createHash('sha256') : gitBlobHasher(file.size);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest('hex') === (file.lfsSha256 ?? file.oid);
}

/**
 * Download one file to `destination`, verified: streamed to a temp file beside it while hashing, resumed
 * with a Range request after a reset, retried from scratch on wrong bytes, and renamed into place only when
 * its size and hash (LFS sha256, else git blob sha1) match the listing. A stalled body is abandoned after
 * the policy's timeout. On failure nothing is left at `destination` that was not there before.
 */
export async function downloadVerifiedFile(params: {
  connection: HubConnection;
  repo: RepoRef;
  revision: string;
  file: RepoFile;
  destination: string;
  /** Bytes received since the last call; negative when an attempt starts over and takes back what it had counted. */
  onBytes?: (bytes: number) => void;
  onRetry?: (message: string) => void;
}): Promise<void> {
  const { connection, repo, revision, file, destination } = params;
  const policy = connection.retry;
  await mkdir(dirname(destination), { recursive: true });
  const temp = tempPathFor(destination);
  let lastError: unknown;
  // Bytes of this file reported so far in this attempt: an attempt that starts over takes them back, so progress
  // never counts a byte twice (and never shows more than the total).
  let reported = 0;
  const onBytes = (bytes: number) => {
    reported += bytes;
    params.onBytes?.(bytes);
  };
  let renamed = false;
  try {
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      if (reported > 0) {
        params.onBytes?.(-reported);
        reported = 0;
      }
      try {
        await downloadOnce({ connection, repo, revision, file, temp, onBytes, idleTimeoutMs: policy.timeoutMs });
        await rename(temp, destination);
        renamed = true;
        return;
      } catch (error) {
        lastError = error;
        if (!isRetryable(error) || attempt === policy.attempts) break;
        const wait = backoffMs(policy, attempt);
        params.onRetry?.(`${file.path}: ${describeCause(error)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  } finally {
    // Once renamed there is no temp file left: no removal to wait for (one call less per file of a many-file repo).
    if (!renamed) await rm(temp, { force: true });
  }
  if (lastError instanceof VerificationError) throw new StepError(`${file.path}: ${lastError.message}`);
  throw explainHubError({ error: lastError, what: `downloading ${file.path}` });
}

/** Local filesystem failures: retrying the download cannot help, so they end the run at once. */
const LOCAL_FS_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOTDIR', 'EISDIR']);

/**
 * Network hiccups and bad bytes are worth another attempt. An HTTP status is not: the retrying fetch already
 * retried 429 and 5xx with backoff, and a 4xx will not change.
 */
function isRetryable(error: unknown): boolean {
  if (typeof (error as { statusCode?: number }).statusCode === 'number') return false;
  return !LOCAL_FS_ERRORS.has((error as NodeJS.ErrnoException).code ?? '');
}

async function downloadOnce(params: {
  connection: HubConnection;
  repo: RepoRef;
  revision: string;
  file: RepoFile;
  temp: string;
  idleTimeoutMs: number;
  onBytes?: (bytes: number) => void;
}): Promise<void> {
  const { connection, repo, revision, file, temp } = params;
  const url = resolveUrl({ connection, repo, revision, path: file.path });
  // Our own GET rather than @huggingface/hub's WebBlob.stream(): that one aborts the stream with the error's
  // message alone, so the HTTP status (and whether to retry) is lost. get-body.ts rather than fetch or node's http
  // (the body is read into 1 MiB buffers: a fraction of the CPU), with the retry loop every Hub request has: 429/5xx
  // and connection failures are retried.
  const open_ = async (from: number): Promise<BodyResponse> => {
    const headers: Record<string, string> = {};
    if (connection.accessToken) headers.Authorization = `Bearer ${connection.accessToken}`;
    if (from > 0) headers.Range = `bytes=${from}-`;
    // The writer keeps what it is given until its batch is written.
    const response = await getBodyWithRetries({ url, headers, policy: connection.retry, onRetry: connection.onRetry, keepBuffers: true, expectedBytes: file.size - from });
    const { status } = response;
    if (status < 200 || status >= 300) {
      response.discard();
      throw new HubApiError(url, status, response.headers['x-request-id'], `GET ${describeUrl(url)}`);
    }
    if (from > 0 && status !== 206) {
      response.discard();
      throw new Error('the server ignored the Range request of a resume');
    }
    return response;
  };
  // Open for reading too: a large file is hashed on a worker thread, which reads back each range once written.
  const handle = await open(temp, 'w+', 0o644);
  let writer: HashingFileWriter | undefined;
  let actual: string;
  try {
    // LFS files are identified by the sha256 of their content, others by their git blob sha1: hash only what is checked.
    const hash = createFileContentHash({
      ...(file.lfsSha256 ? { algorithm: 'sha256' } : { algorithm: 'sha1', prefix: `blob ${file.size}\0` }),
      size: file.size,
      fd: handle.fd,
    });
    writer = new HashingFileWriter({ handle, hash });
    // Resume after a dropped connection from where we are, with a Range request.
    for (let resumes = 0; ; resumes++) {
      const body = await open_(writer.bytes);
      try {
        await pump({ body, writer, expected: file.size, idleTimeoutMs: params.idleTimeoutMs, onBytes: params.onBytes });
        break;
      } catch (error) {
        // Only a connection that dropped after delivering bytes is resumed, and only while the file and the hash
        // hold the same bytes; anything else starts over.
        if (error instanceof VerificationError || writer.failed || writer.bytes === 0 || resumes >= 3) throw error;
      }
    }
    // Durable before it counts: the data is on disk before the caller renames the file into place.
    [actual] = await Promise.all([writer.digest(), handle.sync()]);
  } finally {
    // The hashing worker reads through this handle: it lets go before the handle closes.
    await writer?.dispose();
    await handle.close();
  }
  const written = writer.bytes;
  if (written !== file.size) throw new VerificationError(`got ${written} bytes, the Hub listing says ${file.size}`);
  if (file.lfsSha256) {
    if (actual !== file.lfsSha256) throw new VerificationError(`sha256 mismatch (got ${actual.slice(0, 12)}…, expected ${file.lfsSha256.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
  } else if (file.oid) {
    if (actual !== file.oid) throw new VerificationError(`git oid mismatch (got ${actual.slice(0, 12)}…, expected ${file.oid.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
  }
}

/**
 * Feed one response body to the writer, refusing bytes beyond the listed size. However it ends, the writer is
 * drained first, so the bytes received are all in the file and in the hash, and a resume continues from there.
 */
async function pump(params: {
  body: BodyResponse;
  writer: HashingFileWriter;
  expected: number;
  idleTimeoutMs: number;
  onBytes?: (bytes: number) => void;
}): Promise<void> {
  const { body, writer, expected, idleTimeoutMs, onBytes } = params;
  let refuse: (error: unknown) => void = () => undefined;
  const refused = new Promise<unknown>((resolve) => (refuse = resolve));
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      try {
        if (writer.bytes + chunk.length > expected) throw new VerificationError(`served more than the ${expected} bytes the Hub lists`);
        // Awaited only while the writer has its most writes running.
        const full = writer.push(chunk);
        if (full) full.then(() => callback(), () => callback());
        else callback();
      } catch (error) {
        refuse(error);
        callback();
      }
    },
  });
  try {
    await body.pipeTo({ sink, idleMs: idleTimeoutMs, stop: refused, onBytes: (bytes) => onBytes?.(bytes) });
    // Once the sink has taken every write, the writer has every byte.
    await new Promise<void>((resolve) => sink.end(resolve));
    await writer.drain();
  } catch (error) {
    // A failed write is the error to report (a full disk is not worth a retry), not what followed it.
    await new Promise<void>((resolve) => sink.end(resolve));
    await writer.drain();
    throw error;
  }
}
