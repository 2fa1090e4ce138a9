/**
 * The small HTTP/1.1 client the Actions cache restore reads archives with: real sockets on loopback, servers that
 * answer byte by byte as the test says, a real Writable as the sink.
 */
import { afterEach, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { getBody, UnsupportedResponseError } from '../src/http/get-body.js';

const servers: Server[] = [];
const connections = new Set<Socket>();
afterEach(async () => {
  for (const socket of connections) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that hands every connection (and the request head it sent) to `answer`. */
async function serve(answer: (socket: Socket, request: string) => void): Promise<string> {
  const server = createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    let head = '';
    socket.on('data', function onData(chunk) {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      answer(socket, head);
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/container/blob?sig=secret`;
}

/** A Writable that keeps what it is given, slowly when asked (so the client runs out of buffers and must wait). */
function collector(delayMs = 0) {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      setTimeout(callback, delayMs);
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks), writes: () => chunks.length };
}

const never = new Promise<unknown>(() => undefined);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a Content-Length body arrives whole, in order and in large writes, whatever the server sends it in', async () => {
  const body = randomBytes(5 * 1024 * 1024 + 17);
  let request = '';
  const url = await serve((socket, head) => {
    request = head;
    // The head split across writes, then the body in odd-sized pieces.
    socket.write('HTTP/1.1 200 OK\r\nContent-Le');
    setTimeout(() => {
      socket.write(`ngth: ${body.length}\r\nX-Ms-Request-Id: a\r\nx-ms-request-id: b\r\n\r\n`);
      for (let at = 0; at < body.length; at += 99_991) socket.write(body.subarray(at, at + 99_991));
    }, 20);
  });
  const response = await getBody({ url, headers: { 'x-ms-range': 'bytes=0-' }, signal: new AbortController().signal });
  expect(response.status).toBe(200);
  expect(response.headers['content-length']).toBe(String(body.length));
  expect(response.headers['x-ms-request-id']).toBe('a, b');
  const out = collector(1);
  let counted = 0;
  await response.pipeTo({ sink: out.sink, idleMs: 5000, stop: never, onBytes: (bytes) => (counted += bytes) });
  await new Promise((resolve) => out.sink.end(resolve));
  expect(sha(out.bytes())).toBe(sha(body));
  expect(counted).toBe(body.length);
  // ~1 MiB writes, not one per packet.
  expect(out.writes()).toBeLessThanOrEqual(8);
  expect(request).toMatch(/^GET \/container\/blob\?sig=secret HTTP\/1\.1\r\n/);
  expect(request).toContain('x-ms-range: bytes=0-\r\n');
  expect(request).toContain('Connection: close\r\n');
  expect(request).toMatch(/\r\nUser-Agent: model-experiments\/\d+\.\d+\.\d+ \(node v\d+/);
});

test('a close-delimited body ends with the connection', async () => {
  const body = randomBytes(300_000);
  const url = await serve((socket) => socket.end(Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'), body])));
  const response = await getBody({ url, headers: {}, signal: new AbortController().signal });
  const out = collector();
  await response.pipeTo({ sink: out.sink, idleMs: 5000, stop: never, onBytes: () => undefined });
  expect(out.bytes().equals(body)).toBe(true);
});

test('a connection reset mid-body rejects, and exactly the bytes handed to the sink were counted (so a resume asks for the rest)', async () => {
  const body = randomBytes(3 * 1024 * 1024);
  const url = await serve((socket) => {
    socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.subarray(0, 1_500_000), () => setTimeout(() => socket.resetAndDestroy(), 50));
  });
  const response = await getBody({ url, headers: {}, signal: new AbortController().signal });
  const out = collector();
  let counted = 0;
  await expect(response.pipeTo({ sink: out.sink, idleMs: 5000, stop: never, onBytes: (bytes) => (counted += bytes) })).rejects.toThrow(/ECONNRESET|closed before the body ended/);
  await new Promise((resolve) => out.sink.end(resolve));
  expect(counted).toBe(1_500_000);
  expect(out.bytes().equals(body.subarray(0, 1_500_000))).toBe(true);
});

test('a body that stalls is abandoned after the idle time', async () => {
  const url = await serve((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'));
  const response = await getBody({ url, headers: {}, signal: new AbortController().signal });
  const out = collector();
  let counted = 0;
  await expect(response.pipeTo({ sink: out.sink, idleMs: 200, stop: never, onBytes: (bytes) => (counted += bytes) })).rejects.toThrow('no data for 200 ms');
  expect(counted).toBe(5);
});

test('the consumer giving up (stop) ends the transfer with its reason', async () => {
  const url = await serve((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'));
  const response = await getBody({ url, headers: {}, signal: new AbortController().signal });
  await expect(response.pipeTo({ sink: collector().sink, idleMs: 5000, stop: Promise.resolve(new Error('zstd stopped reading')), onBytes: () => undefined })).rejects.toThrow(
    'zstd stopped reading',
  );
});

test('a status and its headers come back without the body being read; discard closes the connection', async () => {
  let closed: Promise<void> | undefined;
  const url = await serve((socket) => {
    closed = new Promise((resolve) => socket.on('close', () => resolve()));
    socket.write('HTTP/1.1 503 Server Busy\r\nRetry-After: 2\r\nContent-Length: 1000000\r\n\r\n');
  });
  const response = await getBody({ url, headers: {}, signal: new AbortController().signal });
  expect(response.status).toBe(503);
  expect(response.headers['retry-after']).toBe('2');
  response.discard();
  await closed;
});

test('responses it does not read are refused by name: a chunked body, a head over 64 KiB, not HTTP', async () => {
  const chunked = await serve((socket) => socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'));
  await expect(getBody({ url: chunked, headers: {}, signal: new AbortController().signal })).rejects.toThrow(UnsupportedResponseError);
  const huge = await serve((socket) => socket.write(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`));
  await expect(getBody({ url: huge, headers: {}, signal: new AbortController().signal })).rejects.toThrow('the response head is over 65536 bytes');
  const garbage = await serve((socket) => socket.end('SSH-2.0-OpenSSH\r\n\r\n'));
  await expect(getBody({ url: garbage, headers: {}, signal: new AbortController().signal })).rejects.toThrow('not an HTTP/1.1 response');
});

test('an abort before the answer rejects with its reason; a refused connection rejects with its code', async () => {
  const silent = await serve(() => undefined);
  const controller = new AbortController();
  const pending = getBody({ url: silent, headers: {}, signal: controller.signal });
  controller.abort(new Error('no response within 100 ms'));
  await expect(pending).rejects.toThrow('no response within 100 ms');

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  await expect(getBody({ url: `http://127.0.0.1:${port}/x`, headers: {}, signal: new AbortController().signal })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});

test('redirects are followed; Authorization goes to the same origin only; with keepBuffers every write is a buffer of its own', async () => {
  const body = randomBytes(4 * 1024 * 1024);
  let cdnRequest = '';
  const cdn = await serve((socket, head) => {
    cdnRequest = head;
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body]));
  });
  let hopRequest = '';
  const hop = await serve((socket, head) => {
    hopRequest = head;
    socket.end(`HTTP/1.1 302 Found\r\nLocation: ${cdn}\r\nContent-Length: 0\r\n\r\n`);
  });
  const response = await getBody({ url: hop, headers: { Authorization: 'Bearer hf_secret' }, signal: new AbortController().signal, keepBuffers: true });
  expect(hopRequest).toContain('Authorization: Bearer hf_secret');
  expect(cdnRequest).not.toContain('hf_secret');
  expect(cdnRequest).toMatch(/^GET \/container\/blob\?sig=secret HTTP\/1\.1/);
  const kept: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      kept.push(chunk);
      callback();
    },
  });
  await response.pipeTo({ sink, idleMs: 5000, stop: never, onBytes: () => undefined });
  expect(new Set(kept.map((chunk) => chunk.buffer)).size).toBe(kept.length);
  expect(Buffer.concat(kept).equals(body)).toBe(true);

  // A relative location is resolved against the URL it came from: here the same path again, a loop given up on.
  const loop = await serve((socket) => socket.end('HTTP/1.1 307 Temporary Redirect\r\nLocation: /container/blob?sig=secret\r\nContent-Length: 0\r\n\r\n'));
  await expect(getBody({ url: loop, headers: {}, signal: new AbortController().signal })).rejects.toThrow('more than 20 redirects');
});

