/**
 * httpFetch, the fetch the Hub's API calls go through (node's http client instead of node's fetch, see
 * src/http/http-fetch.ts): real loopback servers, answers as fetch callers read them.
 */
import { afterEach, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startHubEmulator } from '../emulators/hub-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { httpFetch } from '../src/http/http-fetch.js';
import { makeTempDir } from './helpers/temp-dir.js';

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

test('a JSON answer reads as from fetch: status, ok, headers by any case (repeated ones joined), url, json()', async () => {
  let seen: IncomingMessage | undefined;
  const url = await serve((request, response) => {
    seen = request;
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('X-Repeated', ['a', 'b']);
    response.end(JSON.stringify({ sha: 'abc' }));
  });
  const headers = new Headers({ Authorization: 'Bearer hf_x', 'X-Asked': '1' });
  const response = await httpFetch(`${url}/api/models/org/name/revision/main?expand=sha`, { headers });
  expect(response.status).toBe(200);
  expect(response.ok).toBe(true);
  expect(response.url).toBe(`${url}/api/models/org/name/revision/main?expand=sha`);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('CONTENT-TYPE')).toBe('application/json');
  expect(response.headers.get('x-repeated')).toBe('a, b');
  expect(response.headers.get('x-absent')).toBeNull();
  expect(await response.json()).toEqual({ sha: 'abc' });
  expect(response.bodyUsed).toBe(true);
  await expect(response.text()).rejects.toThrow('Body has already been read');
  // The headers given, from a Headers object as from a record or pairs; our User-Agent; no compression asked for.
  expect(seen!.headers.authorization).toBe('Bearer hf_x');
  expect(seen!.headers['x-asked']).toBe('1');
  expect(seen!.headers['user-agent']).toMatch(/^model-experiments\//);
  expect(seen!.headers['accept-encoding']).toBeUndefined();
  await httpFetch(url, { headers: [['X-Pair', '2']] }).then((answer) => answer.text());
  expect(seen!.headers['x-pair']).toBe('2');
});

test('redirects are followed as fetch follows them: Authorization kept on the same origin, dropped on another; 303 turns a POST into a GET', async () => {
  const requests: { host: string; method: string; path: string; authorization?: string }[] = [];
  const other = await serve((request, response) => {
    requests.push({ host: 'other', method: request.method!, path: request.url!, authorization: request.headers.authorization });
    response.end('landed');
  });
  const origin = await serve((request, response) => {
    requests.push({ host: 'origin', method: request.method!, path: request.url!, authorization: request.headers.authorization });
    if (request.url === '/start') return response.writeHead(302, { Location: '/same' }).end();
    if (request.url === '/same') return response.writeHead(307, { Location: `${other}/cdn?sig=1` }).end();
    if (request.url === '/post') return response.writeHead(303, { Location: '/after' }).end();
    response.end(`${request.method} ${request.url}`);
  });
  const response = await httpFetch(`${origin}/start`, { headers: { Authorization: 'Bearer hf_secret' } });
  expect(await response.text()).toBe('landed');
  expect(response.redirected).toBe(true);
  expect(response.url).toBe(`${other}/cdn?sig=1`);
  expect(requests).toEqual([
    { host: 'origin', method: 'GET', path: '/start', authorization: 'Bearer hf_secret' },
    { host: 'origin', method: 'GET', path: '/same', authorization: 'Bearer hf_secret' },
    { host: 'other', method: 'GET', path: '/cdn?sig=1', authorization: undefined },
  ]);

  expect(await (await httpFetch(`${origin}/post`, { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } })).text()).toBe('GET /after');
  const manual = await httpFetch(`${origin}/start`, { redirect: 'manual' });
  expect(manual.status).toBe(302);
  expect(manual.headers.get('location')).toBe('/same');
});

test('a compressed body the server sends anyway is decoded; a HEAD or 204 has no body', async () => {
  const url = await serve((request, response) => {
    if (request.url === '/empty') return response.writeHead(204).end();
    response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' });
    response.end(request.method === 'HEAD' ? undefined : gzipSync('hello, compressed world'));
  });
  expect(await (await httpFetch(url)).text()).toBe('hello, compressed world');
  const head = await httpFetch(url, { method: 'HEAD' });
  expect(head.body).toBeNull();
  expect(await head.text()).toBe('');
  expect((await httpFetch(`${url}/empty`)).body).toBeNull();
});

