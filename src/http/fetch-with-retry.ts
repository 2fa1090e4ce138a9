/**
 * A `fetch` for every Hub call: bounded retries with exponential backoff on 429 (honouring Retry-After),
 * 500/502/503/504 and connection failures, and a timeout on waiting for the response headers.
 * Passed to @huggingface/hub as its `fetch`, so the library's own requests get the same treatment.
 * (Body stalls are caught where bodies are read: see download-verified-file.ts.)
 */
import { InputError } from '../core/errors.js';
import { ProxyRefusedError, ProxySettingError } from './proxy.js';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up waiting for response headers after this long. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 30_000 };

/**
 * The policy, tunable through ME_HTTP_ATTEMPTS, ME_HTTP_BACKOFF_MS and ME_HTTP_TIMEOUT_MS (milliseconds) for
 * slow networks, and for tests that must not wait 30 s for a stalled emulator. A value that is set but is not a
 * whole number in range is bad input (InputError), not silently the default.
 */
export function retryPolicyFromEnv(env: Record<string, string | undefined>): RetryPolicy {
  const int = (name: string, fallback: number, range: [number, number], what: string) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < range[0] || value > range[1]) {
      throw new InputError(`${name}=${JSON.stringify(text.slice(0, 40))} is not ${what}: give a whole number from ${range[0]} to ${range[1]} (default ${fallback}), or unset it`);
    }
    return value;
  };
  return {
    attempts: int('ME_HTTP_ATTEMPTS', defaultRetryPolicy.attempts, [1, 100], 'a number of attempts'),
    baseDelayMs: int('ME_HTTP_BACKOFF_MS', defaultRetryPolicy.baseDelayMs, [0, 600_000], 'a backoff in milliseconds'),
    maxDelayMs: defaultRetryPolicy.maxDelayMs,
    timeoutMs: int('ME_HTTP_TIMEOUT_MS', defaultRetryPolicy.timeoutMs, [1, 3_600_000], 'a timeout in milliseconds'),
  };
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

export function retryAfterMs(header: string | null, fallback: number): number {
  if (!header) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallback : Math.max(0, date - Date.now());
}

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, exponential * (0.75 + Math.random() * 0.5));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The HTTP client (node:http, node:net, the proxy tunnel), loaded at the first request: a step that decides from
 * disk (a train hit) holds a connection it never uses, and need not pay for loading one.
 */
let proxiedFetchModule: Promise<typeof import('./proxied-fetch.js')> | undefined;
const lazyProxiedFetch: typeof fetch = async (input, init) => {
  proxiedFetchModule ??= import('./proxied-fetch.js');
  return (await proxiedFetchModule).proxiedFetch(input, init);
};

export function createRetryingFetch(
  params: {
    policy?: RetryPolicy;
    onRetry?: (message: string) => void;
    baseFetch?: typeof fetch;
    /** Connection failures not worth another attempt (e.g. a refused connection to a service that is optional). */
    isPermanent?: (error: unknown) => boolean;
  } = {},
): typeof fetch {
  const policy = params.policy ?? defaultRetryPolicy;
  const baseFetch = params.baseFetch ?? lazyProxiedFetch;
  return ((input: string | URL | Request, init?: RequestInit) =>
    withRetries({
      policy,
      onRetry: params.onRetry,
      isPermanent: params.isPermanent,
      input,
      signal: init?.signal ?? undefined,
      attempt: (signal) => baseFetch(input, { ...init, signal }),
      answer: (response) => ({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        discard: () => response.body?.cancel(),
      }),
    })) as typeof fetch;
}

/** What the retry loop needs to know of one attempt's response. */
export interface AttemptAnswer {
  status: number;
  retryAfter: string | null;
  /** Let go of a response that will be retried (its body is not read). */
  discard(): Promise<unknown> | void;
}

/**
 * The retry loop of every Hub request, whatever client makes it (fetch, or node's http client for file contents):
 * `attempt` makes one request with the signal it is given, which aborts when the headers take longer than the
 * policy's timeout or when `signal` aborts; `answer` tells the loop the response's status. Resolves with the
 * first response that is not retried; throws after the last attempt's connection failure.
 */
