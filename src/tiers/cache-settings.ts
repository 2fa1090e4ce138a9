import { InputError } from '../core/errors.js';
import { printable } from '../core/validate-input.js';
import { DEFAULT_CACHE_SIZE_LIMIT, parseCacheSize } from './cache-size.js';
import { parseStoreLocation, type StoreLocation } from './store/store-location.js';

export const CACHE_MODES = ['read-write', 'read-only', 'off'] as const;
/**
 * read-write: restore from the cache tiers and save what was produced; read-only: restore, never save (pull
 * requests must not write entries the default branch would trust); off: no GitHub Actions cache.
 */
export type CacheMode = (typeof CACHE_MODES)[number];

/** What the user chose about caching, checked; the front ends differ only in where the values come from. */
export interface CacheSettings {
  mode: CacheMode;
  /** The mode was given rather than defaulted (then an unavailable Actions cache is worth a word). */
  modeGiven: boolean;
  /** true/false as given; undefined: on where the tool cache outlives the job (self-hosted runners). */
  toolCache: boolean | undefined;
  keyPrefix: string;
  failOnCacheError: boolean;
  sizeLimitBytes: number;
  /** The limit as the user wrote it (or the default), for messages. */
  sizeLimitText: string;
  /** The S3-compatible store (--store / store / ME_STORE), when one was given. */
  store?: StoreLocation;
}

/** The names a front end calls each setting, so messages say `--cache` in the CLI and `Input cache` in the Action. */
export interface CacheSettingNames {
  mode: string;
  keyPrefix: string;
  sizeLimit: string;
  store?: string;
  storeEndpoint?: string;
}

const PREFIX = /^[A-Za-z0-9._-]*$/;

export function parseCacheSettings(params: {
  mode?: string;
  toolCache?: boolean;
  keyPrefix?: string;
  failOnCacheError?: boolean;
  sizeLimit?: string;
  /** s3://bucket/prefix; falls back to ME_STORE in `env`. */
  store?: string;
  storeEndpoint?: string;
  env?: Record<string, string | undefined>;
  names: CacheSettingNames;
}): CacheSettings {
  const { names } = params;
  const modeText = (params.mode ?? '').trim();
  if (modeText !== '' && !(CACHE_MODES as readonly string[]).includes(modeText)) {
    throw new InputError(`${names.mode} "${printable(modeText)}" is not one of ${CACHE_MODES.join(', ')} (use read-only for pull_request workflows)`);
  }
  const keyPrefix = (params.keyPrefix ?? '').trim();
  // The prefix ends up in a cache key (no commas, at most 512 characters) and in a tool-cache directory name.
  if (keyPrefix.length > 100 || !PREFIX.test(keyPrefix)) {
    throw new InputError(`${names.keyPrefix} "${printable(keyPrefix)}" may only hold letters, digits, ".", "_" and "-" (at most 100), e.g. "v2-"`);
  }
  const sizeLimitText = (params.sizeLimit ?? '').trim() || DEFAULT_CACHE_SIZE_LIMIT;
  return {
    mode: modeText === '' ? 'read-write' : (modeText as CacheMode),
    modeGiven: modeText !== '',
    toolCache: params.toolCache,
    keyPrefix,
    failOnCacheError: params.failOnCacheError === true,
    sizeLimitBytes: parseCacheSize({ flag: names.sizeLimit, value: params.sizeLimit }),
    sizeLimitText,
    store: parseStoreLocation({
      store: (params.store ?? '').trim() || params.env?.ME_STORE,
      endpoint: params.storeEndpoint,
      env: params.env ?? {},
      names: { store: (params.store ?? '').trim() ? (names.store ?? '--store') : 'ME_STORE', endpoint: names.storeEndpoint ?? '--store-endpoint' },
    }),
  };
}
