import { createHubConnection, type HubConnection } from '../hub/hub-connection.js';
import type { Reporter } from '../core/reporter.js';
import { InputError } from '../core/errors.js';
import { retryPolicyFromEnv } from '../http/fetch-with-retry.js';
import { readProxySettings } from '../http/proxy.js';
import { envFlag } from './args.js';

/** The Hub connection from flags, then the environment huggingface_hub users already set. */
export function hubConnectionFromArgs(params: {
  values: { 'hub-url'?: string; token?: string; offline?: boolean };
  env: Record<string, string | undefined>;
  reporter: Reporter;
  secrets: string[];
}): HubConnection {
  const { values, env, reporter, secrets } = params;
  const token = values.token ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
  if (token) secrets.push(token.trim());
  const proxies = readProxySettings(env);
  secrets.push(...proxies.passwords);
  if (proxies.problem) throw new InputError(proxies.problem);
  return createHubConnection({
    hubUrl: values['hub-url'] ?? env.HF_ENDPOINT,
    token,
    offline: values.offline === true || envFlag(env.HF_HUB_OFFLINE),
    retry: retryPolicyFromEnv(env),
    onRetry: (message) => reporter.warning(message),
  });
}
