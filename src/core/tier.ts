import type { ResultSource } from './step-result.js';

/**
 * A place a step's finished output dir can be found besides the dir itself: the runner's tool cache,
 * the GitHub Actions cache. Implementations live outside core; core only calls them.
 * "Not there" is a normal answer (false), and so is a tier that failed: it logs and reports a miss.
 */
export interface Tier {
  readonly source: Exclude<ResultSource, 'disk' | 'hub' | 'trained' | 'none'>;
  /** Is an entry for this key there? Downloads nothing. */
  lookup(params: { step: string; key: string; lineage?: string }): Promise<boolean>;
  /**
   * Put the entry for this key into `dir` (which does not exist yet). False when there is none; `failed` when
   * there was one that could not be restored (a corrupted archive, a failed copy), with why: a miss with a reason.
   */
  restore(params: { step: string; key: string; dir: string; lineage?: string }): Promise<boolean | { failed: string }>;
  /** Store `dir` under this key. Returns what happened, for the report. */
  save(params: { step: string; key: string; dir: string; lineage?: string }): Promise<TierSaveOutcome>;
  /**
   * Optional: the newest saved entry of a lineage (e.g. the same model repo and patterns at another revision),
   * whose files can be restored one by one. Undefined when there is none or the tier cannot tell.
   */
  nearest?(params: {
    step: string;
    lineage: string;
    /** A dir beside the output dir (not there yet) for a tier that must unpack a whole entry first; `dispose` removes it. */
    scratchDir: string;
  }): Promise<NearestEntry | undefined>;
  /** Optional: small records beside the entries (see TierRecords). */
  readonly records?: TierRecords;
  /** Optional: what this tier did in this run (bytes moved…), merged into the step's details for --json and the summary. */
  runDetails?(): Record<string, unknown> | undefined;
}

/** An earlier result of the same lineage: its files by content hash, any of which can be restored alone. */
export interface NearestEntry {
  key: string;
  createdAt: string;
  files: readonly { path: string; size: number; sha256: string }[];
  /** Restore these files (by their sha256) into `dir` at their `path`, each verified; throws when one fails. */
  restoreFiles(params: { files: readonly { path: string; size: number; sha256: string }[]; dir: string }): Promise<void>;
  /** Remove what the tier unpacked to offer this entry (called once the step is done with it). */
  dispose?(): Promise<void>;
}

export type TierSaveOutcome =
  | { kind: 'saved'; bytes?: number }
  /** `unfinished`: the key is reserved by an upload that has not completed (another run saving it, or a killed one). */
  | { kind: 'exists'; unfinished?: boolean }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; reason: string };

/**
 * Optional extension of a Tier: small JSON records kept beside its entries, read without restoring any entry (the
 * latest result of a step on a branch, the metrics recorded for a key). The PR report and the sweep report read
 * them to compare with a base branch and rank sweep cells without downloading a trained model. A tier without such
 * a place leaves `records` out; every reader copes with that.
 *
 * `name` is made by the caller (src/report/step-records.ts): lowercase letters, digits and "-", at most 100
 * characters, so a tier can use it in a key or file name as it is. A later `write` under the same name wins:
 * `read` answers the newest record written under it.
 */
export interface TierRecords {
  /** The newest record under `name`; undefined when there is none, or when the tier failed (it warns). */
  read(params: { name: string }): Promise<Record<string, unknown> | undefined>;
  write(params: { name: string; record: Record<string, unknown> }): Promise<TierSaveOutcome>;
}
