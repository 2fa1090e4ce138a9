import { mkdir } from 'node:fs/promises';
import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { describeSize } from './cache-size.js';
import { treeSize } from './copy-tree.js';
import { actionsCacheKey } from './tier-names.js';
import { archiverComplaints, callToolkit, type ToolkitLog, type ToolkitOutput } from './toolkit-call.js';

/**
 * @actions/cache's entry version is a hash of the literal path strings it is given, and its archive holds
 * paths relative to GITHUB_WORKSPACE. Passing "." with GITHUB_WORKSPACE set to the dir being saved or restored
 * gives one version on every runner, whatever its directory layout (a self-hosted GPU runner and ubuntu-latest
 * differ), and an archive that unpacks into whichever dir the loop asks for.
 */
const PATHS = ['.'];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The toolkit logs failures instead of throwing: turn what it said into one reason, root cause first. */
function failureReason(log: ToolkitLog, fallback: string): string {
  const said = log.problems.map((problem) =>
    // The first line says what failed; the toolkit's follow-up lines are generic advice.
    problem
      .split('\n')[0]
      .replace(/^Failed to (restore|save): /, '')
      .replace(/^uploadCacheArchiveSDK: internal error uploading cache archive: /, 'upload failed: ')
      .replace(/^"?\S*?([^/"\s]+)"? failed with error: The process '[^']*' failed with exit code (\d+)$/, '$1 exited with code $2'),
  );
  const reservation = log.debug.find((line) => line.startsWith('Failed to reserve cache: '))?.replace(/^Failed to reserve cache: (Error: )?/, '');
  const parts = [...new Set([...archiverComplaints(log), ...said, ...(reservation ? [reservation] : [])])];
  // The library often says one thing twice, once wrapped: keep the wrapped form.
  const distinct = parts.filter((part) => !parts.some((other) => other !== part && other.includes(part)));
  return distinct.length > 0 ? distinct.join('; ') : fallback;
}

/** The runner's ACTIONS_CACHE_MODE (set when a run's token may only read or only write), as @actions/cache reads it. */
function runnerCacheMode(env: Record<string, string | undefined>) {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  const known = ['none', 'read', 'write', 'write-only'].includes(mode);
  return { mode, writable: !known || mode === 'write' || mode === 'write-only' };
}

/**
 * The GitHub Actions cache through @actions/cache: shared by every runner of the repository, so a PR check on a
 * hosted runner finds what the nightly job on a self-hosted runner produced. Keys are immutable there: a key
 * another job saved first is "exists", and an entry that fails to restore cannot be replaced (only deleted).
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
  const cacheModule = () => import('@actions/cache');

  const lookup = async (fullKey: string): Promise<{ found: boolean; log: ToolkitLog }> => {
    const { value, log } = await callToolkit({
      env,
      output,
      work: async () => (await cacheModule()).restoreCache(PATHS.slice(), fullKey, [], { lookupOnly: true }),
    });
    return { found: value === fullKey, log };
  };

  return {
    source: 'actions-cache',
    async lookup({ step, key }) {
      try {
        const { found, log } = await lookup(actionsCacheKey({ prefix: keyPrefix, step, key }));
        if (!found && log.problems.length > 0) reporter.warning(`GitHub Actions cache lookup failed (${failureReason(log, 'no reason given')}); counting it as a miss`);
        return found;
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
        const { value, log } = await callToolkit({
          env: { ...env, GITHUB_WORKSPACE: dir },
          output,
          work: async () => (await cacheModule()).restoreCache(PATHS.slice(), fullKey),
        });
        if (value === fullKey) return true;
        // Another key that merely starts with ours was unpacked (the service also matches key prefixes): not ours.
        if (value !== undefined) return false;
        if (log.problems.length === 0) return false;
        const reason = failureReason(log, 'the entry could not be restored');
        // Only an entry that was found and then failed to download or unpack is broken; a failed lookup says nothing.
        if (log.text.some((line) => line.startsWith('Cache hit for'))) unusable.set(fullKey, reason);
        return { failed: reason };
      } catch (error) {
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
      // Archiving a multi-GB dir only to hear "already exists" is minutes lost: ask first.
      if ((await lookup(fullKey)).found) return { kind: 'exists' };
      const { value, log } = await callToolkit({
        env: { ...env, GITHUB_WORKSPACE: dir },
        cwd: dir,
        output,
        onLine: (line) => {
          const sent = output === 'quiet' && line.command === 'text' ? /^Sent (\d+) of (\d+) /.exec(line.message) : null;
          if (sent) reporter.progress({ label: 'GitHub Actions cache upload', done: Number(sent[1]), total: Number(sent[2]), unit: 'bytes' });
        },
        work: async () => (await cacheModule()).saveCache(PATHS.slice(), fullKey),
      });
      if (value !== -1) return { kind: 'saved', bytes };
      if (log.debug.some((line) => /\(409\)|already_exists/.test(line))) return { kind: 'exists' };
      if ((await lookup(fullKey)).found) return { kind: 'exists' };
      return { kind: 'failed', reason: failureReason(log, 'the cache service did not accept the entry') };
    },
  };
}
