import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { Readable, type Transform } from 'node:stream';
import { USER_AGENT } from '../core/version.js';

/**
 * `fetch` over node's http and https clients, for the Hub's API calls (JSON answers, listings, Range reads).
 *
 * Node 20's own fetch is undici, loaded at the first call and parsing every response with llhttp compiled from
 * WebAssembly: on a cache hit (one API call) that cost more than the rest of the run together — measured on
 * `model download` of a branch: 3.5× `node -e ''` with node's fetch, 1.7× through node:http, where a curl of the
 * same call takes 1–3 ms. Node exits only once the compile of llhttp's WebAssembly, started in the background,
 * is over, so even the idle time after the last request counted.
 *
 * What it does of fetch: method, headers (a record, pairs or a Headers), a string or bytes body, the signal (an
 * abort rejects with its reason, before or during the body), redirects as fetch follows them (303 becomes a GET;
 * Authorization is dropped once a hop leaves the origin it was given for; `redirect: 'manual'` returns the 3xx),
 * gzip/deflate/br bodies (asked for only when the caller asks), keep-alive connections that never hold the process
 * open. A connection failure rejects as fetch's does: TypeError "fetch failed" with the socket's error as cause.
 * The response is a Response in all a caller reads: status, ok, headers.get/has/forEach, url, redirected, json(),
 * text(), arrayBuffer(), bytes(), blob(), and `body` as a web ReadableStream (made only when asked for).
 * Anything else (a Request object, a stream or form body) goes to node's fetch.
 */
export function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const simpleBody = init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array || init.body instanceof ArrayBuffer;
  if ((typeof input !== 'string' && !(input instanceof URL)) || !simpleBody) return fetch(input, init);
  let url: URL;
  try {
    url = new URL(input);
  } catch (error) {
    return Promise.reject(new TypeError(`Failed to parse URL from ${String(input)}`, { cause: error }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fetch(input, init);
  const body = init.body === undefined || init.body === null ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body as ArrayBuffer);
  return send({ url, method: (init.method ?? 'GET').toUpperCase(), headers: headerRecord(init.headers), body, signal: init.signal ?? undefined, redirect: init.redirect ?? 'follow', redirects: 0 });
}

/** fetch's limit. */
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Idle sockets of a keep-alive agent are unref'd by node: they never keep the process alive.
const httpAgent = new HttpAgent({ keepAlive: true });
/** node:https (and with it node:tls), loaded for the first https URL. */
let https: Promise<{ request: typeof import('node:https').request; agent: HttpsAgent }> | undefined;
const loadHttps = () => (https ??= import('node:https').then((loaded) => ({ request: loaded.request, agent: new loaded.Agent({ keepAlive: true }) })));
/** node:zlib, loaded for the first compressed body. */
let zlib: Promise<typeof import('node:zlib')> | undefined;

interface Outgoing {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  signal?: AbortSignal;
  redirect: RequestRedirect;
  redirects: number;
}

async function send(request: Outgoing): Promise<Response> {
  const { url, signal } = request;
  if (signal?.aborted) throw signal.reason;
  const secure = url.protocol === 'https:';
  const client = secure ? await loadHttps() : { request: httpRequest, agent: httpAgent };
  if (signal?.aborted) throw signal.reason;
  return new Promise<Response>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    const has = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);
    if (!has('user-agent')) headers['user-agent'] = USER_AGENT;
    if (!has('accept')) headers.accept = '*/*';
    if (request.body && !has('content-length')) headers['content-length'] = String(request.body.length);
    const outgoing = client.request(url, { method: request.method, headers, agent: client.agent });
    const onAbort = () => {
      outgoing.destroy(signal!.reason);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    outgoing.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    });
    outgoing.on('response', (incoming) => {
      const status = incoming.statusCode ?? 0;
      const location = incoming.headers.location;
      if (REDIRECTS.has(status) && location && request.redirect !== 'manual') {
        incoming.resume();
        signal?.removeEventListener('abort', onAbort);
        if (request.redirect === 'error') return reject(new TypeError('fetch failed', { cause: new Error(`redirected (HTTP ${status}) with redirect: "error"`) }));
        if (request.redirects >= MAX_REDIRECTS) return reject(new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }));
        let next: URL;
        try {
          next = new URL(location, url);
        } catch (error) {
          return reject(new TypeError('fetch failed', { cause: error }));
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return reject(new TypeError('fetch failed', { cause: new Error(`a redirect to a ${next.protocol} URL`) }));
        const toGet = status === 303 ? request.method !== 'HEAD' : (status === 301 || status === 302) && request.method === 'POST';
        const keep = Object.entries(request.headers).filter(([name]) => {
          const lower = name.toLowerCase();
          if (lower === 'authorization' && next.origin !== url.origin) return false;
          return !(toGet && (lower === 'content-type' || lower === 'content-length'));
        });
        return resolve(send({ ...request, url: next, headers: Object.fromEntries(keep), method: toGet ? 'GET' : request.method, body: toGet ? undefined : request.body, redirects: request.redirects + 1 }));
      }
      // From here the signal aborts the body (it stays subscribed until the body ends).
      incoming.once('close', () => signal?.removeEventListener('abort', onAbort));
      const encoding = incoming.headers['content-encoding']?.trim().toLowerCase();
      const answer = (decoder?: Transform) => resolve(new HttpResponse({ incoming, decoder, url: url.href, redirected: request.redirects > 0, method: request.method, signal }) as unknown as Response);
      if (!encoding || encoding === 'identity' || request.method === 'HEAD') return answer();
      incoming.pause();
      (zlib ??= import('node:zlib')).then((loaded) => answer(decoderFor(loaded, encoding)), reject);
    });
    outgoing.end(request.body);
  });
}

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  const add = (name: string, value: string) => {
    const key = Object.keys(record).find((existing) => existing.toLowerCase() === name.toLowerCase()) ?? name;
    record[key] = key in record ? `${record[key]}, ${value}` : String(value);
  };
  // Duck-typed: testing `instanceof Headers` would load node's fetch, which this file exists to avoid.
  if (typeof (headers as Headers).forEach === 'function' && !Array.isArray(headers)) (headers as Headers).forEach((value, name) => add(name, value));
  else if (Array.isArray(headers)) for (const [name, value] of headers) add(name, value);
  else for (const [name, value] of Object.entries(headers)) if (value !== undefined) add(name, value);
  return record;
}

