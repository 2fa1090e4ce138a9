/**
 * Behind a forward proxy, as self-hosted runners in many companies are: every request of the CLI (Hub API calls,
 * file bodies, the Actions cache service, its blob uploads and downloads) goes through the proxy the environment
 * names. The emulators carry host names only the proxy resolves (hub.test, cache.test), so a request that
 * bypassed the proxy could not have succeeded.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startHttpProxy, type HttpProxy } from '../emulators/http-proxy.js';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { hashTree } from './helpers/hash-tree.js';
import { runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner } from './helpers/tiers-runners.js';

const MODEL = 'org/tiny-bert';
/** Weights of several MiB that zstd cannot shrink: the archive's download fills and recycles all of get-body's buffers. */
const WIDE_MODEL = 'org/wide-bert';
const PASSWORD = 'pr0xy-s3cret';
const HOSTS = { 'hub.test': '127.0.0.1', 'cdn.test': '127.0.0.2', 'cache.test': '127.0.0.1' };
const FIXTURES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'fixtures', 'tls');

let hub: HubEmulator;
let named: HubEmulator;
let proxy: HttpProxy;
let tmp: { path: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: tinyModelFiles() });
  hub.commit({ name: WIDE_MODEL, files: { ...tinyModelFiles(), 'training_args.bin': randomBytes(12 * 2 ** 20) } });
  named = await startHubEmulator({ advertised: { host: 'hub.test', cdnHost: 'cdn.test' } });
  named.commit({ name: MODEL, files: tinyModelFiles() });
  proxy = await startHttpProxy({ credentials: { user: 'ci', password: PASSWORD }, hosts: HOSTS });
});
afterAll(async () => {
  await hub.close();
  await named.close();
  await proxy.close();
});
beforeEach(async () => {
  tmp = await makeTempDir('me-proxy-');
  proxy.requests.length = 0;
});
afterEach(() => tmp.cleanup());

const proxyWith = (password: string) => `http://ci:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}`;
const download = (params: { endpoint: string; env: Record<string, string>; dir?: string }) =>
  runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', params.dir ?? join(tmp.path, 'model'), '--json'], {
    HF_ENDPOINT: params.endpoint,
    ME_HTTP_BACKOFF_MS: '10',
    ...params.env,
  });

