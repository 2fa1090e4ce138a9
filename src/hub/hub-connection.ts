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
  try {
    const parsed = new URL(hubUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new InputError(`Hub URL "${hubUrl}" is not an http(s) URL: set HF_ENDPOINT (or --hub-url) to e.g. ${DEFAULT_HUB_URL}`);
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
