import { once } from 'node:events';
import { AnonymousCredential, BlockBlobClient, newPipeline } from '@azure/storage-blob';
import { backoffMs, createRetryingFetch, describeUrl, type RetryPolicy } from '../hub/fetch-with-retry.js';
import { createArchiveStream, extractArchiveStream } from './tar-zstd.js';

/**
 * Moving an output dir to and from the signed blob URLs the cache service hands out, without an archive file on
 * either side: tar | zstd is uploaded in blocks while it is being made, and the download is unpacked while it
 * arrives. Blocks, retries and resumes are @azure/storage-blob's (the client @actions/cache itself uploads with);
 * the signed URLs are Azure Blob Storage SAS URLs on github.com.
 */

/** Blocks of this size go up this many at a time: ~80 MiB buffered at most, and a retried block costs little. */
const BLOCK_BYTES = 16 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;

/** The archive grew past what the caller allows; nothing was committed. */
export class ArchiveTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the compressed archive grew past ${limitBytes} bytes`);
  }
}

function storagePipeline(retry: RetryPolicy) {
  return newPipeline(new AnonymousCredential(), {
    retryOptions: { maxTries: retry.attempts, retryDelayInMs: retry.baseDelayMs, maxRetryDelayInMs: retry.maxDelayMs },
  });
}

/** Azure wants every block id of a blob to have the same length: the block's index, zero-padded, in base64. */
const blockId = (index: number) => Buffer.from(String(index).padStart(8, '0')).toString('base64');

/**
 * Stage `source` as blocks of BLOCK_BYTES, BLOCKS_IN_FLIGHT at a time, and return their ids in order. Each block is
 * one Buffer handed to stageBlock, which the SDK sends in one write and can resend on a retry. (Its uploadStream
 * does the same job but re-chunks every block into small writes: 4-5x the CPU per byte, measured on loopback.)
 */
async function stageBlocks(params: {
  source: AsyncIterable<Buffer>;
  client: BlockBlobClient;
  limitBytes: number;
  signal: AbortSignal;
  onBytes: (total: number) => void;
}): Promise<{ ids: string[]; total: number }> {
  const { client, signal } = params;
  const ids: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const spare: Buffer[] = [];
  let failure: unknown;
  let block: Buffer = Buffer.allocUnsafe(BLOCK_BYTES);
  let filled = 0;
  let total = 0;

  const stage = (buffer: Buffer, length: number) => {
    const id = blockId(ids.length);
    ids.push(id);
    const staged: Promise<void> = client.stageBlock(id, buffer.subarray(0, length), length, { abortSignal: signal }).then(
      () => void spare.push(buffer),
      (error: unknown) => void (failure ??= error),
    );
    inFlight.add(staged);
    void staged.finally(() => inFlight.delete(staged));
  };

  for await (const chunk of params.source) {
    total += chunk.length;
    if (total > params.limitBytes) throw new ArchiveTooLargeError(params.limitBytes);
    params.onBytes(total);
    for (let offset = 0; offset < chunk.length; ) {
      const copied = chunk.copy(block, filled, offset);
      filled += copied;
      offset += copied;
      if (filled < BLOCK_BYTES) continue;
      while (inFlight.size >= BLOCKS_IN_FLIGHT && failure === undefined) await Promise.race(inFlight);
      if (failure !== undefined) throw failure;
      stage(block, filled);
      block = spare.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES);
      filled = 0;
    }
    if (failure !== undefined) throw failure;
  }
  if (filled > 0 || ids.length === 0) stage(block, filled);
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  return { ids, total };
}

/**
 * Archive `dir` and upload it to `uploadUrl` as it is made. Resolves with the archive's size once every block is
 * committed and tar and zstd both ended well; a failure of either, of the upload or of the size limit rejects,
 * and nothing that rejected may be finalized.
 */
export async function uploadDirArchive(params: {
  dir: string;
  uploadUrl: string;
  retry: RetryPolicy;
  limitBytes: number;
  onBytes?: (total: number) => void;
}): Promise<number> {
  const archive = createArchiveStream({ dir: params.dir });
  const abort = new AbortController();
  const client = new BlockBlobClient(params.uploadUrl, storagePipeline(params.retry));
  try {
    const { ids, total } = await stageBlocks({
      source: archive.stream,
      client,
      limitBytes: params.limitBytes,
      signal: abort.signal,
      onBytes: params.onBytes ?? (() => undefined),
    });
    // The archive is complete only when both processes ended well: a truncated one must never be committed.
    await archive.done;
    await client.commitBlockList(ids, { abortSignal: abort.signal });
    return total;
  } catch (error) {
    abort.abort();
    archive.kill();
    // What tar or zstd said beats the broken pipe it caused; the size limit and upload failures speak for themselves.
    if (error instanceof ArchiveTooLargeError) throw error;
    const archiverError = await archive.done.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    throw archiverError !== undefined && !isKilled(archiverError) ? archiverError : error;
  }
}

/** Our own kill, as tar or zstd report it: not a cause worth naming. */
const isKilled = (error: unknown) => error instanceof Error && /SIGKILL/.test(error.message);

/** A download that sent nothing for this long is abandoned (and resumed, while resumes last). */
const IDLE_MS = 60_000;

/**
 * Download the archive at `downloadUrl` into `dir` (which must exist), unpacking while it arrives. A connection
 * that drops mid-body is resumed where it broke with a Range request (Azure honours them; @azure/storage-blob's
 * own resume gives up on a reset connection under Node 20, so this loop is ours). The archive's zstd checksum and
 * tar's own checks reject damaged bytes, and the caller validates what was unpacked before it counts.
 */
export async function downloadDirArchive(params: { dir: string; downloadUrl: string; retry: RetryPolicy; onBytes?: (total: number) => void }): Promise<void> {
  const { downloadUrl, retry } = params;
  const extract = extractArchiveStream({ dir: params.dir });
  const fetchWithRetry = createRetryingFetch({ policy: retry });
  // Ended early (it failed, or stopped reading): nothing more can be written to it.
  const extractEnded = extract.done.then(
    () => new Error('zstd stopped reading before the archive ended'),
    (error: unknown) => error,
  );
  let received = 0;
  let size: number | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetchWithRetry(downloadUrl, { headers: received > 0 ? { 'x-ms-range': `bytes=${received}-`, Range: `bytes=${received}-` } : {} });
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw Object.assign(new Error(`GET ${describeUrl(downloadUrl)} answered ${response.status}`), { statusCode: response.status });
        }
        if (received > 0 && response.status !== 206) throw Object.assign(new Error('the blob store ignored the Range request of a resume'), { statusCode: response.status });
        size ??= Number(response.headers.get('content-length') ?? NaN);
        for await (const chunk of withIdleTimeout(response.body!, IDLE_MS)) {
          received += chunk.length;
          params.onBytes?.(received);
          if (!extract.input.write(chunk)) {
            const failed = await Promise.race([once(extract.input, 'drain').then(() => undefined), extractEnded]);
            if (failed) throw failed;
          }
        }
        if (Number.isFinite(size) && received < size) throw new Error(`the download ended after ${received} of ${size} bytes`);
        break;
      } catch (error) {
        // Unpacking that failed, an HTTP status and a refused resume are final; a dropped connection is resumed.
        const final = typeof (error as { statusCode?: number }).statusCode === 'number' || (await settledWithin(extractEnded, 0)) !== undefined;
        if (final || attempt >= retry.attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(retry, attempt)));
      }
    }
    extract.input.end();
    await extract.done;
  } catch (error) {
    extract.input.destroy();
    // Unpacking that failed on its own (damaged bytes) says more than the broken pipe it left the download with.
    const extractError = await settledWithin(extractEnded, 2000);
    extract.kill();
    throw extractError instanceof Error && !/stopped reading/.test(extractError.message) ? extractError : error;
  }
}

/** What `promise` settled with, if it does within `ms`. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** The body's chunks, failing when none came for `ms` (a stalled connection would otherwise hang the restore). */
async function* withIdleTimeout(body: ReadableStream<Uint8Array>, ms: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let last = Date.now();
  let stalled = false;
  const watchdog = setInterval(() => {
    if (Date.now() - last <= ms) return;
    stalled = true;
    reader.cancel().catch(() => undefined);
  }, Math.min(1000, ms));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (stalled) throw new Error(`no data for ${ms} ms`);
      if (done) return;
      last = Date.now();
      yield value;
    }
  } finally {
    clearInterval(watchdog);
    reader.releaseLock();
  }
}
