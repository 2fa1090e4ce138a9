import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Writable } from 'node:stream';
import { USER_AGENT } from '../core/version.js';
import { withRetries, type RetryPolicy } from './fetch-with-retry.js';
import { describeProxy, openTunnel, proxyAuthorization } from './proxy.js';
import { proxyFor } from './proxy-for.js';

/**
 * A GET whose body goes to a Writable in ~1 MiB writes, read with net's `onread` into a few large buffers. Node's
 * http client reads a socket 64 KiB at a time into a new Buffer each time; for a gigabyte those buffers cost more
 * CPU in garbage collection than the transfer itself (measured on the 1 GiB Actions cache restore benchmark: our
 * process 1.8–2.3 CPU-s through http, 0.7–0.9 s this way). No library reads an HTTP body into caller-chosen
 * buffers, so this is a deliberately small HTTP/1.1 client, written here: one request per connection
 * (Connection: close), identity encoding, a Content-Length or close-delimited body, redirects followed as fetch
 * follows them (Authorization dropped once a hop leaves the origin it was given for), through the proxy the
 * environment names (proxy.ts: CONNECT for https, the absolute URL for http). A chunked body or a
 * response head over 64 KiB is refused (UnsupportedResponseError). For small requests use fetch.
 */

const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;
/** A read is never offered less room than this (a slot with less left is written out first). */
const MIN_READ = 64 * 1024;
const MAX_HEAD = 64 * 1024;

/** A buffer for up to `bytes` more bytes: at most a slot, never less than a read is offered. */
const slotFor = (bytes: number) => Buffer.allocUnsafe(Math.min(SLOT_BYTES, Math.max(MIN_READ, bytes)));

