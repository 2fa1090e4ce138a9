/**
 * A loopback HTTP proxy in front of the Actions cache emulator that moves archive uploads and downloads at a capped
 * rate, so a save or a restore takes long enough for a SIGKILL to land in the middle of it. Everything else passes
 * through as it is; the signed blob URLs in the service's answers are rewritten to point at the proxy, so the
 * archives come through it.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SlowArchiveProxy {
  /** Use as ACTIONS_RESULTS_URL. */
  url: string;
  /** Bytes per second an upload body is read at (0 = no cap). */
  setUploadBandwidth(bytesPerSecond: number): void;
  /** Bytes per second an archive download is sent at (0 = no cap). */
  setDownloadBandwidth(bytesPerSecond: number): void;
  /** Resolves once no request is in flight (a killed client's last request has reached the service, or was dropped). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSlowArchiveProxy(params: { target: string }): Promise<SlowArchiveProxy> {
  const target = new URL(params.target);
  let uploadBandwidth = 0;
  let downloadBandwidth = 0;
  let origin = '';
  let inFlight = 0;
  let idleWaiters: (() => void)[] = [];
  const settled = () => {
    if (--inFlight > 0) return;
    for (const wake of idleWaiters) setImmediate(wake);
    idleWaiters = [];
  };
  const sockets = new Set<Socket>();

  /** Copy `from` into `to` at `rate` bytes per second (0 = as fast as it goes), then end `to`. */
  async function copyPaced(from: AsyncIterable<unknown>, to: NodeJS.WritableStream & { destroyed: boolean }, rate: number): Promise<void> {
    for await (const chunk of from) {
      const buffer = chunk as Buffer;
      const piece = rate > 0 ? Math.max(1024, Math.floor(rate / 20)) : buffer.length;
      for (let offset = 0; offset < buffer.length && !to.destroyed; offset += piece) {
        const part = buffer.subarray(offset, offset + piece);
        if (!to.write(part)) await new Promise((resolve) => to.once('drain', resolve));
        if (rate > 0) await sleep((part.length / rate) * 1000);
      }
    }
    to.end();
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const headers = { ...req.headers, host: target.host };
    // The rate a transfer starts with holds for all of it.
    const rates = { upload: req.method === 'PUT' ? uploadBandwidth : 0, download: req.method === 'GET' ? downloadBandwidth : 0 };
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: false }, (answer) => {
      const isJson = String(answer.headers['content-type'] ?? '').includes('application/json');
      if (!isJson) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        copyPaced(answer, res, rates.download).catch(() => res.destroy());
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.from(Buffer.concat(chunks).toString('utf8').split(target.origin).join(origin));
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(body.length) });
        res.end(body);
      });
    });
    // In flight until both sides are closed: then the service has handled all it received of this request.
    inFlight++;
    let open = 2;
    const closed = () => {
      if (--open === 0) settled();
    };
    res.on('close', closed);
    upstream.on('close', closed);
    // A client that goes away (killed mid-upload) takes its upstream request with it, as a dropped connection would.
    const abandon = () => upstream.destroy();
    req.on('aborted', abandon);
    res.on('close', () => {
      if (!res.writableFinished) abandon();
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    copyPaced(req, upstream, rates.upload).catch(abandon);
  }

  const server = createServer(handle).on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    setUploadBandwidth: (bytesPerSecond) => void (uploadBandwidth = bytesPerSecond),
    setDownloadBandwidth: (bytesPerSecond) => void (downloadBandwidth = bytesPerSecond),
    idle: () => new Promise<void>((resolve) => (inFlight === 0 ? setImmediate(resolve) : idleWaiters.push(resolve))),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
