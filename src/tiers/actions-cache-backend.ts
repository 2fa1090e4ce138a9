/**
 * One way of talking to the GitHub Actions cache: our streaming client of the v2 service, or @actions/cache.
 * The tier (actions-cache-tier.ts) holds what both share: keys, cache modes, size limits, reporting.
 * Failures throw with a one-line reason; "no such entry" is an answer, not a failure.
 */
export interface ActionsCacheBackend {
  /** Is there an entry under exactly this key? */
  lookup(params: { key: string }): Promise<boolean>;
  /** Unpack the entry under exactly this key into `dir` (which exists). */
  restore(params: { key: string; dir: string; onBytes: (bytes: number) => void }): Promise<'restored' | 'missing'>;
  /** Unpack the newest entry whose key starts with `prefix` into `dir` (which exists); its key, or undefined when none. */
  restoreNewest(params: { prefix: string; dir: string; onBytes: (bytes: number) => void }): Promise<string | undefined>;
  /**
   * Store `dir` under `key`. `exists`: the service already holds the key. `busy`: another upload of it has been
   * reserved and not finished (another run saving it now, or one that was killed mid-upload). `too-large`: the
   * archive grew past `limitBytes` and was not committed.
   */
  save(params: { key: string; dir: string; limitBytes: number; onBytes: (bytes: number) => void }): Promise<
    { kind: 'saved'; archiveBytes?: number } | { kind: 'exists' } | { kind: 'busy' } | { kind: 'too-large' }
  >;
}

/** A restore that failed; `entryFound` when the entry exists and is what failed (so retrying it is pointless). */
export class RestoreFailure extends Error {
  constructor(
    message: string,
    readonly entryFound: boolean,
  ) {
    super(message);
  }
}
