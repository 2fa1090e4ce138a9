import { createHubConnection, type HubConnection } from '../hub/hub-connection.js';
import type { Reporter } from '../core/reporter.js';
import { envFlag } from '../cli/args.js';
import { retryPolicyFromEnv } from '../http/fetch-with-retry.js';
import { booleanInput, optionalInput } from './action-inputs.js';
import { Inputs } from './constants.js';

/** Hub connection from inputs, falling back to the runner's environment. */
export function hubConnectionFromInputs(reporter: Reporter): HubConnection {
  const token = optionalInput(Inputs.HfToken) ?? process.env.HF_TOKEN;
  // Masked by runAction before any command runs.
  return createHubConnection({
    hubUrl: optionalInput(Inputs.HubUrl) ?? process.env.HF_ENDPOINT,
    token,
    offline: booleanInput(Inputs.Offline) || envFlag(process.env.HF_HUB_OFFLINE),
    retry: retryPolicyFromEnv(process.env),
    onRetry: (message) => reporter.warning(message),
  });
}
