import { HubApiError } from '@huggingface/hub';
import { InputError, StepError } from '../core/errors.js';
import { describeCause } from '../http/fetch-with-retry.js';

/**
 * Turn a Hub failure into a message a person can act on. A missing repo or revision is the user's
 * input (exit 2); everything else is a failure of the run (exit 1). Never includes the token.
 */
export function explainHubError(params: { error: unknown; what: string }): Error {
  const { error, what } = params;
  if (error instanceof InputError || error instanceof StepError) return error;
  if (error instanceof HubApiError) {
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
