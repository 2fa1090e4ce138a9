import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Writable } from 'node:stream';

/**
 * A GET of one large blob (an Actions cache archive on Azure Blob Storage) whose body goes to a Writable in 1 MiB
 * writes, read with net's `onread` into a few reused buffers. Node's http client reads a socket 64 KiB at a time
 * into a new Buffer each time; for a gigabyte those buffers cost more CPU in garbage collection than the transfer
 * itself (measured on the 1 GiB restore benchmark: our process 1.8–2.3 CPU-s through http, 0.7–0.9 s this way).
 * No library reads an HTTP body into caller-owned buffers, so this is a deliberately small HTTP/1.1 client, written
 * here: one request per connection (Connection: close), identity encoding, a Content-Length or close-delimited
 * body; a chunked body or a response head over 64 KiB is refused, and redirects are not followed (blob storage
 * answers a signed URL itself). For anything else, use http-get.ts.
 */

const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;
/** A read is never offered less room than this (a slot with less left is written out first). */
const MIN_READ = 64 * 1024;
const MAX_HEAD = 64 * 1024;

export interface BlobResponse {
  status: number;
  /** Header names in lower case; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  /**
   * Write the body into `sink` (never ending it). Resolves when the whole body was handed to `sink`; rejects when
   * the connection drops, stalls for `idleMs` or `stop` settles first. Either way `onBytes` has counted exactly
   * the bytes handed to `sink`, so a resume can ask for the rest.
   */
  pipeTo(params: { sink: Writable; idleMs: number; stop: Promise<unknown>; onBytes: (bytes: number) => void }): Promise<void>;
  /** Close the connection without reading the body. */
  discard(): void;
}

/** A response this client does not read; not worth another attempt. */
export class UnsupportedResponseError extends Error {}

export function getBlob(params: { url: string; headers: Record<string, string>; signal: AbortSignal }): Promise<BlobResponse> {
  const url = new URL(params.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new Error(`cannot GET a ${url.protocol} URL`));
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');

  const free: Buffer[] = [];
  let allocated = 1;
  let current: Buffer = Buffer.allocUnsafe(SLOT_BYTES);
  let filled = 0;
  let phase: 'head' | 'waiting' | 'body' | 'done' = 'head';
  let paused = false;
  let bodyLength: number | undefined;
  let bodyLeft = Infinity;
  let sink: Writable | undefined;
  let onBytes: (bytes: number) => void = () => undefined;
  let failure: Error | undefined;
  let settle!: { resolve: (response: BlobResponse) => void; reject: (error: Error) => void };
  const answered = new Promise<BlobResponse>((resolve, reject) => (settle = { resolve, reject }));
  let settleBody: { resolve: () => void; reject: (error: Error) => void } | undefined;

  const take = () => free.pop() ?? (allocated < SLOTS ? (allocated++, Buffer.allocUnsafe(SLOT_BYTES)) : undefined);
  /** Hand what the current slot holds to the sink; its buffer comes back once written. */
  const flush = () => {
    if (filled === 0 || !sink) return;
    const slot = current;
    const bytes = filled;
    sink.write(slot.subarray(0, bytes), () => {
      free.push(slot);
      if (paused && phase === 'body') {
        paused = false;
        socket.resume();
      }
    });
    onBytes(bytes);
    current = take()!;
    filled = 0;
  };
  const finishBody = () => {
    flush();
    phase = 'done';
    socket.destroy();
    settleBody?.resolve();
  };
  const fail = (error: Error) => {
    if (phase === 'done') return;
    if (phase === 'body') flush();
    phase = 'done';
    failure = error;
    socket.destroy();
    settle.reject(error);
    settleBody?.reject(error);
  };

  const onHead = (): boolean => {
    const end = current.subarray(0, filled).indexOf('\r\n\r\n');
    if (end < 0 ? filled > MAX_HEAD : end > MAX_HEAD) {
      fail(new UnsupportedResponseError(`the response head is over ${MAX_HEAD} bytes`));
      return false;
    }
    if (end < 0) return true;
    const [statusLine, ...lines] = current.subarray(0, end).toString('latin1').split('\r\n');
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!status) {
      fail(new Error(`not an HTTP/1.1 response: ${JSON.stringify(statusLine.slice(0, 40))}`));
      return false;
    }
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    if ((headers['transfer-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
      fail(new UnsupportedResponseError(`the server sent a ${headers['transfer-encoding']} body, which this client does not read`));
      return false;
    }
    if (headers['content-length'] !== undefined) {
      bodyLength = Number(headers['content-length']);
      if (!Number.isSafeInteger(bodyLength) || bodyLength < 0) {
        fail(new Error(`a bad Content-Length: ${headers['content-length']}`));
        return false;
      }
      bodyLeft = bodyLength;
    }
    // What came after the head is the body's start.
    current.copyWithin(0, end + 4, filled);
    filled -= end + 4;
    phase = 'waiting';
    settle.resolve({
      status: Number(status[1]),
      headers,
      pipeTo: (body) => {
        if (phase !== 'waiting') return Promise.reject(failure ?? new Error('the body was already read or discarded'));
        sink = body.sink;
        onBytes = body.onBytes;
        phase = 'body';
        socket.setTimeout(body.idleMs, () => fail(new Error(`no data for ${body.idleMs} ms`)));
        const done = new Promise<void>((resolve, reject) => (settleBody = { resolve, reject }));
        void body.stop.then((reason) => fail(reason instanceof Error ? reason : new Error(String(reason))));
        if (filled > bodyLeft) filled = bodyLeft;
        bodyLeft -= filled;
        if (bodyLeft === 0) finishBody();
        else socket.resume();
        return done;
      },
      discard: () => {
        phase = 'done';
        socket.destroy();
      },
    });
    // Nothing more is read until the caller asks for the body.
    return false;
  };

  const onRead = (bytes: number): boolean => {
    if (phase === 'head') {
      filled += bytes;
      return onHead();
    }
    if (phase !== 'body') return false;
    const useful = Math.min(bytes, bodyLeft);
    filled += useful;
    bodyLeft -= useful;
    if (bodyLeft === 0) {
      finishBody();
      return false;
    }
    if (SLOT_BYTES - filled >= MIN_READ) return true;
    flush();
    // The next slot is in place; reading stops while one is still left rather than when none is.
    if (free.length > 0 || allocated < SLOTS) return true;
    paused = true;
    return false;
  };

  const onread = { buffer: () => current.subarray(filled), callback: onRead };
  const socket: Socket = secure
    ? // tls.connect takes `onread` as net.connect does (documented; @types/node leaves it out).
      tlsConnect({ host, port, servername: isIP(host) ? undefined : host, ...{ onread } })
    : netConnect({ host, port, onread });
  const target = `${url.pathname}${url.search}`;
  const lines = [`GET ${target} HTTP/1.1`, `Host: ${url.host}`, 'Accept-Encoding: identity', 'Connection: close', ...Object.entries(params.headers).map(([name, value]) => `${name}: ${value}`)];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  socket.on('error', (error) => fail(error));
  socket.on('end', () => {
    if (phase === 'head') return fail(new Error('the connection closed before the response head'));
    if (phase !== 'body') return;
    // Close-delimited bodies end here; a Content-Length one that ends here broke off.
    if (bodyLength === undefined) return finishBody();
    fail(new Error('the connection closed before the body ended'));
  });
  const onAbort = () => fail(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
  if (params.signal.aborted) onAbort();
  params.signal.addEventListener('abort', onAbort, { once: true });
  socket.once('close', () => params.signal.removeEventListener('abort', onAbort));

  return answered;
}
