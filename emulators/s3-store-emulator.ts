/**
 * A loopback S3-compatible server for the store tier's tests, the demo and the benchmarks: s3rver (buckets,
 * multipart uploads, Range reads, HeadObject, ListObjectsV2 over the real wire protocol; it checks the access key
 * id) behind a thin proxy that checks the SigV4 signature against the S3RVER secret (which s3rver does not), counts
 * requests and bytes, and can inject the faults real object stores have: 503 SlowDown, 429, dropped connections.
 * Requests are forwarded byte for byte (the signature covers the Host header, which the proxy keeps).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createHash, createHmac } from 'node:crypto';
import { createServer, request as httpRequest, type ClientRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface StoreRequest {
  method: string;
  /** Path without the query, e.g. /bucket/prefix/blobs/sha256/ab/ab…. */
  path: string;
  query: string;
  status: number;
  bytesIn: number;
  bytesOut: number;
}

/** `stall`: hold the request unanswered until the client goes away (status -2), e.g. to SIGKILL a save at that request. */
export type StoreFault = { kind: 'status'; status: 429 | 500 | 503; code: string } | { kind: 'drop' } | { kind: 'stall' };

export interface S3StoreEmulator {
  /** The proxy's URL: give it as --store-endpoint. */
  endpoint: string;
  bucket: string;
  /** AWS_* variables a runner would have to reach it. */
  env: Record<string, string>;
  requests: StoreRequest[];
  /** Bytes of blob bodies PUT (single PUTs and multipart parts), as the server received them. */
  blobBytesUploaded(): number;
  /** The next `count` requests matching `match` (all when omitted) get `fault` instead of an answer. */
  inject(params: { fault: StoreFault; count: number; match?: (method: string, path: string) => boolean }): void;
  clearFaults(): void;
  /** Keys under `prefix`, sorted, read through the server itself (ListObjectsV2, not counted in `requests`). */
  listKeys(prefix: string): Promise<string[]>;
  /** Replace an object's bytes behind the tool's back (a tampered blob), or delete it (a lost manifest). */
  putObject(key: string, body: Buffer | string): Promise<void>;
  deleteObject(key: string): Promise<void>;
  close(): Promise<void>;
}

const SECRET = 'S3RVER';
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Does the request carry a valid SigV4 header signature for the S3RVER secret? (s3rver itself checks only the
 * access key id.) Returns why not, or undefined when it is valid, unsigned or for another key id (s3rver then
 * answers as S3 does).
 */
function signatureProblem(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  if (!authorization?.startsWith('AWS4-HMAC-SHA256 ')) return undefined;
  const fields = Object.fromEntries(authorization.slice('AWS4-HMAC-SHA256 '.length).split(/,\s*/).map((part) => part.split('=') as [string, string]));
  const [keyId, ...scopeParts] = (fields.Credential ?? '').split('/');
  // An unknown key id is s3rver's to refuse (InvalidAccessKeyId), as AWS checks the key before the signature.
  if (keyId !== 'S3RVER') return undefined;
  const [rawPath, rawQuery = ''] = (req.url ?? '/').split('?');
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [key, value = ''] = pair.split('=');
      return [rfc3986(decodeURIComponent(key)), rfc3986(decodeURIComponent(value.replace(/\+/g, '%20')))];
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const signed = (fields.SignedHeaders ?? '').split(';');
  const header = (name: string) => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');
  };
  const canonical = [req.method, rawPath, query, ...signed.map((name) => `${name}:${header(name)}`), '', fields.SignedHeaders, header('x-amz-content-sha256')].join('\n');
  const amzDate = header('x-amz-date');
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scopeParts.join('/'), createHash('sha256').update(canonical, 'utf8').digest('hex')].join('\n');
  const [date, region, service] = scopeParts;
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, date ?? ''), region ?? ''), service ?? ''), 'aws4_request');
  return hmac(key, toSign).toString('hex') === fields.Signature ? undefined : 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';
}

export async function startS3StoreEmulator(params: { bucket?: string } = {}): Promise<S3StoreEmulator> {
  const bucket = params.bucket ?? 'model-experiments-test';
  const directory = await mkdtemp(join(tmpdir(), 'me-s3rver-'));
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port: backendPort } = (await s3rver.run()) as AddressInfo;

  const requests: StoreRequest[] = [];
  let faults: { fault: StoreFault; count: number; match?: (method: string, path: string) => boolean }[] = [];
  const sockets = new Set<Socket>();
  const upstreams = new Set<ClientRequest>();
  let directClient: S3Client | undefined;
  const direct = async () =>
    (directClient ??= new S3Client({
      endpoint: `http://127.0.0.1:${backendPort}`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }));

  const proxy: Server = createServer((req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    const record: StoreRequest = { method: req.method ?? 'GET', path: decodeURIComponent(path), query, status: 0, bytesIn: 0, bytesOut: 0 };
    requests.push(record);
    const problem = signatureProblem(req);
    if (problem) {
      record.status = 403;
      req.resume();
      req.on('end', () => {
        res.writeHead(403, { 'Content-Type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>${problem}</Message></Error>`);
      });
      return;
    }
    const rule = faults.find((candidate) => candidate.count > 0 && (!candidate.match || candidate.match(record.method, record.path)));
    if (rule) {
      rule.count--;
      req.resume();
      if (rule.fault.kind === 'stall') {
        record.status = -2;
        return;
      }
      if (rule.fault.kind === 'drop') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      const { status, code } = rule.fault;
      record.status = status;
      req.on('end', () => {
        res.writeHead(status, { 'Content-Type': 'application/xml', ...(status === 429 ? { 'Retry-After': '0' } : {}) });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>Please reduce your request rate.</Message></Error>`);
      });
      return;
    }
    // No keep-alive to s3rver, and a client that goes away (a SIGKILLed save) takes its upstream request with it:
    // otherwise s3rver waits for the rest of that body, and its close() with it.
    const upstream = httpRequest({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers, agent: false }, (answer) => {
      record.status = answer.statusCode ?? 0;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => (record.bytesOut += chunk.length));
      answer.pipe(res);
    });
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('error', () => res.destroy());
    req.on('data', (chunk: Buffer) => (record.bytesIn += chunk.length));
    req.pipe(upstream);
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    endpoint,
    bucket,
    env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
    requests,
    blobBytesUploaded: () => requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/sha256/') && r.status >= 200 && r.status < 300).reduce((sum, r) => sum + r.bytesIn, 0),
    inject: (rule) => void faults.push({ ...rule }),
    clearFaults: () => void (faults = []),
    listKeys: async (prefix) => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await (await direct()).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
    putObject: async (key, body) => void (await (await direct()).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))),
    deleteObject: async (key) => void (await (await direct()).send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))),
    close: async () => {
      directClient?.destroy();
      for (const socket of sockets) socket.destroy();
      for (const upstream of upstreams) upstream.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await s3rver.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