/** The response headers, read as fetch's Headers are (names case-insensitive, repeated values joined by ", "). */
class ResponseHeaders {
  private readonly map = new Map<string, string>();
  constructor(incoming: IncomingMessage) {
    const raw = incoming.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const previous = this.map.get(name);
      this.map.set(name, previous === undefined ? raw[i + 1] : `${previous}, ${raw[i + 1]}`);
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void {
    for (const [name, value] of [...this.map].sort(([a], [b]) => (a < b ? -1 : 1))) callback(value, name, this);
  }
  *entries(): IterableIterator<[string, string]> {
    yield* [...this.map].sort(([a], [b]) => (a < b ? -1 : 1));
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

class HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly url: string;
  readonly redirected: boolean;
  readonly type = 'basic';
  private readonly source: Readable | undefined;
  private readonly socket: import('node:net').Socket | undefined;
  private stream: ReadableStream<Uint8Array> | null | undefined;
  private used = false;

  constructor(params: { incoming: IncomingMessage; decoder?: Transform; url: string; redirected: boolean; method: string; signal?: AbortSignal }) {
    const { incoming } = params;
    this.status = incoming.statusCode ?? 0;
    this.statusText = incoming.statusMessage ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new ResponseHeaders(incoming);
    this.url = params.url;
    this.redirected = params.redirected;
    // A body nobody reads (@huggingface/hub's Range 0-0 probes read only the headers) must not hold the process
    // open until the server drops the connection: the socket counts for the event loop again only once the body is
    // asked for, until it ends (the agent then keeps it unref'd in its pool, and refs it when it is reused).
    this.socket = incoming.socket ?? undefined;
    this.socket?.unref();
    // Node's http client calls a body cut short (reset, or closed before Content-Length) "aborted": say what happened.
    // (Listening first, the message is changed before any reader of the body sees the error.)
    incoming.on('error', (error) => {
      if (error.message === 'aborted') error.message = 'the connection closed before the body ended';
    });
    const nullBody = params.method === 'HEAD' || this.status === 204 || this.status === 304;
    if (nullBody) {
      incoming.resume();
      this.source = undefined;
      return;
    }
    const decoder = params.decoder;
    if (decoder) {
      incoming.on('error', (error) => decoder.destroy(error));
      incoming.pipe(decoder);
      this.source = decoder;
    } else this.source = incoming;
    const signal = params.signal;
    if (signal) {
      const onAbort = () => this.source?.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.source.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.stream === undefined) {
      if (this.source) this.socket?.ref();
      this.stream = this.source ? (Readable.toWeb(this.source) as ReadableStream<Uint8Array>) : null;
    }
    return this.stream;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    if (!this.source) return new Uint8Array(0);
    this.socket?.ref();
    if (this.stream) {
      const parts: Uint8Array[] = [];
      for await (const part of this.stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
      return Buffer.concat(parts);
    }
    const parts: Buffer[] = [];
    for await (const part of this.source) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async blob(): Promise<Blob> {
    const { Blob } = await import('node:buffer');
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' }) as unknown as Blob;
  }

  clone(): never {
    throw new TypeError('this response cannot be cloned');
  }
}

function decoderFor(zlib: typeof import('node:zlib'), encoding: string): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}
