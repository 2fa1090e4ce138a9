/**
 * A loopback GitHub Actions cache service, v2: what @actions/cache 6 speaks on github.com (shared/PROTOCOLS.md).
 * Twirp JSON (snake_case) at /twirp/github.actions.results.api.v1.CacheService/{CreateCacheEntry,
 * FinalizeCacheEntryUpload, GetCacheEntryDownloadURL}, 409 already_exists for a key+version that exists, and
 * Azure-blob-style signed URLs: PUT with x-ms-blob-type: BlockBlob (one shot), PUT ?comp=block and
 * ?comp=blocklist (large archives), GET to download (whole, or a `Range` / `x-ms-range` of it, as a resume asks). Blobs are kept as files so large archives keep memory flat,
 * or in memory (`memory: true`) where the service's storage must not cost the runner's disk (the benchmark).
 * Used by the tests, the benchmark and anyone who wants to try the cache tiers offline.
 *
 * Point @actions/cache at it with `emulator.env` (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL,
 * ACTIONS_RUNTIME_TOKEN) plus RUNNER_TEMP, and leave GITHUB_SERVER_URL unset.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

export type CacheTwirpMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';

export interface CacheRequestRecord {
  method: string;
  /** twirp: a service call; upload: a PUT to a signed URL; download: a GET of an archive. */
  kind: 'twirp' | 'upload' | 'download' | 'other';
  /** The twirp method, or the blob operation (BlockBlob, block, blocklist, get). */
  operation: string;
  key?: string;
  status: number;
  /** Body bytes received (uploads) or sent (downloads). */
  bytes: number;
  /** downloads: the byte range asked for (`x-ms-range` or `Range`), when one was. */
  range?: string;
}

export interface CacheEntryInfo {
  key: string;
  version: string;
  /** Archive size once uploaded. */
  size: number;
  finalized: boolean;
}

export interface CacheFault {
  /** A twirp method, or "upload" / "download" for the blob URLs. */
  target: CacheTwirpMethod | 'upload' | 'download';
  /** The error status to answer with; ignored when `cutAfterBytes` is set. */
  status: number;
  /** download only: send the headers and this many body bytes, then drop the connection (a reset mid-transfer). */
  cutAfterBytes?: number;
  /** How many matching requests it hits; then it is spent. */
  times?: number;
}

