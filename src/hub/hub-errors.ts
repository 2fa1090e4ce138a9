import { InputError, StepError } from '../core/errors.js';
import { describeCause } from '../http/fetch-with-retry.js';

/**
 * An HTTP status the Hub answered with: @huggingface/hub's HubApiError, or the same shape made by hubApiError
 * (for the calls made without the library). Duck-typed, so that this file does not load the library: a cache hit
 * must not pay for parsing it (see resolve-revision.ts).
 */
export function isHubApiError(error: unknown): error is Error & { statusCode: number; url: string; data?: unknown } {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number' && typeof (error as { url?: unknown }).url === 'string';
}

/**
 * The error @huggingface/hub throws for a response that is not ok (its createApiError, message for message): the
 * Hub's own `error` (or `message`) from a JSON answer, then the URL and request id.
 */
export async function hubApiError(response: Response): Promise<Error & { statusCode: number; url: string; requestId?: string; data?: unknown }> {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  let message = `Api error with status ${response.status}`;
  let data: unknown;
  try {
    if (response.headers.get('Content-Type')?.startsWith('application/json')) {
      const json = (await response.json()) as { error?: string; message?: string; error_description?: string };
      message = json.error || json.message || message;
      if (json.error_description) message = message ? `${message}: ${json.error_description}` : json.error_description;
      data = json;
    } else data = { message: await response.text() };
  } catch {
    // An unreadable body: the status says enough.
  }
  const trailer = [`URL: ${response.url}`, requestId ? `Request ID: ${requestId}` : undefined].filter(Boolean).join('. ');
  return Object.assign(new Error(`${message}. ${trailer}`), { statusCode: response.status, url: response.url, requestId, data });
}

/**
 * Turn a Hub failure into a message a person can act on. A missing repo or revision is the user's
 * input (exit 2); everything else is a failure of the run (exit 1). Never includes the token.
 */
export function explainHubError(params: { error: unknown; what: string }): Error {
  const { error, what } = params;
  if (error instanceof InputError || error instanceof StepError) return error;
  if (isHubApiError(error)) {
    const code = (error.data as { error?: string } | undefined) && error.message;
    if (error.statusCode === 404) {
      return new InputError(`${what} was not found on the Hub (${firstSentence(code ?? '')}): check the name and revision`);
    }
    if (error.statusCode === 401 || error.statusCode === 403) {
      return new StepError(`${what}: access denied (HTTP ${error.statusCode}); the repo may be private or gated: give a token with access (HF_TOKEN, --token or the hf-token input)`);
    }
    return new StepError(`${what}: the Hub answered HTTP ${error.statusCode} (${firstSentence(error.message)})`);
  }
  return new StepError(`${what}: ${describeCause(error)}`, { cause: error });
}

function firstSentence(message: string): string {
  const cut = message.split('. URL:')[0];
  return cut.length > 200 ? `${cut.slice(0, 197)}...` : cut;
}
