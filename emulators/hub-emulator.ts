/**
 * A loopback Hugging Face Hub: the HTTP API as @huggingface/hub (and huggingface_hub) use it, serving repos
 * made in code. Used by the tests, the demo and the benchmarks. See shared/PROTOCOLS.md for the facts it follows.
 * It emulates the protocol, not our client: revision info, paginated recursive trees (absolute Link headers),
 * resolve with ETag / X-Repo-Commit / Range, LFS files 302'd to a CDN on another loopback address, 404s with
 * X-Error-Code, and injectable faults (429 + Retry-After, 5xx, resets, truncation, wrong bytes, stalls).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createHttpsServer } from 'node:https';

export type RepoType = 'model' | 'dataset';

interface StoredFile {
  content: Buffer;
  oid: string;
  sha256: string;
  lfs: boolean;
}

interface Repo {
  type: RepoType;
  name: string;
  refs: Map<string, string>;
  commits: Map<string, Map<string, StoredFile>>;
  private: boolean;
  /** Extra JSON the repo-info answer carries (e.g. cardData). */
  info: Record<string, unknown>;
}

export type FaultKind = 'status' | 'reset' | 'truncate' | 'wrong-bytes' | 'stall';

export interface Fault {
  kind: FaultKind;
  /** Applies to requests whose path (decoded) matches. */
  match: RegExp;
  /** How many matching requests it hits; then it is spent. */
  times: number;
  status?: number;
  retryAfterSeconds?: number;
  /** Only GETs that send a body (not Range 0-0 probes) — the default for body faults. */
  bodyOnly?: boolean;
}

export interface RequestRecord {
  method: string;
  host: 'hub' | 'cdn';
  path: string;
  range?: string;
  status: number;
  bytesSent: number;
  authorized: boolean;
  /** The repo file a resolve or CDN request was for. */
  file?: string;
}

const LFS_EXTENSIONS = /\.(safetensors|bin|onnx|onnx_data|parquet|h5|msgpack|pt|ot|model|gguf|arrow)$/;

export interface HubEmulator {
  url: string;
  cdnUrl: string;
  /** Commit `files` as the new head of `branch` (default main); returns the commit sha. */
  commit(params: { type?: RepoType; name: string; files: Record<string, Buffer | string>; branch?: string; replace?: boolean; private?: boolean; info?: Record<string, unknown> }): string;
  /** Point a ref (branch, tag, or e.g. refs/convert/parquet) at an existing commit or a new one made of `files`. */
  setRef(params: { type?: RepoType; name: string; ref: string; sha?: string; files?: Record<string, Buffer | string> }): string;
  injectFault(fault: Partial<Fault> & Pick<Fault, 'kind' | 'match'>): void;
  clearFaults(): void;
  requests: RequestRecord[];
  /** Full-content GETs (not probes) of a file, counted by repo path. */
  fileDownloads(path: string): number;
  bytesServed(filter?: (record: RequestRecord) => boolean): number;
  /** Tokens the emulator accepts for private repos. */
  acceptToken(token: string): void;
  /** Per-connection bandwidth cap in bytes/s for file bodies (0 = none). */
  setBandwidth(bytesPerSecond: number): void;
  /** Paging of tree listings. */
  setPageSize(entries: number): void;
  close(): Promise<void>;
}

