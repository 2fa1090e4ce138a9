/**
 * A forward HTTP proxy on loopback, as a corporate network puts in front of self-hosted runners: CONNECT tunnels
 * (for https URLs) and absolute-form requests (`GET http://host/path`, for http URLs), optionally demanding
 * `Proxy-Authorization: Basic`. Host names are looked up in `hosts` first, so a test can give its emulators names
 * that do not resolve anywhere else (`hub.test`): a request that arrives proves it came through the proxy.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyRecord {
  /** CONNECT, or the method of a forwarded request. */
  method: string;
  /** host:port asked for. */
  authority: string;
  /** The status the proxy answered with itself (407, 403, 502), or 200 once it passed the request on. */
  status: number;
}

export interface HttpProxy {
  /** http://127.0.0.1:port (no credentials). */
  url: string;
  port: number;
  requests: ProxyRecord[];
  close(): Promise<void>;
}

export async function startHttpProxy(params: { credentials?: { user: string; password: string }; hosts?: Record<string, string>; refuse?: string[] } = {}): Promise<HttpProxy> {
  const requests: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const expected = params.credentials ? `Basic ${Buffer.from(`${params.credentials.user}:${params.credentials.password}`).toString('base64')}` : undefined;
  const resolveHost = (host: string) => params.hosts?.[host] ?? host;
  /** The status to answer with before passing anything on, if any. */
  const gate = (req: IncomingMessage, authority: string): number | undefined => {
    if (expected && req.headers['proxy-authorization'] !== expected) return 407;
    if (params.refuse?.includes(authority.replace(/:\d+$/, ''))) return 403;
    return undefined;
  };

  const server: Server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('a proxy request needs an absolute URL');
      return;
    }
    const authority = `${target.hostname}:${target.port || 80}`;
    const refused = gate(req, authority);
    requests.push({ method: req.method ?? 'GET', authority, status: refused ?? 200 });
    if (refused) {
      req.resume();
      res.writeHead(refused, refused === 407 ? { 'Proxy-Authenticate': 'Basic realm="test"', 'Content-Length': '0' } : { 'Content-Length': '0' }).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host: resolveHost(target.hostname), port: Number(target.port || 80), method: req.method, path: `${target.pathname}${target.search}`, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Length': '0' });
      res.end();
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    const refused = gate(req, authority);
    requests.push({ method: 'CONNECT', authority, status: refused ?? 200 });
    client.on('error', () => undefined);
    if (refused) {
      client.end(`HTTP/1.1 ${refused} ${refused === 407 ? 'Proxy Authentication Required' : 'Forbidden'}\r\n${refused === 407 ? 'Proxy-Authenticate: Basic realm="test"\r\n' : ''}Content-Length: 0\r\n\r\n`);
      return;
    }
    const separator = authority.lastIndexOf(':');
    const upstream = connect({ host: resolveHost(authority.slice(0, separator).replace(/^\[(.*)\]$/, '$1')), port: Number(authority.slice(separator + 1)) });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    upstream.on('error', () => {
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
