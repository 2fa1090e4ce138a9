import { StepError } from '../core/errors.js';
import { backoffMs, defaultRetryPolicy, describeCause, describeUrl, type RetryPolicy } from '../http/fetch-with-retry.js';
import type { HubConnection } from './hub-connection.js';

/** Byte ranges of one remote file, read with HTTP Range requests: what a parquet reader needs instead of the whole file. */
export interface RangeReader {
  readonly url: string;
  readonly size: number;
  /** The bytes [start, end) of the file. */
  read(start: number, end: number): Promise<Uint8Array>;
  /** Body bytes received so far, retries included: what reading actually cost. */
  bytesFetched(): number;
}

/** A failure worth another attempt: a dropped or short body, a stall. */
class RetryableRangeError extends Error {}

/**
 * A RangeReader over `connection.fetch` (which already retries 429/5xx and connection failures before headers).
 * Here the body is checked too: a 206 whose Content-Range is not the one asked for, or whose total is not the
 * size the listing gave, means the file is not the one we planned for (an error, not retried); a body that
 * drops, stalls or comes short is fetched again with backoff.
 */
export function createRangeReader(params: {
  connection: HubConnection;
  url: string;
  size: number;
  /** Names the file in messages ("plain_text/train/0000.parquet"). */
  what: string;
  policy?: RetryPolicy;
  onRetry?: (message: string) => void;
}): RangeReader {
  const { connection, url, size, what } = params;
  const policy = params.policy ?? defaultRetryPolicy;
  let fetched = 0;

  const readOnce = async (start: number, end: number): Promise<Uint8Array> => {
    const headers: Record<string, string> = { Range: `bytes=${start}-${end - 1}` };
    if (connection.accessToken) headers.Authorization = `Bearer ${connection.accessToken}`;
    const controller = new AbortController();
    let response: Response;
    try {
      response = await connection.fetch(url, { headers, signal: controller.signal });
    } catch (error) {
      // connection.fetch has already retried connection failures: give up with its reason.
      throw new StepError(`Reading ${what} failed: ${describeCause(error)}`, { cause: error });
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel().catch(() => undefined);
      throw new StepError(`${what}: access denied (HTTP ${response.status}); the dataset may be private or gated: set HF_TOKEN to a token with access`);
    }
    if (response.status !== 206 && response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      // 429 and 5xx arrive here only after connection.fetch ran out of retries.
      throw new StepError(`${what}: the Hub answered HTTP ${response.status} for ${describeUrl(url)}`);
    }
    let skip = 0;
    if (response.status === 206) {
      const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
      if (!range) {
        await response.body?.cancel().catch(() => undefined);
        throw new RetryableRangeError(`${what}: a partial answer without a valid Content-Range`);
      }
      if (range[3] !== '*' && Number(range[3]) !== size) {
        await response.body?.cancel().catch(() => undefined);
        throw new StepError(`${what} is ${range[3]} bytes on the Hub, the listing said ${size}: it changed while being read; run again`);
      }
      if (Number(range[1]) !== start || Number(range[2]) !== end - 1) {
        await response.body?.cancel().catch(() => undefined);
        throw new RetryableRangeError(`${what}: asked for bytes ${start}-${end - 1}, got ${range[1]}-${range[2]}`);
      }
    } else {
      // A server that ignores Range sends the whole file: correct, only wasteful. Keep the part asked for.
      skip = start;
    }
    const out = new Uint8Array(end - start);
    let position = -skip;
    const reader = response.body!.getReader();
    try {
      for (;;) {
        let timer: NodeJS.Timeout | undefined;
        const stalled = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new RetryableRangeError(`${what}: no data for ${policy.timeoutMs} ms`)), policy.timeoutMs);
        });
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await Promise.race([reader.read(), stalled]);
        } catch (error) {
          if (error instanceof RetryableRangeError) throw error;
          throw new RetryableRangeError(`${what}: ${describeCause(error)}`);
        } finally {
          clearTimeout(timer);
        }
        if (chunk.done) break;
        const bytes = chunk.value;
        fetched += bytes.length;
        const from = Math.max(0, -position);
        const to = Math.min(bytes.length, out.length - position);
        if (to > from) out.set(bytes.subarray(from, to), position + from);
        position += bytes.length;
        if (position > out.length && skip === 0) throw new StepError(`${what}: the Hub sent more than the ${out.length} bytes asked for`);
        if (position >= out.length && skip > 0) break;
      }
    } catch (error) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      reader.releaseLock();
    }
    if (position < out.length) throw new RetryableRangeError(`${what}: the body ended after ${Math.max(0, position)} of ${out.length} bytes`);
    if (skip > 0) controller.abort();
    return out;
  };

  return {
    url,
    size,
    bytesFetched: () => fetched,
    async read(start, end) {
      if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end <= size && start <= end)) {
        throw new StepError(`${what}: a read of bytes ${start}-${end} falls outside its ${size} bytes (the file is damaged)`);
      }
      if (start === end) return new Uint8Array(0);
      let lastError: unknown;
      for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        try {
          return await readOnce(start, end);
        } catch (error) {
          lastError = error;
          if (error instanceof StepError) throw error;
          if (attempt === policy.attempts) break;
          const wait = backoffMs(policy, attempt);
          params.onRetry?.(`${describeCause(error)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
      throw new StepError(`Reading ${what} failed after ${policy.attempts} attempts: ${describeCause(lastError)}`, { cause: lastError });
    },
  };
}