const sha1 = (data: Buffer | string) => createHash('sha1').update(data).digest('hex');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export async function startHubEmulator(
  params: {
    host?: string;
    cdnHost?: string;
    /** Host names its URLs carry instead of the addresses it listens on (names only a test proxy resolves). */
    advertised?: { host: string; cdnHost: string };
    /** Serve both the Hub and the CDN over HTTPS, as huggingface.co does (clients then need the CA). */
    tls?: { key: string | Buffer; cert: string | Buffer };
  } = {},
): Promise<HubEmulator> {
  const repos = new Map<string, Repo>();
  const faults: Fault[] = [];
  const requests: RequestRecord[] = [];
  const tokens = new Set<string>();
  const blobs = new Map<string, Buffer>();
  let bandwidth = 0;
  let pageSize = 50;
  const sockets = new Set<Socket>();
  let commitCounter = 0;
  const requestFile = new WeakMap<IncomingMessage, string>();

  const repoKey = (type: RepoType, name: string) => `${type}:${name}`;
  const getRepo = (type: RepoType, name: string, isPrivate = false): Repo => {
    let repo = repos.get(repoKey(type, name));
    if (!repo) {
      repo = { type, name, refs: new Map(), commits: new Map(), private: isPrivate, info: {} };
      repos.set(repoKey(type, name), repo);
    }
    return repo;
  };
  const storeFiles = (repo: Repo, files: Record<string, Buffer | string>, base?: Map<string, StoredFile>): string => {
    const tree = new Map(base ?? []);
    for (const [path, data] of Object.entries(files)) {
      const content = Buffer.isBuffer(data) ? data : Buffer.from(data);
      const stored: StoredFile = {
        content,
        oid: sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content])),
        sha256: sha256(content),
        lfs: LFS_EXTENSIONS.test(path) || content.length > 10 * 1024 * 1024,
      };
      if (stored.lfs) blobs.set(stored.sha256, content);
      tree.set(path, stored);
    }
    const sha = sha1(`${repo.type}:${repo.name}:${commitCounter++}:${[...tree.entries()].map(([p, f]) => `${p}=${f.oid}`).join(',')}`);
    repo.commits.set(sha, tree);
    return sha;
  };

  const resolveRef = (repo: Repo, rev: string): string | undefined => {
    if (repo.commits.has(rev)) return rev;
    return repo.refs.get(rev);
  };

  const takeFault = (path: string, isBody: boolean): Fault | undefined => {
    const index = faults.findIndex((fault) => fault.match.test(path) && (!(fault.bodyOnly ?? fault.kind !== 'status') || isBody));
    if (index < 0) return undefined;
    const fault = faults[index];
    if (--fault.times <= 0) faults.splice(index, 1);
    return fault;
  };

  const authorized = (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') && tokens.has(header.slice(7));
  };

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
    return Buffer.byteLength(text);
  }
  const notFound = (res: ServerResponse, code: string, message: string) => sendJson(res, 404, { error: message }, { 'X-Error-Code': code });

  /** Splits "a/b/<marker>/rest" for 1- or 2-part repo names. */
  function splitRepo(segments: string[], marker: string): { name: string; rest: string[] } | undefined {
    for (const parts of [2, 1]) {
      if (segments[parts] === marker) return { name: segments.slice(0, parts).join('/'), rest: segments.slice(parts + 1) };
    }
    return undefined;
  }

  /** Revisions in tree URLs are not encoded by the JS client: match known refs as prefixes. */
  function splitRevision(repo: Repo, rest: string[]): { rev: string; path: string[] } {
    const joined = rest.join('/');
    const refs = [...repo.refs.keys()].sort((a, b) => b.length - a.length);
    for (const ref of refs) {
      if (joined === ref || joined.startsWith(`${ref}/`)) return { rev: ref, path: joined.slice(ref.length + 1).split('/').filter(Boolean) };
    }
    return { rev: rest[0] ?? '', path: rest.slice(1) };
  }

  function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
    const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
    if (!match) return undefined;
    let start: number;
    let end: number;
    if (match[1] === '') {
      start = Math.max(0, size - Number(match[2]));
      end = size - 1;
    } else {
      start = Number(match[1]);
      end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    }
    if (start > end || start >= size) return undefined;
    return { start, end };
  }

  async function sendContent(req: IncomingMessage, res: ServerResponse, content: Buffer, headers: Record<string, string>, path: string): Promise<number> {
    const range = parseRange(req.headers.range, content.length);
    const isProbe = range !== undefined && range.start === 0 && range.end === 0;
    const fault = takeFault(path, !isProbe && req.method !== 'HEAD');
    if (fault?.kind === 'status') {
      return sendJson(res, fault.status ?? 500, { error: `injected ${fault.status ?? 500}` }, fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {});
    }
    let body = range ? content.subarray(range.start, range.end + 1) : content;
    const status = range ? 206 : 200;
    const responseHeaders: Record<string, string> = { 'Accept-Ranges': 'bytes', 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length), ...headers };
    if (range) responseHeaders['Content-Range'] = `bytes ${range.start}-${range.end}/${content.length}`;
    res.writeHead(status, responseHeaders);
    if (req.method === 'HEAD') {
      res.end();
      return 0;
    }
    if (fault?.kind === 'wrong-bytes') {
      body = Buffer.from(body);
      for (let i = 0; i < body.length; i += 97) body[i] ^= 0xff;
    }
    const half = Math.floor(body.length / 2);
    if (fault?.kind === 'reset') {
      await writeThrottled(res, body.subarray(0, half));
      res.socket?.destroy();
      return half;
    }
    if (fault?.kind === 'truncate') {
      await writeThrottled(res, body.subarray(0, half));
      res.socket?.end();
      return half;
    }
    if (fault?.kind === 'stall') {
      await writeThrottled(res, body.subarray(0, half));
      return half; // never ends; the client must give up
    }
    await writeThrottled(res, body);
    res.end();
    return body.length;
  }

  async function writeThrottled(res: ServerResponse, body: Buffer): Promise<void> {
    if (bandwidth <= 0) {
      if (!res.write(body)) await new Promise((resolve) => res.once('drain', resolve));
      return;
    }
    const chunk = Math.max(1024, Math.floor(bandwidth / 20));
    for (let offset = 0; offset < body.length && !res.destroyed; offset += chunk) {
      const started = Date.now();
      const piece = body.subarray(offset, offset + chunk);
      if (!res.write(piece)) await new Promise((resolve) => res.once('drain', resolve));
      const wait = (piece.length / bandwidth) * 1000 - (Date.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  let hubUrl = '';
  let cdnUrl = '';

  async function handleHub(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', hubUrl);
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const path = segments.join('/');
    if (segments[0] === 'api' && (segments[1] === 'models' || segments[1] === 'datasets')) {
      const type: RepoType = segments[1] === 'models' ? 'model' : 'dataset';
      const rest = segments.slice(2);
      const statusFault = takeFault(path, false);
      if (statusFault?.kind === 'status') {
        return sendJson(res, statusFault.status ?? 500, { error: 'injected' }, statusFault.retryAfterSeconds !== undefined ? { 'Retry-After': String(statusFault.retryAfterSeconds) } : {});
      }
      const parquetListing = type === 'dataset' ? splitRepo(rest, 'parquet') : undefined;
      if (parquetListing) return handleParquetListing(req, res, parquetListing);
      for (const marker of ['revision', 'tree']) {
        const split = splitRepo(rest, marker);
        if (!split) continue;
        const repo = repos.get(repoKey(type, split.name));
        if (!repo || (repo.private && !authorized(req))) return notFound(res, 'RepoNotFound', 'Repository not found');
        if (marker === 'revision') {
          const rev = split.rest.join('/') || 'main';
          const sha = resolveRef(repo, rev);
          if (!sha) return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
          return sendJson(res, 200, {
            _id: sha1(repo.name).slice(0, 24),
            id: repo.name,
            private: repo.private,
            gated: false,
            disabled: false,
            downloads: 0,
            likes: 0,
            lastModified: new Date(0).toISOString(),
            sha,
            siblings: [...repo.commits.get(sha)!.keys()].map((rfilename) => ({ rfilename })),
            tags: [],
            ...repo.info,
          });
        }
        const { rev, path: dirParts } = splitRevision(repo, split.rest);
        const sha = resolveRef(repo, rev);
        if (!sha) return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
        const prefix = dirParts.join('/');
        const recursive = url.searchParams.get('recursive') === 'true';
        const entries = treeEntries(repo.commits.get(sha)!, prefix, recursive);
        if (prefix && entries.length === 0) return notFound(res, 'EntryNotFound', `${prefix} does not exist`);
        const cursor = Number(url.searchParams.get('cursor') ?? 0);
        const page = entries.slice(cursor, cursor + pageSize);
        const headers: Record<string, string> = {};
        if (cursor + pageSize < entries.length) {
          const next = new URL(url);
          next.searchParams.set('cursor', String(cursor + pageSize));
          headers.Link = `<${next.href}>; rel="next"`;
        }
        return sendJson(res, 200, page, headers);
      }
      return notFound(res, 'EntryNotFound', 'Unknown API route');
    }
    const isDataset = segments[0] === 'datasets';
    const repoSegments = isDataset ? segments.slice(1) : segments;
    const split = splitRepo(repoSegments, 'resolve');
    if (split) {
      const repo = repos.get(repoKey(isDataset ? 'dataset' : 'model', split.name));
      if (!repo || (repo.private && !authorized(req))) return notFound(res, 'RepoNotFound', 'Repository not found');
      // Resolve URLs encode the revision (refs%2Fconvert%2Fparquet): the first segment after decoding.
      const { rev, path: fileParts } = splitRevision(repo, split.rest);
      const sha = resolveRef(repo, rev);
      if (!sha) return notFound(res, 'RevisionNotFound', `Invalid rev id: ${rev}`);
      requestFile.set(req, fileParts.join('/'));
      const file = repo.commits.get(sha)!.get(fileParts.join('/'));
      if (!file) return notFound(res, 'EntryNotFound', `${fileParts.join('/')} does not exist at ${rev}`);
      if (file.lfs) {
        const statusFault = takeFault(path, false);
        if (statusFault?.kind === 'status') return sendJson(res, statusFault.status ?? 500, { error: 'injected' }, statusFault.retryAfterSeconds !== undefined ? { 'Retry-After': String(statusFault.retryAfterSeconds) } : {});
        res.writeHead(302, {
          Location: `${cdnUrl}/lfs/${file.sha256}?path=${encodeURIComponent(fileParts.join('/'))}&X-Amz-Signature=emulated`,
          'X-Linked-Etag': `"${file.sha256}"`,
          'X-Linked-Size': String(file.content.length),
          'X-Repo-Commit': sha,
          ETag: `"${file.sha256}"`,
          'Content-Length': '0',
        });
        res.end();
        return 0;
      }
      return sendContent(req, res, file.content, { ETag: `"${file.oid}"`, 'X-Repo-Commit': sha }, path);
    }
    return notFound(res, 'EntryNotFound', 'Unknown route');
  }

  /**
   * The datasets parquet listing: `/api/datasets/{id}/parquet` → {config: {split: [urls]}}, `…/parquet/{config}`
   * → {split: [urls]}, `…/parquet/{config}/{split}` → [urls]; each URL `…/{n}.parquet` redirects to the file on
   * refs/convert/parquet (partial splits live under partial-{split}/).
   */
  function handleParquetListing(req: IncomingMessage, res: ServerResponse, listing: { name: string; rest: string[] }): number {
    const repo = repos.get(repoKey('dataset', listing.name));
    if (!repo || (repo.private && !authorized(req))) return notFound(res, 'RepoNotFound', 'Repository not found');
    const sha = repo.refs.get('refs/convert/parquet');
    if (!sha) return notFound(res, 'RevisionNotFound', 'Invalid rev id: refs/convert/parquet');
    const tree = repo.commits.get(sha)!;
    const layout = new Map<string, Map<string, string[]>>();
    for (const path of [...tree.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      const parts = path.split('/');
      if (parts.length !== 3 || !parts[2].endsWith('.parquet')) continue;
      const split = parts[1].replace(/^partial-/, '');
      if (!layout.has(parts[0])) layout.set(parts[0], new Map());
      const splits = layout.get(parts[0])!;
      if (!splits.has(split)) splits.set(split, []);
      splits.get(split)!.push(path);
    }
    const base = `${hubUrl}/api/datasets/${listing.name}/parquet`;
    const urls = (config: string, split: string) => layout.get(config)!.get(split)!.map((_, n) => `${base}/${config}/${split}/${n}.parquet`);
    const [config, split, file] = listing.rest;
    if (config !== undefined && !layout.has(config)) return notFound(res, 'EntryNotFound', `config ${config} not found`);
    if (split !== undefined && !layout.get(config)!.has(split)) return notFound(res, 'EntryNotFound', `split ${split} not found`);
    if (file !== undefined) {
      const index = /^(\d+)\.parquet$/.exec(file);
      const path = index ? layout.get(config)!.get(split)![Number(index[1])] : undefined;
      if (!path) return notFound(res, 'EntryNotFound', `${file} not found`);
      const encodedPath = path.split('/').map(encodeURIComponent).join('/');
      res.writeHead(302, { Location: `${hubUrl}/datasets/${listing.name}/resolve/${encodeURIComponent('refs/convert/parquet')}/${encodedPath}`, 'Content-Length': '0' });
      res.end();
      return 0;
    }
    if (split !== undefined) return sendJson(res, 200, urls(config, split));
    const splitsOf = (name: string) => Object.fromEntries([...layout.get(name)!.keys()].map((s) => [s, urls(name, s)]));
    if (config !== undefined) return sendJson(res, 200, splitsOf(config));
    return sendJson(res, 200, Object.fromEntries([...layout.keys()].map((name) => [name, splitsOf(name)])));
  }

  function treeEntries(tree: Map<string, StoredFile>, prefix: string, recursive: boolean) {
    const dirs = new Set<string>();
    const out: Record<string, unknown>[] = [];
    for (const [path, file] of [...tree.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (prefix && !path.startsWith(`${prefix}/`)) continue;
      const relative = prefix ? path.slice(prefix.length + 1) : path;
      const parts = relative.split('/');
      for (let depth = 1; depth < parts.length; depth++) {
        if (!recursive && depth > 1) break;
        dirs.add([prefix, ...parts.slice(0, depth)].filter(Boolean).join('/'));
      }
      if (!recursive && parts.length > 1) continue;
      out.push({
        type: 'file',
        oid: file.oid,
        size: file.content.length,
        path,
        ...(file.lfs ? { lfs: { oid: file.sha256, size: file.content.length, pointerSize: 134 } } : {}),
      });
    }
    return [...[...dirs].sort().map((path) => ({ type: 'directory', oid: sha1(path), size: 0, path })), ...out];
  }

  async function handleCdn(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', cdnUrl);
    const match = /^\/lfs\/([0-9a-f]{64})$/.exec(url.pathname);
    const blob = match && blobs.get(match[1]);
    requestFile.set(req, url.searchParams.get('path') ?? '');
    if (!blob) {
      res.writeHead(404).end();
      return 0;
    }
    return sendContent(req, res, blob, { ETag: `"${match[1]}"` }, url.searchParams.get('path') ?? '');
  }

  const makeServer = (host: 'hub' | 'cdn') =>
    (params.tls ? createHttpsServer({ key: params.tls.key, cert: params.tls.cert }) : createServer()).on('request', (req: IncomingMessage, res: ServerResponse) => {
      // Recorded when the request arrives, so a stalled response is visible while it stalls.
      const record: RequestRecord = {
        method: req.method ?? 'GET',
        host,
        path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
        range: req.headers.range,
        status: 0,
        bytesSent: 0,
        authorized: authorized(req),
      };
      requests.push(record);
      const handler = host === 'hub' ? handleHub : handleCdn;
      handler(req, res).then(
        (bytesSent) => {
          record.status = res.statusCode;
          record.bytesSent = bytesSent;
          record.file = requestFile.get(req);
        },
        (error: unknown) => {
          if (!res.headersSent) sendJson(res, 500, { error: String(error) });
          else res.destroy();
        },
      );
      res.on('close', () => {
        record.status ||= res.statusCode;
        record.file ??= requestFile.get(req);
      });
    }).on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });

  const listen = (server: Server, host: string) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
    });

  const hubServer = makeServer('hub');
  const cdnServer = makeServer('cdn');
  const hubHost = params.host ?? '127.0.0.1';
  const cdnHost = params.cdnHost ?? '127.0.0.2';
  const scheme = params.tls ? 'https' : 'http';
  hubUrl = `${scheme}://${params.advertised?.host ?? hubHost}:${await listen(hubServer, hubHost)}`;
  cdnUrl = `${scheme}://${params.advertised?.cdnHost ?? cdnHost}:${await listen(cdnServer, cdnHost)}`;

  return {
    url: hubUrl,
    cdnUrl,
    commit({ type = 'model', name, files, branch = 'main', replace = false, private: isPrivate, info }) {
      const repo = getRepo(type, name, isPrivate);
      if (info) repo.info = info;
      const head = repo.refs.get(branch);
      const sha = storeFiles(repo, files, replace || !head ? undefined : repo.commits.get(head));
      repo.refs.set(branch, sha);
      return sha;
    },
    setRef({ type = 'model', name, ref, sha, files }) {
      const repo = getRepo(type, name);
      const target = sha ?? storeFiles(repo, files ?? {});
      repo.refs.set(ref, target);
      return target;
    },
    injectFault(fault) {
      faults.push({ times: 1, ...fault });
    },
    clearFaults() {
      faults.length = 0;
    },
    requests,
    fileDownloads(path) {
      return requests.filter((r) => r.file === path && r.method === 'GET' && (r.status === 200 || r.status === 206) && r.range !== 'bytes=0-0').length;
    },
    bytesServed(filter) {
      return requests.filter(filter ?? (() => true)).reduce((sum, r) => sum + r.bytesSent, 0);
    },
    acceptToken(token) {
      tokens.add(token);
    },
    setBandwidth(bytesPerSecond) {
      bandwidth = bytesPerSecond;
    },
    setPageSize(entries) {
      pageSize = entries;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([hubServer, cdnServer].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
