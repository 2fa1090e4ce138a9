import type { BlockBlobClient } from '@azure/storage-blob';
import { backoffMs, describeCause, describeUrl, type RetryPolicy } from '../http/fetch-with-retry.js';
import { getBodyWithRetries } from '../http/get-body.js';
import type { Block } from './output-blocks.js';
import { createArchiveBlocks, extractArchiveStream } from './tar-zstd.js';

/**
 * Moving an output dir to and from the signed blob URLs the cache service hands out, without an archive file on
 * either side: tar | zstd is uploaded in blocks while it is being made, and the download is unpacked while it
 * arrives. Block staging, commits and their retries are @azure/storage-blob's (the client @actions/cache itself
 * uploads with); the signed URLs are Azure Blob Storage SAS URLs on github.com. The download is one GET (blob-get.ts).
 */

/** Blocks of this size go up this many at a time: ~100 MiB buffered at most, and a retried block costs little. */
const BLOCK_BYTES = 16 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;

/** The archive grew past what the caller allows; nothing was committed. */
export class ArchiveTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the compressed archive grew past ${limitBytes} bytes`);
  }
}

/** A client for one signed blob URL. The SDK is loaded here, on the first upload: it costs every CLI start ~50 ms. */
async function blockBlobClient(params: { url: string; retry: RetryPolicy }): Promise<BlockBlobClient> {
  const { AnonymousCredential, BlockBlobClient, newPipeline } = await import('@azure/storage-blob');
  const { retry } = params;
  const pipeline = newPipeline(new AnonymousCredential(), {
    retryOptions: { maxTries: retry.attempts, retryDelayInMs: retry.baseDelayMs, maxRetryDelayInMs: retry.maxDelayMs },
  });
  return new BlockBlobClient(params.url, pipeline);
}

/** Azure wants every block id of a blob to have the same length: the block's index, zero-padded, in base64. */
const blockId = (index: number) => Buffer.from(String(index).padStart(8, '0')).toString('base64');

/**
 * Stage the archive's blocks, BLOCKS_IN_FLIGHT at a time, and return their ids in order. Each block is one Buffer
 * handed to stageBlock, which the SDK sends in one write and can resend on a retry (its uploadStream does the same
 * job but re-chunks every block into small writes: 4-5x the CPU per byte, measured on loopback); the buffer goes
 * back to the archive reader once its block is staged.
 */
async function stageBlocks(params: {
  blocks: AsyncIterable<Block>;
  client: BlockBlobClient;
  limitBytes: number;
  signal: AbortSignal;
  onBytes: (total: number) => void;
}): Promise<{ ids: string[]; total: number }> {
  const { client, signal } = params;
  const ids: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let total = 0;

  const stage = (block: Block) => {
    const id = blockId(ids.length);
    ids.push(id);
    const staged: Promise<void> = client.stageBlock(id, block.bytes, block.bytes.length, { abortSignal: signal }).then(
      () => block.release(),
      (error: unknown) => void (failure ??= error),
    );
    inFlight.add(staged);
    void staged.finally(() => inFlight.delete(staged));
  };

  for await (const block of params.blocks) {
    total += block.bytes.length;
    if (total > params.limitBytes) throw new ArchiveTooLargeError(params.limitBytes);
    while (inFlight.size >= BLOCKS_IN_FLIGHT && failure === undefined) await Promise.race(inFlight);
    if (failure !== undefined) throw failure;
    stage(block);
    params.onBytes(total);
  }
  // An empty archive (zstd always writes a frame, but still) is one empty block: Azure wants at least one.
  if (ids.length === 0) stage({ bytes: Buffer.alloc(0), release: () => undefined });
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
  // One block filling, one ready, the rest in flight: ~100 MiB at most.
  const archive = await createArchiveBlocks({ dir: params.dir, blockBytes: BLOCK_BYTES, maxBlocks: BLOCKS_IN_FLIGHT + 2 });
  const abort = new AbortController();
  try {
    const client = await blockBlobClient({ url: params.uploadUrl, retry: params.retry });
    const { ids, total } = await stageBlocks({
      blocks: archive.blocks,
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

/** A download that sent nothing for this long is abandoned (and resumed, while attempts last). */
const IDLE_MS = 60_000;

/**
 * Download the archive at `downloadUrl` into `dir` (which must exist), unpacking while it arrives: the body goes
 * straight from the socket into zstd in 1 MiB writes (blob-get.ts; node's http client cost twice the CPU per byte in
 * garbage collection). A connection that drops mid-body is resumed where it broke with a Range request (Azure
 * honours them; @azure/storage-blob's own resume gives up on a reset connection under Node 20). The archive's zstd
 * checksum and tar's own checks reject damaged bytes, and the caller validates what was unpacked before it counts.
 */
export async function downloadDirArchive(params: { dir: string; downloadUrl: string; retry: RetryPolicy; onBytes?: (total: number) => void }): Promise<void> {
  const { downloadUrl, retry } = params;
  const extract = extractArchiveStream({ dir: params.dir });
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
        // The retry loop every HTTP request here has (429/5xx, connection failures, a header timeout); this loop
        // only resumes a body that broke off.
        const headers: Record<string, string> = received > 0 ? { 'x-ms-range': `bytes=${received}-`, Range: `bytes=${received}-` } : {};
        const response = await getBodyWithRetries({ url: downloadUrl, headers, policy: retry }).catch((error: unknown) => {
          // Already retried as often as the policy allows: not retried again here.
          throw new RequestFailedError(describeCause(error), { cause: error });
        });
        const { status } = response;
        if (status < 200 || status >= 300 || (received > 0 && status !== 206)) {
          response.discard();
          const what = status < 300 ? 'ignored the Range request of a resume' : `answered ${status}`;
          throw Object.assign(new Error(`GET ${describeUrl(downloadUrl)} ${what}`), { statusCode: status });
        }
        size ??= Number(response.headers['content-length'] ?? NaN);
        await response.pipeTo({
          sink: extract.input,
          idleMs: IDLE_MS,
          stop: extractEnded,
          onBytes: (bytes) => {
            received += bytes;
            params.onBytes?.(received);
          },
        });
        if (Number.isFinite(size) && received < size) throw new Error(`the download ended after ${received} of ${size} bytes`);
        break;
      } catch (error) {
        // A request or status the retry loop gave up on and unpacking that failed are final; a body that broke off is
        // resumed.
        const final = error instanceof RequestFailedError || typeof (error as { statusCode?: number }).statusCode === 'number' || (await settledWithin(extractEnded, 0)) !== undefined;
        if (final || attempt >= retry.attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(retry, attempt)));
      }
    }
    extract.input.end();
    await extract.done;
  } catch (error) {
    // Unpacking that had already failed on its own is the cause (damaged bytes), not the broken pipe it left the
    // download with; a download that failed first is a transfer problem, whatever zstd says once its input is cut.
    const unpackError = await settledWithin(extractEnded, 0);
    extract.input.destroy();
    extract.kill();
    if (unpackError instanceof Error && !/stopped reading/.test(unpackError.message)) throw new ArchiveUnpackError(unpackError.message);
    throw error;
  }
}

/** The archive arrived but tar or zstd rejected it: the stored entry itself is bad (another try would fail alike). */
export class ArchiveUnpackError extends Error {}

/** A request the shared retry loop gave up on. */
class RequestFailedError extends Error {}

/** What `promise` settled with, if it does within `ms`. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}