export interface ActionsCacheEmulator {
  /** ACTIONS_RESULTS_URL. */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN the service accepts. */
  token: string;
  /** The variables that make @actions/cache speak v2 to this emulator. */
  env: Record<string, string>;
  requests: CacheRequestRecord[];
  entries(): CacheEntryInfo[];
  /** Flip bytes inside a finalized entry's stored archive (size unchanged), as a damaged blob would be. */
  corruptEntry(key: string): Promise<void>;
  /** Forget every entry, as if the repository's caches were deleted. */
  clear(): Promise<void>;
  injectFault(fault: CacheFault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/** Stored bytes of an upload: a file, or chunks in memory. */
interface Part {
  path?: string;
  chunks?: Buffer[];
  size: number;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  signature: string;
  /** Archive parts in order: one for a one-shot upload, one per block after a block list commit. */
  parts: Part[];
  size: number;
  /** Blocks staged but not yet committed, by block id. */
  staged: Map<string, Part>;
  finalized: boolean;
  createdAt: number;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` over a blob of `size` bytes: inclusive [start, end], or no range at all. */
function parseRange(header: string | string[] | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = typeof header === 'string' ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] = match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start >= size || start > end ? 'unsatisfiable' : [start, end];
}

/**
 * `tls` serves everything over HTTPS with that key and certificate, as github.com's service and Azure's blob
 * storage are (clients then need the certificate's CA, e.g. NODE_EXTRA_CA_CERTS).
 */
export async function startActionsCacheEmulator(
  params: {
    host?: string;
    /** The host name its URLs carry instead of the address it listens on (a name only a test proxy resolves). */
    advertisedHost?: string;
    storageDir?: string;
    memory?: boolean;
    tls?: { key: string | Buffer; cert: string | Buffer };
  } = {},
): Promise<ActionsCacheEmulator> {
  const storage = params.storageDir ?? (await mkdtemp(join(tmpdir(), 'me-actions-cache-')));
  const ownsStorage = params.storageDir === undefined;
  await mkdir(storage, { recursive: true });
  const token = `emulated-runtime-token-${randomBytes(8).toString('hex')}`;
  const entries: Entry[] = [];
  const requests: CacheRequestRecord[] = [];
  const faults: (CacheFault & { times: number })[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1;
  let baseUrl = '';

  const takeFault = (target: CacheFault['target']) => {
    const index = faults.findIndex((fault) => fault.target === target);
    if (index < 0) return undefined;
    const fault = faults[index];
    if (--fault.times <= 0) faults.splice(index, 1);
    return fault;
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };

  const readBody = async (req: IncomingMessage, limit = 1024 * 1024): Promise<string> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new TwirpError(400, 'invalid_argument', 'request body too large');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  };

  const blobUrl = (entry: Entry) => `${baseUrl}/${ACCOUNT}/${CONTAINER}/${entry.id}?sv=2024-11-04&sr=b&sp=rcw&sig=${entry.signature}`;
  const finalized = (key: string, version: string) => entries.find((entry) => entry.finalized && entry.key === key && entry.version === version);

  async function handleTwirp(method: string, req: IncomingMessage, res: ServerResponse, record: CacheRequestRecord) {
    if (req.method !== 'POST') throw new TwirpError(404, 'bad_route', `no ${req.method} route for ${method}`);
    if (req.headers.authorization !== `Bearer ${token}`) throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof TwirpError) throw error;
      throw new TwirpError(400, 'malformed', 'the request body is not JSON');
    }
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    record.key = key;
    const fault = takeFault(method as CacheTwirpMethod);
    if (fault) throw new TwirpError(fault.status, fault.status >= 500 ? 'internal' : 'permission_denied', `injected ${fault.status}`);
    if (key === '' || key.length > 512 || key.includes(',')) throw new TwirpError(400, 'invalid_argument', 'key must be 1-512 characters without commas');
    if (!/^[0-9a-f]{64}$/.test(version)) throw new TwirpError(400, 'invalid_argument', 'version must be a sha256 hex digest');

    if (method === 'CreateCacheEntry') {
      if (entries.some((entry) => entry.key === key && entry.version === version)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: Entry = {
        id: nextId++,
        key,
        version,
        signature: randomBytes(16).toString('hex'),
        parts: [],
        size: 0,
        staged: new Map(),
        finalized: false,
        createdAt: Date.now(),
      };
      entries.push(entry);
      return sendJson(res, 200, { ok: true, signed_upload_url: blobUrl(entry) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((candidate) => !candidate.finalized && candidate.key === key && candidate.version === version);
      if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry is being uploaded for this key and version');
      if (entry.parts.length === 0) throw new TwirpError(400, 'failed_precondition', 'nothing was uploaded for this entry');
      if (String(body.size_bytes) !== String(entry.size)) {
        throw new TwirpError(400, 'invalid_argument', `size_bytes ${String(body.size_bytes)} does not match the ${entry.size} bytes uploaded`);
      }
      entry.finalized = true;
      return sendJson(res, 200, { ok: true, entry_id: String(entry.id) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.filter((item): item is string => typeof item === 'string') : [];
      const candidates = entries.filter((entry) => entry.finalized && entry.version === version).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
      // GitHub's documented matching: the exact key, then the newest entry whose key starts with it, then each restore key the same way.
      let match: Entry | undefined;
      for (const wanted of [key, ...restoreKeys]) {
        match = candidates.find((entry) => entry.key === wanted) ?? candidates.find((entry) => entry.key.startsWith(wanted));
        if (match) break;
      }
      if (!match) return sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
      return sendJson(res, 200, { ok: true, signed_download_url: blobUrl(match), matched_key: match.key });
    }
    throw new TwirpError(404, 'bad_route', `no handler for ${SERVICE}/${method}`);
  }

  const azureError = (res: ServerResponse, status: number, code: string, message: string) => {
    const text = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(text), 'x-ms-error-code': code });
    res.end(text);
  };

  const azureCreated = (res: ServerResponse, extra: Record<string, string> = {}) => {
    res.writeHead(201, {
      ETag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'Last-Modified': new Date().toUTCString(),
      'x-ms-request-id': randomBytes(16).toString('hex'),
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
      Date: new Date().toUTCString(),
      'Content-Length': '0',
      ...extra,
    });
    res.end();
  };

  /**
   * Memory of cleared entries, kept for uploads of the same size (the benchmark's 16 MiB blocks): a real service's
   * storage costs the runner nothing, and first-touch page faults on fresh buffers were a third of this process's
   * CPU per uploaded GiB.
   */
  const pool = new Map<number, Buffer[]>();
  const reusable = (size: number) => pool.get(size)?.pop() ?? Buffer.allocUnsafe(size);
  const recycle = (part: Part) => {
    const buffer = part.chunks?.length === 1 ? part.chunks[0] : undefined;
    if (!buffer || buffer.byteOffset !== 0 || buffer.length !== buffer.buffer.byteLength) return;
    pool.set(buffer.length, [...(pool.get(buffer.length) ?? []), buffer]);
  };

  /** Take a request body into storage. */
  const receive = async (req: IncomingMessage, path: string): Promise<Part> => {
    if (params.memory) {
      // One buffer per upload, filled as the body arrives (sized by Content-Length when given): a download then
      // writes a few large buffers rather than thousands of small ones, and no chunk list is kept or concatenated.
      const declared = Number(req.headers['content-length']);
      let buffer = Number.isSafeInteger(declared) && declared >= 0 ? reusable(declared) : Buffer.allocUnsafe(1024 * 1024);
      let size = 0;
      await new Promise<void>((resolve, reject) => {
        req.on('data', (chunk: Buffer) => {
          if (size + chunk.length > buffer.length) {
            const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, size + chunk.length));
            buffer.copy(grown, 0, 0, size);
            buffer = grown;
          }
          chunk.copy(buffer, size);
          size += chunk.length;
        });
        req.once('end', resolve);
        req.once('error', reject);
        req.once('aborted', () => reject(new Error('the upload was aborted')));
      });
      return { chunks: [buffer.subarray(0, size)], size };
    }
    await pipeline(req, createWriteStream(path));
    return { path, size: (await stat(path)).size };
  };

  async function handleBlob(id: number, url: URL, req: IncomingMessage, res: ServerResponse, record: CacheRequestRecord) {
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry || url.searchParams.get('sig') !== entry.signature) {
      req.resume();
      return azureError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request: signature mismatch');
    }
    record.key = entry.key;
    const entryDir = join(storage, String(entry.id));
    await mkdir(entryDir, { recursive: true });
    if (req.method === 'PUT') {
      record.kind = 'upload';
      const fault = takeFault('upload');
      if (fault) {
        req.resume();
        return azureError(res, fault.status, 'InjectedFault', `injected ${fault.status}`);
      }
      if (entry.finalized) {
        req.resume();
        return azureError(res, 409, 'BlobImmutable', 'the cache entry is finalized');
      }
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        record.operation = 'block';
        const blockId = url.searchParams.get('blockid');
        if (!blockId) {
          req.resume();
          return azureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
        }
        const path = join(entryDir, `block-${createHash('sha1').update(blockId).digest('hex')}`);
        const part = await receive(req, path);
        record.bytes = part.size;
        entry.staged.set(blockId, part);
        return azureCreated(res);
      }
      if (comp === 'blocklist') {
        record.operation = 'blocklist';
        const xml = await readBody(req);
        const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((match) => match[2]);
        const blocks = ids.map((blockId) => entry.staged.get(blockId));
        if (ids.length === 0 || blocks.some((block) => !block)) return azureError(res, 400, 'InvalidBlockList', 'the block list names a block that was not staged');
        entry.parts = blocks.map((block) => block!);
        entry.size = blocks.reduce((sum, block) => sum + block!.size, 0);
        return azureCreated(res);
      }
      if (comp !== null) {
        req.resume();
        return azureError(res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not supported here`);
      }
      record.operation = 'BlockBlob';
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        req.resume();
        return azureError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
      }
      const path = join(entryDir, 'blob');
      const part = await receive(req, path);
      record.bytes = part.size;
      entry.parts = [part];
      entry.size = part.size;
      return azureCreated(res);
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      record.kind = 'download';
      record.operation = 'get';
      const fault = takeFault('download');
      if (fault && fault.cutAfterBytes === undefined) return azureError(res, fault.status, 'InjectedFault', `injected ${fault.status}`);
      const cutAt = fault?.cutAfterBytes;
      if (!entry.finalized) return azureError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      // Azure honours `x-ms-range` (what @azure/storage-blob sends to resume a broken download) and `Range`.
      const asked = req.headers['x-ms-range'] ?? req.headers.range;
      if (typeof asked === 'string') record.range = asked;
      const range = parseRange(asked, entry.size);
      if (range === 'unsatisfiable') return azureError(res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
      const [start, end] = range ?? [0, entry.size - 1];
      const length = Math.max(0, end - start + 1);
      res.writeHead(range ? 206 : 200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(length),
        'Accept-Ranges': 'bytes',
        ETag: `"${entry.signature}"`,
        'Last-Modified': new Date(entry.createdAt).toUTCString(),
        'x-ms-blob-type': 'BlockBlob',
        ...(range ? { 'Content-Range': `bytes ${start}-${end}/${entry.size}` } : {}),
      });
      if (req.method === 'HEAD') return res.end();
      let offset = 0;
      for (const part of entry.parts) {
        const partStart = offset;
        offset += part.size;
        if (offset <= start || partStart > end) continue;
        const from = Math.max(start, partStart) - partStart;
        const to = Math.min(end, offset - 1) - partStart;
        const chunks = part.chunks ? [(part.chunks.length === 1 ? part.chunks[0] : Buffer.concat(part.chunks)).subarray(from, to + 1)] : createReadStream(part.path!, { start: from, end: to, highWaterMark: 1024 * 1024 });
        for await (const chunk of chunks) {
          let bytes = chunk as Buffer;
          if (cutAt !== undefined && record.bytes + bytes.length > cutAt) bytes = bytes.subarray(0, cutAt - record.bytes);
          record.bytes += bytes.length;
          if (!res.write(bytes)) await new Promise((resolve) => res.once('drain', resolve));
          if (cutAt !== undefined && record.bytes >= cutAt) {
            // Let the bytes leave, then reset the connection mid-body.
            await new Promise((resolve) => setTimeout(resolve, 20));
            res.socket?.resetAndDestroy();
            return;
          }
        }
      }
      return res.end();
    }
    req.resume();
    return azureError(res, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
  }

  const handler: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const record: CacheRequestRecord = { method: req.method ?? 'GET', kind: 'other', operation: '', status: 0, bytes: 0 };
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)$`).exec(url.pathname);
    let work: Promise<unknown>;
    if (twirp) {
      record.kind = 'twirp';
      record.operation = twirp[1];
      work = handleTwirp(twirp[1], req, res, record);
    } else if (blob) {
      work = handleBlob(Number(blob[1]), url, req, res, record);
    } else {
      req.resume();
      work = Promise.resolve(sendJson(res, 404, { code: 'bad_route', msg: `no route for ${url.pathname}` }));
    }
    work
      .catch((error: unknown) => {
        if (error instanceof TwirpError) return sendJson(res, error.status, { code: error.code, msg: error.message });
        if (!res.headersSent) return sendJson(res, 500, { code: 'internal', msg: String(error) });
        res.destroy();
      })
      .finally(() => {
        record.status = res.statusCode;
        requests.push(record);
      });
  };
  const server = (params.tls ? createHttpsServer({ key: params.tls.key, cert: params.tls.cert }, handler) : createServer(handler)).on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const host = params.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  baseUrl = `${params.tls ? 'https' : 'http'}://${params.advertisedHost ?? host}:${(server.address() as AddressInfo).port}`;

  return {
    url: `${baseUrl}/`,
    token,
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: `${baseUrl}/`, ACTIONS_RUNTIME_TOKEN: token },
    requests,
    entries: () => entries.map((entry) => ({ key: entry.key, version: entry.version, size: entry.size, finalized: entry.finalized })),
    async corruptEntry(key) {
      const entry = entries.find((candidate) => candidate.finalized && candidate.key === key);
      if (!entry) throw new Error(`no finalized cache entry with key ${key}`);
      // Damage the middle of the archive: the zstd frame and its checksum no longer agree.
      const part = entry.parts[Math.floor(entry.parts.length / 2)];
      const length = Math.min(4096, part.size);
      const at = Math.max(0, Math.floor(part.size / 2) - Math.floor(length / 2));
      if (part.chunks) {
        const whole = Buffer.concat(part.chunks);
        for (let i = at; i < at + length; i++) whole[i] ^= 0x5a;
        part.chunks = [whole];
        return;
      }
      const handle = await open(part.path!, 'r+');
      try {
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, at);
        for (let i = 0; i < length; i++) buffer[i] ^= 0x5a;
        await handle.write(buffer, 0, length, at);
      } finally {
        await handle.close();
      }
    },
    async clear() {
      for (const entry of entries) for (const part of new Set([...entry.parts, ...entry.staged.values()])) recycle(part);
      entries.length = 0;
      await rm(storage, { recursive: true, force: true });
      await mkdir(storage, { recursive: true });
    },
    injectFault(fault) {
      faults.push({ times: 1, ...fault });
    },
    clearFaults() {
      faults.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      if (ownsStorage) await rm(storage, { recursive: true, force: true });
    },
  };
}
