import type { Socket } from 'node:net';

/**
 * A proxy setting as a URL. One without a scheme (proxy.internal:3128) is an http proxy, as curl takes it
 * (proxy-from-env would give it the request's scheme, and so speak TLS to a plain proxy for every https URL).
 */
export function parseProxySetting(setting: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(setting.includes('://') ? setting : `http://${setting}`);
  } catch {
    return { problem: 'is not a proxy URL: give it as http://host:port (or http://user:password@host:port), or unset it' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `names a ${url.protocol}// proxy; only http:// and https:// proxies are supported: give an http proxy, or unset it` };
  }
  return { url };
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];

/**
 * Check the proxy variables once, up front: what is wrong with the first that is not a URL (named, not quoted:
 * its value may hold a password), and the passwords they carry, for the front ends to mask.
 */
export function readProxySettings(env: Record<string, string | undefined>): { problem?: string; passwords: string[] } {
  const passwords: string[] = [];
  for (const name of PROXY_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    const parsed = parseProxySetting(value);
    if ('problem' in parsed) return { problem: `${name} ${parsed.problem}`, passwords };
    const { url } = parsed;
    if (url.password) passwords.push(url.password, decodeURIComponent(url.password));
  }
  return { passwords: [...new Set(passwords)] };
}

/** The proxy setting is unusable: asking again will not help. */
export class ProxySettingError extends Error {}

/** The proxy refused the request itself (not the server behind it): 407 and 403 are not worth another attempt. */
export class ProxyRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The proxy's origin, for messages: never its credentials. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

/** `Proxy-Authorization` for a proxy URL that carries credentials (percent-decoded, as curl takes them). */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}

const MAX_CONNECT_HEAD = 16 * 1024;

/**
 * A connection to host:port through `proxy` (HTTP CONNECT): resolves with the proxy's socket once the proxy said
 * 200, ready for TLS to the host. A refusal (407, 403) rejects with ProxyRefusedError; other statuses with an
 * Error carrying the status (a 502 or 503 from the proxy may pass).
 */
export async function openTunnel(params: { proxy: URL; host: string; port: number; signal: AbortSignal }): Promise<Socket> {
  const { proxy, host, port } = params;
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
  // node:tls only for an https proxy, node:net only when a tunnel is opened: a run that makes no request (a train
  // hit reads the proxy settings, to check them) loads neither.
  const tls = proxy.protocol === 'https:' ? await import('node:tls') : undefined;
  const net = tls ? undefined : await import('node:net');
  return new Promise<Socket>((resolve, reject) => {
    const socket: Socket = tls ? tls.connect({ host: proxyHost, port: proxyPort, servername: proxyHost }) : net!.connect({ host: proxyHost, port: proxyPort });
    let head = Buffer.alloc(0);
    const done = (error?: Error) => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('end', onEnd);
      params.signal.removeEventListener('abort', onAbort);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        resolve(socket);
      }
    };
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_CONNECT_HEAD) done(new Error(`the proxy ${describeProxy(proxy)} sent an over-long answer to CONNECT`));
        return;
      }
      socket.pause();
      const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
      if (status === 200) {
        // TLS to the host speaks first; a proxy that sends more before it is not a tunnel we can use.
        if (end + 4 !== head.length) return done(new Error(`the proxy ${describeProxy(proxy)} sent data before the tunnel to ${authority} was used`));
        return done();
      }
      const reason = statusLine.replace(/^HTTP\/1\.[01] /, '').slice(0, 80);
      const what = `the proxy ${describeProxy(proxy)} answered CONNECT ${authority} with ${Number.isNaN(status) ? JSON.stringify(reason) : reason}`;
      if (status === 407) return done(new ProxyRefusedError(`${what}: check the user and password in the proxy setting (https_proxy / HTTPS_PROXY)`, status));
      if (status === 403) return done(new ProxyRefusedError(`${what}: the proxy does not allow ${authority}; ask its administrator, or list the host in NO_PROXY if it is reachable directly`, status));
      done(Object.assign(new Error(what), { status }));
    };
    const onError = (error: Error) => done(new Error(`cannot reach the proxy ${describeProxy(proxy)}: ${error.message}`, { cause: error }));
    const onEnd = () => done(new Error(`the proxy ${describeProxy(proxy)} closed the connection before answering CONNECT ${authority}`));
    const onAbort = () => done(params.signal.reason instanceof Error ? params.signal.reason : new Error('aborted'));
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('end', onEnd);
    if (params.signal.aborted) return onAbort();
    params.signal.addEventListener('abort', onAbort, { once: true });
    const authorization = proxyAuthorization(proxy);
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${authorization ? `Proxy-Authorization: ${authorization}\r\n` : ''}\r\n`);
  });
}
