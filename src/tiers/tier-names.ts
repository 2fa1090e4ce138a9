/**
 * How entries are named in each tier. Changing any of these orphans every stored entry, so they are versioned
 * by what they contain (the step's key), never by our release.
 */

import { sha256Hex } from '../core/canonical-json.js';

/**
 * GitHub Actions cache key: `<prefix>model-experiments-<step>-<key>`, or `…-<step>-<lineage tag>-<key>` for a step
 * with a lineage (a model repo + patterns), so the newest entry of the lineage is found by key prefix
 * (`actionsCacheLineagePrefix`, the service's restore keys) when the exact key is a miss.
 */
export function actionsCacheKey(params: { prefix: string; step: string; key: string; lineage?: string }): string {
  return `${params.prefix}model-experiments-${params.step}-${params.lineage ? `${lineageTag(params.lineage)}-` : ''}${params.key}`;
}

export function actionsCacheLineagePrefix(params: { prefix: string; step: string; lineage: string }): string {
  return `${params.prefix}model-experiments-${params.step}-${lineageTag(params.lineage)}-`;
}

/** 64 bits of the lineage's hash: enough to keep the repos of one cache apart, short enough for a readable key. */
const lineageTag = (lineage: string) => `l${sha256Hex(lineage).slice(0, 16)}`;

/** Tool name in the runner tool cache: one tool per step, so entries of different steps never mix. */
export function toolCacheTool(params: { prefix: string; step: string }): string {
  return `${params.prefix}model-experiments-${params.step}`;
}

/**
 * Tool-cache version for a key. `find` only finds semver versions, and a prerelease made only of digits must not
 * start with 0, so the key goes behind a `g` (as `git describe` does). 32 hex digits (128 bits) keep paths short;
 * a restored entry is validated against the full key's inputs anyway.
 */
export function toolCacheVersion(key: string): string {
  return `0.0.0-g${key.slice(0, 32)}`;
}

/** Tool-cache folder of the small records (latest pointers, result summaries): `<prefix>model-experiments-records`. */
export function toolCacheRecordsDir(prefix: string): string {
  return `${prefix}model-experiments-records`;
}

/**
 * Actions cache key prefix of a record: every write adds a new entry `<prefix>model-experiments-record-<name>-<stamp>`
 * (entries are immutable) and a read restores the newest entry under this prefix.
 */
export function actionsCacheRecordPrefix(params: { prefix: string; name: string }): string {
  return `${params.prefix}model-experiments-record-${params.name}-`;
}
