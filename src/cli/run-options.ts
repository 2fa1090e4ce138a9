import type { ParseArgsConfig } from 'node:util';
import type { RunOptions } from '../core/cached-step.js';
import { InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { parseCacheSettings } from '../tiers/cache-settings.js';
import { selectTiers } from '../tiers/select-tiers.js';

/**
 * The cache-loop flags every step command shares. A command spreads them into its parseCommandArgs options
 * (`...cacheOptions`; `force` and `plan` are the same definitions hubOptions has) and passes the parsed values
 * to runOptionsFromArgs, then appends CACHE_OPTIONS_HELP to its --help.
 */
export const cacheOptions = {
  force: { type: 'boolean' },
  plan: { type: 'boolean' },
  cache: { type: 'string' },
  'tool-cache': { type: 'boolean' },
  'no-tool-cache': { type: 'boolean' },
  'cache-key-prefix': { type: 'string' },
  'fail-on-cache-error': { type: 'boolean' },
  'cache-size-limit': { type: 'string' },
  store: { type: 'string' },
  'store-endpoint': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const CACHE_OPTIONS_HELP = `
Caches (after the output dir, the runner tool cache and then the GitHub Actions cache are checked; what is
produced is saved to both):
  --cache <mode>          read-write (default), read-only (restore, never save: for pull requests), or off
                          (no GitHub Actions cache). The Actions cache is used when the runner's
                          ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set
  --tool-cache, --no-tool-cache
                          use the runner tool cache (RUNNER_TOOL_CACHE) or not; default: on, except on
                          GitHub-hosted runners (RUNNER_ENVIRONMENT=github-hosted), whose tool cache dies with the job
  --cache-key-prefix <p>  prefix for cache entries (letters, digits, . _ -), e.g. v2- to start afresh
  --cache-size-limit <n>  skip saving outputs larger than this to the Actions cache (default 10GB)
  --fail-on-cache-error   fail when saving to a cache fails (default: a warning)
  --store s3://<bucket>/<prefix>
                          also use an S3-compatible store shared by every runner (default: ME_STORE), checked
                          after the tool cache and before the Actions cache; credentials from the AWS chain
  --store-endpoint <url>  the store's server when it is not AWS S3, e.g. http://minio:9000 (default:
                          AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL); addressed path-style
  --plan                  decide only: report a hit (and from where) or what would run; change nothing`;

/** What parseCommandArgs gives back for cacheOptions; every field is optional so any command's values fit. */
export interface CacheArgValues {
  force?: boolean;
  plan?: boolean;
  cache?: string;
  'tool-cache'?: boolean;
  'no-tool-cache'?: boolean;
  'cache-key-prefix'?: string;
  'fail-on-cache-error'?: boolean;
  'cache-size-limit'?: string;
  store?: string;
  'store-endpoint'?: string;
}

/**
 * The cache-loop options every CLI step command shares: force, plan mode, and the cache tiers chosen from the
 * flags and the runner's environment. Throws InputError for a bad flag before anything runs.
 */
export function runOptionsFromArgs(params: { values: CacheArgValues; env: Record<string, string | undefined>; reporter: Reporter }): RunOptions {
  const { values, env, reporter } = params;
  if (values['tool-cache'] && values['no-tool-cache']) throw new InputError('--tool-cache and --no-tool-cache contradict each other: give one');
  const settings = parseCacheSettings({
    mode: values.cache,
    toolCache: values['tool-cache'] ? true : values['no-tool-cache'] ? false : undefined,
    keyPrefix: values['cache-key-prefix'],
    failOnCacheError: values['fail-on-cache-error'],
    sizeLimit: values['cache-size-limit'],
    store: values.store,
    storeEndpoint: values['store-endpoint'],
    env,
    names: { mode: '--cache', keyPrefix: '--cache-key-prefix', sizeLimit: '--cache-size-limit', store: '--store', storeEndpoint: '--store-endpoint' },
  });
  return {
    reporter,
    force: values.force === true,
    plan: values.plan === true,
    // stdout carries --json only: the toolkit's own lines must not reach it.
    tiers: selectTiers({ settings, env, reporter, output: 'quiet' }),
    saveToTiers: settings.mode !== 'read-only',
    failOnCacheError: settings.failOnCacheError,
  };
}