export async function withRetries<T>(params: {
  policy: RetryPolicy;
  onRetry?: (message: string) => void;
  isPermanent?: (error: unknown) => boolean;
  /** What is requested, for messages (its query string is left out). */
  input: string | URL | Request;
  signal?: AbortSignal;
  attempt: (signal: AbortSignal) => Promise<T>;
  answer: (result: T) => AttemptAnswer;
}): Promise<T> {
  const { policy, input, signal } = params;
  // A proxy that refuses us, or a proxy setting that is not a URL, answers the same way every time.
  const isPermanent = (error: unknown) => params.isPermanent?.(error) || proxyProblem(error) !== undefined || isBlockedPort(error);
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => controller.abort(new Error(`no response within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    try {
      const result = await params.attempt(controller.signal);
      const answer = params.answer(result);
      if (!RETRY_STATUSES.has(answer.status) || attempt === policy.attempts) return result;
      const wait = Math.min(policy.maxDelayMs, retryAfterMs(answer.retryAfter, backoffMs(policy, attempt)));
      await Promise.resolve()
        .then(() => answer.discard())
        .catch(() => undefined);
      params.onRetry?.(`HTTP ${answer.status} from ${describeUrl(input)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
      await sleep(wait);
    } catch (error) {
      if (signal?.aborted) throw error;
      lastError = controller.signal.aborted ? controller.signal.reason : error;
      if (attempt === policy.attempts || isPermanent(lastError) || isCertificateError(lastError)) break;
      const wait = backoffMs(policy, attempt);
      params.onRetry?.(`${describeCause(lastError)} from ${describeUrl(input)}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 1}/${policy.attempts})`);
      await sleep(wait);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
  if (isCertificateError(lastError)) {
    throw new Error(
      `${describeCause(lastError)} from ${describeUrl(input)}: its TLS certificate is not trusted here; if your network uses its own certificate authority, point NODE_EXTRA_CA_CERTS at it`,
      { cause: lastError },
    );
  }
  // Its message names the proxy and what to change; fetch's wrapper around it ("fetch failed") adds nothing.
  const problem = proxyProblem(lastError);
  if (problem) throw problem;
  if (isBlockedPort(lastError)) {
    throw new Error(`${describeUrl(input)}: fetch refuses to connect to port ${portOf(input)} (one of the ports browsers block); serve it on another port`);
  }
  const tries = isPermanent(lastError) ? '' : ` (after ${policy.attempts} attempt${policy.attempts === 1 ? '' : 's'})`;
  throw new Error(`${describeCause(lastError)}${tries} from ${describeUrl(input)}`, { cause: lastError });
}

/** fetch refuses the ports browsers block (e.g. 9, 25, 6000) with "bad port": no attempt can succeed. */
function isBlockedPort(error: unknown): boolean {
  return (error as { cause?: { message?: string } })?.cause?.message === 'bad port';
}

function portOf(input: string | URL | Request): string {
  try {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    return url.port || (url.protocol === 'https:' ? '443' : '80');
  } catch {
    return '?';
  }
}

/** A refusal by the proxy or an unusable proxy setting, thrown as is or as fetch's cause. */
function proxyProblem(error: unknown): ProxyRefusedError | ProxySettingError | undefined {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    if (candidate instanceof ProxyRefusedError || candidate instanceof ProxySettingError) return candidate;
  }
  return undefined;
}

/** OpenSSL's verdicts on a certificate chain (and node's on its names): asking again gets the same answer. */
const CERTIFICATE_CODES = /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_\w+)$/;

function isCertificateError(error: unknown): boolean {
  const codes = [(error as { code?: unknown })?.code, (error as { cause?: { code?: unknown } })?.cause?.code];
  return codes.some((code) => typeof code === 'string' && CERTIFICATE_CODES.test(code));
}

/** The URL without query string (signed URLs carry credentials there). */
export function describeUrl(input: string | URL | Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split('?')[0];
  }
}

export function describeCause(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (a vm context), where instanceof Error is false.
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string') {
    const { message, cause } = error as { message: string; cause?: { code?: string; message?: string } };
    // The cause's code or message, unless the message already says it (a wrapped error repeats its cause).
    if (cause?.code && !message.includes(cause.code)) return `${message} (${cause.code})`;
    if (!cause?.code && cause?.message && !message.includes(cause.message)) return `${message} (${cause.message})`;
    return message;
  }
  return String(error);
}