test('through a proxy CONNECT tunnel over TLS: a body the server sends at once and closes on arrives whole at a slow sink', async () => {
  // npm run test:unit starts jest with NODE_EXTRA_CA_CERTS at the test CA (node reads it only at start).
  expect(process.env.NODE_EXTRA_CA_CERTS).toMatch(/localhost\.crt$/);
  const { createServer: createTlsServer } = await import('node:tls');
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { startHttpProxy } = await import('../emulators/http-proxy.js');
  const fixtures = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'fixtures', 'tls');
  const body = randomBytes(12 * 1024 * 1024 + 5);
  // The whole response written at once, then the connection closed: the close is in long before the slow sink has
  // taken most of the body, so the client reads through pauses to the end.
  const server = createTlsServer({ key: await readFile(join(fixtures, 'localhost.key')), cert: await readFile(join(fixtures, 'localhost.crt')) }, (socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
  });
  servers.push(server as unknown as Server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const proxy = await startHttpProxy({ hosts: { 'cache.test': '127.0.0.1' } });
  const saved = process.env.HTTPS_PROXY;
  process.env.HTTPS_PROXY = proxy.url;
  try {
    const response = await getBody({ url: `https://cache.test:${port}/blob`, headers: {}, signal: new AbortController().signal });
    expect(response.status).toBe(200);
    const { sink, bytes, writes } = collector(5);
    let counted = 0;
    await response.pipeTo({ sink, idleMs: 10_000, stop: never, onBytes: (n) => (counted += n) });
    expect(counted).toBe(body.length);
    await new Promise((resolve) => sink.end(resolve));
    expect(sha(bytes())).toBe(sha(body));
    // Large writes still, though TLS over a tunnel hands the bytes over in small pieces.
    expect(writes()).toBeLessThanOrEqual(Math.ceil(body.length / (1024 * 1024)) * 2);
    expect(proxy.requests).toEqual([{ method: 'CONNECT', authority: `cache.test:${port}`, status: 200 }]);
  } finally {
    if (saved === undefined) delete process.env.HTTPS_PROXY;
    else process.env.HTTPS_PROXY = saved;
    await proxy.close();
  }
});