export interface BodyResponse {
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

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** fetch's limit. */
const MAX_REDIRECTS = 20;

/**
 * GET `url`, following redirects; resolves once the final response's head is in (its body not yet read).
 * `keepBuffers`: the sink keeps the buffers it is written (each write is a fresh one); otherwise a buffer is
 * reused once its write called back.
 */
export async function getBody(params: { url: string; headers: Record<string, string>; signal: AbortSignal; keepBuffers?: boolean; expectedBytes?: number }): Promise<BodyResponse> {
  let url = new URL(params.url);
  let headers = params.headers;
  for (let redirects = 0; ; redirects++) {
    const response = await getOnce({ url, headers, signal: params.signal, keepBuffers: params.keepBuffers ?? false, expectedBytes: params.expectedBytes });
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || !location) return response;
    response.discard();
    if (redirects >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error(`a redirect to a ${next.protocol} URL`);
    if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
    url = next;
  }
}

/**
 * getBody inside the retry loop every request here has (429/5xx, connection failures, a head that is late); a
 * response this client does not read is not asked for again. Resolves with the last answer, whatever its status.
 */
export function getBodyWithRetries(params: {
  url: string;
  headers: Record<string, string>;
  policy: RetryPolicy;
  onRetry?: (message: string) => void;
  keepBuffers?: boolean;
  /** The body's size if known (a listed file): a small body gets a small buffer, not 1 MiB. */
  expectedBytes?: number;
}): Promise<BodyResponse> {
  const { url, headers, keepBuffers, expectedBytes } = params;
  return withRetries({
    policy: params.policy,
    onRetry: params.onRetry,
    input: url,
    isPermanent: (error) => error instanceof UnsupportedResponseError,
    attempt: (signal) => getBody({ url, headers, signal, keepBuffers, expectedBytes }),
    answer: (response) => ({ status: response.status, retryAfter: response.headers['retry-after'] ?? null, discard: () => response.discard() }),
  });
}

function getOnce(params: { url: URL; headers: Record<string, string>; signal: AbortSignal; keepBuffers: boolean; expectedBytes?: number }): Promise<BodyResponse> {
  const { url, keepBuffers } = params;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new Error(`cannot GET a ${url.protocol} URL`));
  let proxy: URL | undefined;
  try {
    proxy = proxyFor(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');

  const free: Buffer[] = [];
  /** Buffers written to the sink whose writes have not called back: with the one being filled, at most SLOTS. */
  let outstanding = 0;
  // The first buffer holds the head and the start of the body: for a small file, just enough (203 files of 4 KiB had
  // cost 203 MiB of 1 MiB buffers, and a third of the run in garbage collection).
  let current: Buffer = slotFor((params.expectedBytes ?? SLOT_BYTES) + MIN_READ);
  let filled = 0;
  let phase: 'head' | 'waiting' | 'body' | 'done' = 'head';
  let paused = false;
  let bodyLength: number | undefined;
  let bodyLeft = Infinity;
  let sink: Writable | undefined;
  let onBytes: (bytes: number) => void = () => undefined;
  let failure: Error | undefined;
  let settle!: { resolve: (response: BodyResponse) => void; reject: (error: Error) => void };
  const answered = new Promise<BodyResponse>((resolve, reject) => (settle = { resolve, reject }));
  let settleBody: { resolve: () => void; reject: (error: Error) => void } | undefined;

  /** Hand what the current buffer holds to the sink (its buffer comes back once written, unless kept). */
  const flush = () => {
    if (filled === 0 || !sink) return;
    const slot = current;
    const bytes = filled;
    outstanding++;
    sink.write(slot.subarray(0, bytes), () => {
      outstanding--;
      if (!keepBuffers) free.push(slot);
      if (paused && phase === 'body') {
        paused = false;
        resumeReading();
      }
    });
    onBytes(bytes);
    current = free.pop() ?? slotFor(bodyLeft);
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
        else resumeReading();
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
    if (current.length - filled >= MIN_READ) return true;
    flush();
    // The next buffer is in place (node asks for it right after this returns); reading stops while the sink holds
    // all the others.
    if (outstanding + 1 < SLOTS) return true;
    paused = true;
    return false;
  };

  const onread = { buffer: () => current.subarray(filled), callback: onRead };
  /**
   * TLS over a socket that already exists (the proxy's tunnel) ignores `onread` and emits 'data' instead: those
   * chunks are copied into the same buffers and fed to onRead, and what it did not take waits in `pending`.
   */
  let dataEvents = false;
  let pending: Buffer | undefined;
  /** The connection ended while `pending` still held bytes: its end counts once they are read. */
  let endAfterPending = false;
  const feed = () => {
    while (pending && pending.length > 0 && phase !== 'done') {
      const bytes = Math.min(current.length - filled, pending.length);
      pending.copy(current, filled, 0, bytes);
      pending = pending.subarray(bytes);
      if (!onRead(bytes)) {
        socket.pause();
        return;
      }
    }
    pending = undefined;
    if (endAfterPending) {
      endAfterPending = false;
      onEnd();
    }
  };
  const resumeReading = () => {
    socket.resume();
    if (dataEvents) feed();
  };
  const connectSocket = async (): Promise<Socket> => {
    if (proxy && secure) {
      // Through the proxy's CONNECT tunnel, then TLS with the host itself (the proxy sees only ciphertext).
      const tunnel = await openTunnel({ proxy, host, port, signal: params.signal });
      dataEvents = true;
      return tlsConnect({ socket: tunnel, servername: isIP(host) ? undefined : host });
    }
    // A plain http URL through a proxy is asked of the proxy itself, by its absolute URL.
    const to = proxy ? { host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)), secure: proxy.protocol === 'https:' } : { host, port, secure };
    return to.secure
      ? // tls.connect takes `onread` as net.connect does (documented; @types/node leaves it out).
        tlsConnect({ host: to.host, port: to.port, servername: isIP(to.host) ? undefined : to.host, ...{ onread } })
      : netConnect({ host: to.host, port: to.port, onread });
  };
  const authorization = proxy && !secure ? proxyAuthorization(proxy) : undefined;
  const target = proxy && !secure ? `${url.origin}${url.pathname}${url.search}` : `${url.pathname}${url.search}`;
  const lines = [
    `GET ${target} HTTP/1.1`,
    `Host: ${url.host}`,
    'Accept-Encoding: identity',
    'Connection: close',
    ...(Object.keys(params.headers).some((name) => name.toLowerCase() === 'user-agent') ? [] : [`User-Agent: ${USER_AGENT}`]),
    ...(authorization ? [`Proxy-Authorization: ${authorization}`] : []),
    ...Object.entries(params.headers).map(([name, value]) => `${name}: ${value}`),
  ];

  const onEnd = () => {
    if (phase === 'head') return fail(new Error('the connection closed before the response head'));
    if (phase !== 'body') return;
    // Close-delimited bodies end here; a Content-Length one that ends here broke off.
    if (bodyLength === undefined) return finishBody();
    fail(new Error('the connection closed before the body ended'));
  };

  let socket!: Socket;
  const start = async () => {
    socket = await connectSocket();
    if (dataEvents) {
      socket.on('data', (chunk: Buffer) => {
        pending = pending?.length ? Buffer.concat([pending, chunk]) : chunk;
        feed();
      });
    }
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Forwarding through a proxy, a connection that never got an answer failed at the proxy.
      if (proxy && !secure && phase === 'head' && (error.syscall === 'connect' || error.syscall === 'getaddrinfo')) {
        return fail(Object.assign(new Error(`cannot reach the proxy ${describeProxy(proxy)} (${error.code ?? error.message})`, { cause: error }), { code: error.code }));
      }
      fail(error);
    });
    socket.on('end', () => {
      if (pending?.length) endAfterPending = true;
      else onEnd();
    });
    const onAbort = () => fail(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
    if (params.signal.aborted) onAbort();
    params.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => params.signal.removeEventListener('abort', onAbort));
  };
  // No socket yet (the proxy refused the tunnel, or could not be reached): nothing to close.
  start().catch((error: Error) => settle.reject(error));

  return answered;
}
