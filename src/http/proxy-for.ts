import { getProxyForUrl } from 'proxy-from-env';
import { parseProxySetting, ProxySettingError } from './proxy.js';

/**
 * The proxy a request goes through, read from the environment as curl reads it (proxy-from-env: `https_proxy`,
 * `http_proxy` or `all_proxy`, lower case first, then upper case; `no_proxy` lists hosts, `.domain` suffixes,
 * `host:port`, or `*`). Self-hosted runners behind a mandatory proxy set these for the runner and every action.
 */
export function proxyFor(url: URL): URL | undefined {
  const scheme = url.protocol.slice(0, -1);
  // The setting proxy-from-env reads for this URL, as it reads it (lower case first); blank is no proxy.
  const setting = [`${scheme}_proxy`, 'all_proxy'].map((name) => process.env[name] || process.env[name.toUpperCase()]).find(Boolean)?.trim();
  if (!setting || !getProxyForUrl(url.href)) return undefined;
  const parsed = parseProxySetting(setting);
  if ('problem' in parsed) throw new ProxySettingError(`the proxy setting for ${scheme} URLs ${parsed.problem}`);
  return parsed.url;
}
