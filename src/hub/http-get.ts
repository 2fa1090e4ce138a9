import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** fetch's limit. */
const MAX_REDIRECTS = 20;

/**
 * GET `url` with node's http client, for file contents: the body arrives as the socket's own Buffers, without
 * fetch's web streams (on the 512 MiB model-download bench: ~0.2 s less CPU, ~70 ms less wall time on 2 cores).
 * Redirects are followed as fetch follows them (the Hub sends LFS files to its CDN): up to 20, relative locations
 * resolved, and Authorization dropped once a hop leaves the origin it was given for, so the Hub token never
 * reaches the CDN. Resolves once the final response's headers are in; `signal` aborts the request and its body.
 */
export async function httpGet(params: { url: string; headers: Record<string, string>; signal: AbortSignal }): Promise<IncomingMessage> {
  const { signal } = params;
  let url = new URL(params.url);
  let headers = { ...params.headers };
  for (let redirects = 0; ; redirects++) {
    const response = await getOnce({ url, headers, signal });
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return response;
    response.resume();
    if (redirects >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error(`a redirect to a ${next.protocol} URL`);
    if (next.origin !== url.origin) headers = withoutHeader(headers, 'authorization');
    url = next;
  }
}

function getOnce(params: { url: URL; headers: Record<string, string>; signal: AbortSignal }): Promise<IncomingMessage> {
  const { url, headers, signal } = params;
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'GET', headers, signal }, (response) => {
      // A connection that drops later fails the body's reader; unheard, that 'error' would end the process.
      response.on('error', () => undefined);
      resolve(response);
    });
    request.on('error', reject);
    request.end();
  });
}

function withoutHeader(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
}