describe('a model download behind a proxy', () => {
  test('the Hub API and the LFS file bodies both go through it, with the credentials from the proxy URL, which are never printed or stored', async () => {
    const run = await download({ endpoint: named.url, env: { HTTP_PROXY: proxyWith(PASSWORD) } });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub' });
    const hubPort = new URL(named.url).port;
    const cdnPort = new URL(named.cdnUrl).port;
    const authorities = new Set(proxy.requests.filter((r) => r.status === 200).map((r) => r.authority));
    expect(authorities).toEqual(new Set([`hub.test:${hubPort}`, `cdn.test:${cdnPort}`]));
    // The same files as a download without a proxy.
    const direct = await download({ endpoint: hub.url, env: {}, dir: join(tmp.path, 'direct') });
    expect(direct.code).toBe(0);
    const { 'model_metadata.json': viaProxy, ...filesViaProxy } = await hashTree(join(tmp.path, 'model'));
    const { 'model_metadata.json': directly, ...filesDirectly } = await hashTree(join(tmp.path, 'direct'));
    expect(viaProxy && directly).toBeTruthy();
    expect(filesViaProxy).toEqual(filesDirectly);
    expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
    const written = Object.keys(await hashTree(join(tmp.path, 'model')));
    for (const file of written) expect(await readFile(join(tmp.path, 'model', file), 'latin1')).not.toContain(PASSWORD);
  });

  test('a proxy that refuses the credentials fails the step at once, naming the proxy and the fix but not the password', async () => {
    const run = await download({ endpoint: named.url, env: { HTTP_PROXY: proxyWith('wrong-password') } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the proxy http://127.0.0.1:${proxy.port} answered 407`);
    expect(run.stderr).toContain('check the user and password in the proxy setting');
    expect(run.stderr).not.toContain('wrong-password');
    // Asked once: the same credentials would be refused again.
    expect(proxy.requests.filter((r) => r.status === 407)).toHaveLength(1);
  });

  test('hosts listed in NO_PROXY are reached directly', async () => {
    const run = await download({ endpoint: hub.url, env: { HTTP_PROXY: proxyWith(PASSWORD), NO_PROXY: 'localhost,127.0.0.1,127.0.0.2' } });
    expect(run.code).toBe(0);
    expect(proxy.requests).toHaveLength(0);
  });

  test('a proxy setting that is not a URL is bad input: exit 2, one line naming the variable (not its value) and how to write it', async () => {
    const run = await download({ endpoint: hub.url, env: { HTTP_PROXY: 'http://ci:hunter2@[not a host' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('✗ HTTP_PROXY is not a proxy URL: give it as http://host:port (or http://user:password@host:port), or unset it\n');
    const socks = await download({ endpoint: hub.url, env: { https_proxy: 'socks5://127.0.0.1:1080' } });
    expect(socks.code).toBe(2);
    expect(socks.stderr).toBe('✗ https_proxy names a socks5:// proxy; only http:// and https:// proxies are supported: give an http proxy, or unset it\n');
    expect(proxy.requests).toHaveLength(0);
    // A blank setting is no proxy.
    const blank = await download({ endpoint: hub.url, env: { HTTP_PROXY: ' ', HTTPS_PROXY: ' ' }, dir: join(tmp.path, 'blank') });
    expect(blank.code).toBe(0);
  });

  test('a proxy that cannot be reached is named as the problem (not the Hub behind it); a port fetch blocks is tried as any other', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await download({ endpoint: named.url, env: { HTTP_PROXY: `http://127.0.0.1:${port}`, ME_HTTP_ATTEMPTS: '2' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot reach the proxy http://127.0.0.1:${port}`);
    expect(run.stderr).toContain('(after 2 attempts)');

    // Hub API calls go through node's http client (see http-fetch.ts), which, like curl, connects to the ports
    // browsers block (fetch refuses port 9 without trying): nothing listens there, so the connection is refused.
    const blocked = await download({ endpoint: 'http://127.0.0.1:9', env: { ME_HTTP_ATTEMPTS: '1' } });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toBe('✗ model org/tiny-bert@main: fetch failed (ECONNREFUSED) (after 1 attempt) from http://127.0.0.1:9/api/models/org/tiny-bert/revision/main\n');
  });
});

describe('the Hub over HTTPS through the proxy (CONNECT tunnels), as huggingface.co is reached from a locked-down runner', () => {
  let secureHub: HubEmulator;
  const weights = randomBytes(12 * 2 ** 20 + 7);
  beforeAll(async () => {
    const tls = { key: await readFile(join(FIXTURES, 'localhost.key')), cert: await readFile(join(FIXTURES, 'localhost.crt')) };
    secureHub = await startHubEmulator({ advertised: { host: 'hub.test', cdnHost: 'cdn.test' }, tls });
    secureHub.commit({ name: WIDE_MODEL, files: { ...tinyModelFiles(), 'model.safetensors': weights } });
    secureHub.commit({ name: MODEL, files: tinyModelFiles() });
  });
  afterAll(() => secureHub.close());

  test('API calls and a 12 MiB LFS file from the CDN pass the proxy as tunnels; the file is verified byte for byte', async () => {
    expect(secureHub.url).toMatch(/^https:\/\/hub\.test:\d+$/);
    const dir = join(tmp.path, 'secure-model');
    const run = await runCliProcess(['model', 'download', '--name', WIDE_MODEL, '--output-dir', dir, '--json'], {
      HF_ENDPOINT: secureHub.url,
      HTTPS_PROXY: proxyWith(PASSWORD),
      NODE_EXTRA_CA_CERTS: join(FIXTURES, 'localhost.crt'),
    });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect((await readFile(join(dir, 'model.safetensors'))).equals(weights)).toBe(true);
    const tunnels = new Set(proxy.requests.map((r) => `${r.method} ${r.authority} ${r.status}`));
    expect(tunnels).toEqual(new Set([`CONNECT hub.test:${new URL(secureHub.url).port} 200`, `CONNECT cdn.test:${new URL(secureHub.cdnUrl).port} 200`]));
    expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
  });

  test('a proxy setting without a scheme (ci:password@host:port) is a plain http proxy, as curl takes it', async () => {
    const dir = join(tmp.path, 'schemeless');
    const run = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', dir, '--json'], {
      HF_ENDPOINT: secureHub.url,
      https_proxy: `ci:${PASSWORD}@127.0.0.1:${proxy.port}`,
      NODE_EXTRA_CA_CERTS: join(FIXTURES, 'localhost.crt'),
    });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(proxy.requests.every((r) => r.method === 'CONNECT' && r.status === 200)).toBe(true);
  });
});

describe('the Actions cache over HTTPS through the proxy (CONNECT tunnels)', () => {
  let cache: ActionsCacheEmulator;
  beforeAll(async () => {
    cache = await startActionsCacheEmulator({
      advertisedHost: 'cache.test',
      tls: { key: await readFile(join(FIXTURES, 'localhost.key')), cert: await readFile(join(FIXTURES, 'localhost.crt')) },
    });
  });
  afterAll(() => cache.close());

  test('runner A saves and runner B restores: the service calls, the block upload and the download all pass the proxy', async () => {
    // Only https goes through the proxy here: the Hub (http, on loopback) is reached directly.
    const env = { HF_ENDPOINT: hub.url, HTTPS_PROXY: proxyWith(PASSWORD), NODE_EXTRA_CA_CERTS: join(FIXTURES, 'localhost.crt'), ME_HTTP_BACKOFF_MS: '10' };
    const a = await makeRunner({ root: tmp.path, name: 'a', cache, env });
    const b = await makeRunner({ root: tmp.path, name: 'b', cache, env });
    expect(a.env.ACTIONS_RESULTS_URL).toMatch(/^https:\/\/cache\.test:\d+\/$/);
    const dirOf = (runner: typeof a) => join(runner.workspace, 'model');
    const first = await runCliProcess(['model', 'download', '--name', WIDE_MODEL, '--output-dir', dirOf(a), '--json', '--no-tool-cache'], a.env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Saved to actions-cache');
    const second = await runCliProcess(['model', 'download', '--name', WIDE_MODEL, '--output-dir', dirOf(b), '--json', '--no-tool-cache'], b.env);
    expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache' });
    expect(await hashTree(dirOf(b))).toEqual(await hashTree(dirOf(a)));
    expect(cache.entries()[0].size).toBeGreaterThan(8 * 2 ** 20);
    expect(cache.requests.filter((r) => r.kind === 'upload').length).toBeGreaterThan(0);
    expect(cache.requests.filter((r) => r.kind === 'download' && r.status === 200)).toHaveLength(1);
    const port = new URL(cache.url).port;
    expect(proxy.requests.length).toBeGreaterThanOrEqual(3);
    expect(proxy.requests.every((r) => r.method === 'CONNECT' && r.authority === `cache.test:${port}` && r.status === 200)).toBe(true);
    expect(`${first.stdout}${first.stderr}${second.stdout}${second.stderr}`).not.toContain(PASSWORD);
  });

  test('a tunnel the proxy refuses (407) makes the cache a miss with a warning that names the proxy, asked once per call, and the Hub still serves the step', async () => {
    const env = { HF_ENDPOINT: hub.url, HTTPS_PROXY: proxyWith('wrong-password'), NODE_EXTRA_CA_CERTS: join(FIXTURES, 'localhost.crt'), ME_HTTP_BACKOFF_MS: '10' };
    const runner = await makeRunner({ root: tmp.path, name: 'refused', cache, env });
    const run = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', join(runner.workspace, 'model'), '--json', '--no-tool-cache'], runner.env);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ source: 'hub' });
    expect(run.stderr).toMatch(new RegExp(`the proxy http://127\\.0\\.0\\.1:${proxy.port} answered CONNECT cache\\.test:\\d+ with 407 Proxy Authentication Required: check the user and password`));
    expect(run.stderr).not.toContain('wrong-password');
    expect(run.stderr).not.toContain('attempts');
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(proxy.requests.every((r) => r.status === 407)).toBe(true);
  });
});
