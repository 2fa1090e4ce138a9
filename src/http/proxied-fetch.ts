import { isIP } from 'node:net';
import type { Dispatcher } from 'undici';
import { httpFetch } from './http-fetch.js';
import { describeProxy, openTunnel, proxyAuthorization, ProxyRefusedError } from './proxy.js';
import { proxyFor } from './proxy-for.js';

/**
 * fetch, through the proxy the environment names for the URL (see proxyFor); without one, httpFetch (node's http
 * client: node's own fetch costs more to start than a whole cache hit, see http-fetch.ts). Node 20's fetch ignores HTTPS_PROXY, so proxied requests go through undici (the library node's fetch is built
 * from), loaded only when a proxy is set: an https URL through a CONNECT tunnel opened by openTunnel (the one
 * get-body uses, so both clients report a refusal the same way), an http URL asked of the proxy by its absolute
 * URL, as curl does (many proxies allow CONNECT only to port 443).
 */
export async function proxiedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const proxy = proxyFor(url);
  if (!proxy) return httpFetch(input, init);
  const undici = await import('undici');
  const secure = url.protocol === 'https:';
  const cacheKey = `${secure ? 'tunnel' : 'forward'} ${proxy.href}`;
  let agent = agents.get(cacheKey);
  if (!agent) {
    agent = secure ? new undici.Agent({ connect: tunnelConnector(proxy) }) : new undici.ProxyAgent({ uri: withoutCredentials(proxy), token: proxyAuthorization(proxy), proxyTunnel: false });
    agents.set(cacheKey, agent);
  }
  try {
    return (await undici.fetch(input as Parameters<typeof undici.fetch>[0], { ...(init as Parameters<typeof undici.fetch>[1]), dispatcher: agent })) as unknown as Response;
  } catch (error) {
    // undici's forwarding agent turns the proxy's 407 into "Proxy Authentication Required (407)" (an
    // InvalidArgumentError under fetch's "fetch failed"); a refused tunnel arrives as openTunnel's own error.
    if (/Proxy Authentication Required \(407\)/.test(String((error as { cause?: { message?: string } })?.cause?.message))) {
      throw new ProxyRefusedError(`the proxy ${describeProxy(proxy)} answered 407 Proxy Authentication Required for ${url.host}: check the user and password in the proxy setting (http_proxy / HTTP_PROXY)`, 407);
    }
    // Forwarding, the only connection is to the proxy: a connection failure is the proxy's, not the server's.
    const cause = (error as { cause?: { code?: string } })?.cause;
    if (!secure && typeof cause?.code === 'string' && CONNECT_FAILURES.has(cause.code)) {
      throw new Error(`cannot reach the proxy ${describeProxy(proxy)}`, { cause });
    }
    throw error;
  }
}

const agents = new Map<string, Dispatcher>();
const CONNECT_TIMEOUT_MS = 30_000;
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function withoutCredentials(proxy: URL): string {
  const bare = new URL(proxy.href);
  bare.username = '';
  bare.password = '';
  return bare.href;
}

/** undici's `connect` option: TLS to the host inside a CONNECT tunnel through `proxy`. */
function tunnelConnector(proxy: URL) {
  return (
    options: { hostname: string; port: string; servername?: string | null },
    callback: (...args: [null, import('node:net').Socket] | [Error, null]) => void,
  ) => {
    const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
    // A custom connector has no connect timeout of undici's: a proxy that never answers is given up on here.
    Promise.all([openTunnel({ proxy, host, port: Number(options.port || 443), signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) }), import('node:tls')]).then(
      ([tunnel, tls]) => {
        const servername = options.servername || (isIP(host) ? undefined : host);
        const socket = tls.connect({ socket: tunnel, servername, ALPNProtocols: ['http/1.1'] });
        const onError = (error: Error) => callback(error, null);
        socket.once('error', onError);
        socket.once('secureConnect', () => {
          socket.off('error', onError);
          callback(null, socket);
        });
      },
      (error: Error) => callback(error, null),
    );
  };
}