test('the body streams as a web ReadableStream, bytes in order; cancelling it closes the connection', async () => {
  const chunk = Buffer.alloc(64 * 1024, 7);
  let closed = false;
  const url = await serve((request, response) => {
    if (request.url === '/endless') {
      response.on('close', () => (closed = true));
      const write = () => {
        while (!closed && response.write(chunk));
        if (!closed) response.once('drain', write);
      };
      return write();
    }
    response.end(Buffer.concat([chunk, Buffer.from('end')]));
  });
  const reader = (await httpFetch(url)).body!.getReader();
  let total = 0;
  let last: Uint8Array | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    last = value;
  }
  expect(total).toBe(chunk.length + 3);
  expect(Buffer.from(last!.subarray(-3)).toString()).toBe('end');

  const endless = await httpFetch(`${url}/endless`);
  const endlessReader = endless.body!.getReader();
  await endlessReader.read();
  await endlessReader.cancel();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(closed).toBe(true);
});

test('an abort rejects with its reason: before the answer, and while the body is read', async () => {
  let answer: ServerResponse | undefined;
  const url = await serve((request, response) => {
    if (request.url === '/slow-head') return; // never answers
    answer = response;
    response.writeHead(200, { 'Content-Length': '1000' });
    response.write('x'.repeat(10));
  });
  const early = new AbortController();
  const pending = httpFetch(`${url}/slow-head`, { signal: early.signal });
  setTimeout(() => early.abort(new Error('no response within 50 ms')), 50);
  await expect(pending).rejects.toThrow('no response within 50 ms');
  await expect(httpFetch(url, { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');

  const late = new AbortController();
  const response = await httpFetch(url, { signal: late.signal });
  const text = response.text();
  late.abort(new Error('stopped while reading'));
  await expect(text).rejects.toThrow('stopped while reading');
  expect(answer).toBeDefined();
});

test('a connection failure rejects as fetch does: TypeError "fetch failed", the socket error as cause', async () => {
  const url = await serve(() => undefined);
  await new Promise((resolve) => servers.pop()!.close(resolve));
  const error = (await httpFetch(`${url}/x`).catch((caught: unknown) => caught)) as TypeError & { cause?: { code?: string } };
  expect(error).toBeInstanceOf(TypeError);
  expect(error.message).toBe('fetch failed');
  expect(error.cause?.code).toBe('ECONNREFUSED');
});

test('a kept-alive connection never holds the process open: a CLI hit exits while the server keeps the connection', async () => {
  const hub = await startHubEmulator();
  const tmp = await makeTempDir();
  try {
    hub.commit({ name: 'org/tiny-bert', files: tinyModelFiles() });
    const cli = join(process.cwd(), 'dist', 'cli', 'index.js');
    const run = (endpoint: string) =>
      new Promise<number | null>((resolve) => {
        const args = [cli, 'model', 'download', '--name', 'org/tiny-bert', '--output-dir', join(tmp.path, 'model')];
        const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, HF_ENDPOINT: endpoint }, stdio: 'ignore' });
        child.on('exit', resolve);
      });
    expect(await run(hub.url)).toBe(0);
    // The hit's one API call, answered by a server that keeps an idle connection for 10 minutes: a process held
    // open by it would outlive the test.
    const revision = await (await fetch(`${hub.url}/api/models/org/tiny-bert/revision/main`)).text();
    const paths: string[] = [];
    const url = await serve((request, response) => {
      paths.push(request.url!);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(revision);
    });
    servers[servers.length - 1].keepAliveTimeout = 600_000;
    expect(await run(url)).toBe(0);
    expect(paths).toEqual(['/api/models/org/tiny-bert/revision/main?expand=sha']);
  } finally {
    await hub.close();
    await tmp.cleanup();
  }
});

test('a body that stalls: cancelling its reader closes the connection, and the next request (kept-alive agent) is answered', async () => {
  let stalled = 0;
  let stalledClosed = false;
  const url = await serve((request, response) => {
    if (request.url === '/stall') {
      stalled++;
      response.on('close', () => (stalledClosed = true));
      response.writeHead(200, { 'Content-Length': '100' });
      response.write('x'.repeat(50)); // and never the rest
      return;
    }
    response.end('fine');
  });
  const reader = (await httpFetch(`${url}/stall`)).body!.getReader();
  expect((await reader.read()).value?.length).toBe(50);
  const next = reader.read();
  const gaveUp = await Promise.race([next.then(() => 'read'), new Promise((resolve) => setTimeout(() => resolve('timeout'), 100))]);
  expect(gaveUp).toBe('timeout');
  await reader.cancel(new Error('no data for 100 ms'));
  await expect(next).resolves.toEqual({ done: true, value: undefined });
  reader.releaseLock();
  expect(await (await httpFetch(`${url}/again`)).text()).toBe('fine');
  expect(stalled).toBe(1);
  // The stalled connection is closed, not left open (it would hold the process until the server gives up on it).
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(stalledClosed).toBe(true);
});
