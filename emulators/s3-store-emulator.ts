/**
 * A loopback S3-compatible server for the store tier's tests, the demo and the benchmarks: s3rver (buckets,
 * multipart uploads, Range reads, HeadObject, ListObjectsV2 over the real wire protocol; it checks that the access
 * key id is S3RVER, not the SigV4 signature itself) behind a thin counting proxy that can inject the faults real object stores have:
 * 503 SlowDown, 429, dropped connections. Requests are forwarded byte for byte (the signature covers the Host
 * header, which the proxy keeps).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
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

export async function startS3StoreEmulator(params: { bucket?: string } = {}): Promise<S3StoreEmulator> {
  const bucket = params.bucket ?? 'model-experiments-test';
  const directory = await mkdtemp(join(tmpdir(), 'me-s3rver-'));
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port: backendPort } = (await s3rver.run()) as AddressInfo;

  const requests: StoreRequest[] = [];
  let faults: { fault: StoreFault; count: number; match?: (method: string, path: string) => boolean }[] = [];
  const sockets = new Set<Socket>();
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
    const upstream = httpRequest({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      record.status = answer.statusCode ?? 0;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => (record.bytesOut += chunk.length));
      answer.pipe(res);
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
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await s3rver.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
