import { mkdir } from 'node:fs/promises';
import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { RestoreFailure, type ActionsCacheBackend } from './actions-cache-backend.js';
import { describeSize } from './cache-size.js';
import { treeSize } from './copy-tree.js';
import { actionsCacheKey } from './tier-names.js';
import type { ToolkitOutput } from './toolkit-call.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The runner's ACTIONS_CACHE_MODE (set when a run's token may only read or only write), as @actions/cache reads it. */
function runnerCacheMode(env: Record<string, string | undefined>) {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  const known = ['none', 'read', 'write', 'write-only'].includes(mode);
  return { mode, writable: !known || mode === 'write' || mode === 'write-only' };
}

/**
 * Which client talks to the service: our streaming one where it can (the v2 service of github.com, with zstd on
 * a Linux or macOS runner), @actions/cache elsewhere. Both read and write the same entries. On Windows always
 * @actions/cache: it knows which tar a Windows runner has (Git's GNU tar or the system's bsdtar) and how to pass
 * it paths, and our streaming client hands zstd a unix socket, which Windows does not have. Loaded at the first
 * lookup: a run whose output dir already holds the result never loads the archive code (tar, zstd, the client).
 */
async function chooseBackend(params: { env: Record<string, string | undefined>; output: ToolkitOutput }): Promise<ActionsCacheBackend> {
  const [{ cacheServiceV2, usesCacheServiceV2 }, { zstdAvailable }] = await Promise.all([import('./cache-service-v2.js'), import('./tar-zstd.js')]);
  if (process.platform !== 'win32' && usesCacheServiceV2(params.env) && (await zstdAvailable())) {
    const { streamingCacheBackend } = await import('./actions-cache-streaming.js');
    return streamingCacheBackend({ service: cacheServiceV2({ env: params.env }) });
  }
  return (await import('./actions-cache-toolkit.js')).toolkitCacheBackend(params);
}

/**
 * The GitHub Actions cache: shared by every runner of the repository, so a PR check on a hosted runner finds what
 * the nightly job on a self-hosted runner produced. Keys are immutable there: a key another job saved first is
 * "exists", and an entry that fails to restore cannot be replaced (only deleted).
 */
export function createActionsCacheTier(params: {
  env: Record<string, string | undefined>;
  keyPrefix: string;
  sizeLimitBytes: number;
  sizeLimitText: string;
  reporter: Reporter;
  output: ToolkitOutput;
}): Tier {
  const { env, keyPrefix, sizeLimitBytes, sizeLimitText, reporter, output } = params;
  /** Keys whose stored entry this run could not restore, with why. */
  const unusable = new Map<string, string>();
  let backend: Promise<ActionsCacheBackend> | undefined;
  const client = () => (backend ??= chooseBackend({ env, output }));
  const progress = (label: string) => (bytes: number) => reporter.progress({ label, done: bytes, unit: 'bytes' });

  return {
    source: 'actions-cache',
    async lookup({ step, key }) {
      try {
        return await (await client()).lookup({ key: actionsCacheKey({ prefix: keyPrefix, step, key }) });
      } catch (error) {
        reporter.warning(`GitHub Actions cache lookup failed (${messageOf(error)}); counting it as a miss`);
        return false;
      }
    },
    async restore({ step, key, dir }) {
      const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key });
      // Downloading an entry again that failed a moment ago would fail the same way.
      const known = unusable.get(fullKey);
      if (known) return { failed: known };
      try {
        await mkdir(dir, { recursive: true });
        return (await (await client()).restore({ key: fullKey, dir, onBytes: progress('GitHub Actions cache download') })) === 'restored';
      } catch (error) {
        if (error instanceof RestoreFailure && error.entryFound) unusable.set(fullKey, error.message);
        return { failed: messageOf(error) };
      }
    },
    async save({ step, key, dir }) {
      const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key });
      const runner = runnerCacheMode(env);
      if (!runner.writable) return { kind: 'skipped', reason: `this run's cache access is "${runner.mode}" (ACTIONS_CACHE_MODE), which does not permit saving` };
      const bytes = await treeSize(dir);
      if (bytes > sizeLimitBytes) {
        return { kind: 'skipped', reason: `the output is ${describeSize(bytes)}, over the cache-size-limit of ${sizeLimitText}; raise cache-size-limit or rely on the runner tool cache` };
      }
      if (unusable.has(fullKey)) {
        return {
          kind: 'skipped',
          reason: `the stored entry ${fullKey} could not be restored and Actions cache entries cannot be replaced: delete it (gh cache delete ${fullKey}) or change cache-key-prefix`,
        };
      }
      try {
        const cache = await client();
        // Archiving a multi-GB dir only to hear "already exists" is minutes lost: ask first.
        if (await cache.lookup({ key: fullKey })) return { kind: 'exists' };
        const outcome = await cache.save({ key: fullKey, dir, limitBytes: sizeLimitBytes, onBytes: progress('GitHub Actions cache upload') });
        if (outcome.kind === 'saved') return { kind: 'saved', bytes };
        if (outcome.kind === 'exists') return { kind: 'exists' };
        if (outcome.kind === 'too-large') {
          return {
            kind: 'skipped',
            reason: `the archive grew past the cache-size-limit of ${sizeLimitText} while uploading (the output is ${describeSize(bytes)}), so it was not committed; raise cache-size-limit or rely on the runner tool cache`,
          };
        }
        return { kind: 'exists', unfinished: true };
      } catch (error) {
        return { kind: 'failed', reason: messageOf(error) };
      }
    },
  };
}
