import { InputError } from '../core/errors.js';
import { createRetryingFetch, defaultRetryPolicy, type RetryPolicy } from '../http/fetch-with-retry.js';

/** Everything a Hub call needs, built once per run from flags and environment. */
export interface HubConnection {
  hubUrl: string;
  accessToken?: string;
  offline: boolean;
  fetch: typeof fetch;
  /** Parallel file downloads. */
  concurrency: number;
  retry: RetryPolicy;
  /** Told of each retry of a request (the retrying fetch's own, and file downloads'). */
  onRetry?: (message: string) => void;
}

export const DEFAULT_HUB_URL = 'https://huggingface.co';

export function createHubConnection(params: {
  hubUrl?: string;
  token?: string;
  offline?: boolean;
  concurrency?: number;
  retry?: RetryPolicy;
  onRetry?: (message: string) => void;
}): HubConnection {
  const hubUrl = (params.hubUrl?.trim() || DEFAULT_HUB_URL).replace(/\/+$/, '');
  let parsed: URL | undefined;
  try {
    parsed = new URL(hubUrl);
  } catch {
    parsed = undefined;
  }
  // Never echoed when it may hold a password (user:password@host): the URL is shown only without one.
  const named = hubUrl.includes('@') ? 'The Hub URL' : `Hub URL "${hubUrl}"`;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new InputError(`${named} is not an http(s) URL: set HF_ENDPOINT (or --hub-url) to e.g. ${DEFAULT_HUB_URL}`);
  }
  if (parsed.username || parsed.password) {
    throw new InputError('The Hub URL holds a user or password (user:password@host), which requests cannot carry: give the bare URL in HF_ENDPOINT (or --hub-url) and the token in HF_TOKEN (the URL is not shown)');
  }
  const token = params.token?.trim() || undefined;
  // @huggingface/hub refuses tokens without the hf_ prefix; say so without echoing the token.
  if (token && !token.startsWith('hf_')) {
    throw new InputError('The Hugging Face token does not start with "hf_": check HF_TOKEN (or --token / hf-token); the token itself is not shown');
  }
  return {
    hubUrl,
    accessToken: token,
    offline: params.offline ?? false,
    fetch: createRetryingFetch({ policy: params.retry ?? defaultRetryPolicy, onRetry: params.onRetry }),
    concurrency: params.concurrency ?? 8,
    retry: params.retry ?? defaultRetryPolicy,
    onRetry: params.onRetry,
  };
}
