// proxy-from-env 2.x ships no types: the one function used here.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from http_proxy / https_proxy / all_proxy and no_proxy, or '' when none applies. */
  export function getProxyForUrl(url: string | URL): string;
}
