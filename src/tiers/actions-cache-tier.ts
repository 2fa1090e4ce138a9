import { randomBytes } from 'node:crypto';
import { copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { mapWithConcurrency } from '../core/concurrency.js';
import { sha256File } from '../core/hash-file.js';
import type { Reporter } from '../core/reporter.js';
import type { NearestEntry, Tier } from '../core/tier.js';
import { RestoreFailure, type ActionsCacheBackend } from './actions-cache-backend.js';
import { describeSize } from './cache-size.js';
import { treeSize } from './copy-tree.js';
import { actionsCacheKey, actionsCacheLineagePrefix, actionsCacheRecordPrefix } from './tier-names.js';
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

  const recordFile = 'record.json';
  /** A scratch dir for one record's archive, removed afterwards. */
  const withScratch = async <T>(work: (dir: string) => Promise<T>): Promise<T> => {
    const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'me-record-'));
    try {
      return await work(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    source: 'actions-cache',
    records: {
      async read({ name }) {
        try {
          return await withScratch(async (dir) => {
            const key = await (await client()).restoreNewest({ prefix: actionsCacheRecordPrefix({ prefix: keyPrefix, name }), dir, onBytes: () => undefined });
            if (key === undefined) return undefined;
            const value: unknown = JSON.parse(await readFile(join(dir, recordFile), 'utf8'));
            return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
          });
        } catch (error) {
          reporter.warning(`GitHub Actions cache record lookup failed (${messageOf(error)}); going on without it`);
          return undefined;
        }
      },
      async write({ name, record }) {
        const runner = runnerCacheMode(env);
        if (!runner.writable) return { kind: 'skipped', reason: `this run's cache access is "${runner.mode}" (ACTIONS_CACHE_MODE), which does not permit saving` };
        // Entries are immutable: each write is a new entry, and reads take the newest under the name.
        const stamp = `${Date.now().toString(36).padStart(9, '0')}${randomBytes(3).toString('hex')}`;
        const key = `${actionsCacheRecordPrefix({ prefix: keyPrefix, name })}${stamp}`;
        try {
          return await withScratch(async (dir) => {
            await writeFile(join(dir, recordFile), `${JSON.stringify(record)}\n`);
            const outcome = await (await client()).save({ key, dir, limitBytes: sizeLimitBytes, onBytes: () => undefined });
            return outcome.kind === 'saved' ? { kind: 'saved' as const } : { kind: 'exists' as const };
          });
        } catch (error) {
          return { kind: 'failed', reason: messageOf(error) };
        }
      },
    },
    async lookup({ step, key, lineage }) {
      try {
        return await (await client()).lookup({ key: actionsCacheKey({ prefix: keyPrefix, step, key, lineage }) });
      } catch (error) {
        reporter.warning(`GitHub Actions cache lookup failed (${messageOf(error)}); counting it as a miss`);
        return false;
      }
    },
    async restore({ step, key, dir, lineage }) {
      const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key, lineage });
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
    async save({ step, key, dir, lineage }) {
      const fullKey = actionsCacheKey({ prefix: keyPrefix, step, key, lineage });
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
    async nearest({ step, lineage, scratchDir }) {
      // The newest entry of the lineage, found by key prefix (restore keys), is unpacked whole: an Actions cache
      // entry is one archive. Its files are then hashed so the step can take the ones it can use.
      const prefix = actionsCacheLineagePrefix({ prefix: keyPrefix, step, lineage });
      try {
        await mkdir(scratchDir, { recursive: true });
        const matched = await (await client()).restoreNewest({ prefix, dir: scratchDir, onBytes: progress('GitHub Actions cache download') });
        if (!matched) {
          await rm(scratchDir, { recursive: true, force: true });
          return undefined;
        }
        return await unpackedEntry({ key: matched.slice(prefix.length), dir: scratchDir });
      } catch (error) {
        await rm(scratchDir, { recursive: true, force: true });
        reporter.info(`The Actions cache's newest entry of this lineage could not be restored: ${messageOf(error)}`);
        return undefined;
      }
    },
  };
}

/** An unpacked entry offered file by file: each file hashed, moved (or copied, when wanted twice) into place. */
async function unpackedEntry(params: { key: string; dir: string }): Promise<NearestEntry> {
  const { key, dir } = params;
  const found = await listTreeFiles(dir);
  const files = await mapWithConcurrency({ items: found, limit: 2, worker: async (file) => ({ ...file, sha256: await sha256File(join(dir, ...file.path.split('/'))) }) });
  const placed = new Map<string, string>();
  return {
    key,
    createdAt: '',
    files,
    async restoreFiles({ files: wanted, dir: target }) {
      for (const file of wanted) {
        const destination = join(target, ...file.path.split('/'));
        await mkdir(dirname(destination), { recursive: true });
        const earlier = placed.get(file.sha256);
        if (earlier) {
          await copyFile(earlier, destination);
          continue;
        }
        const source = files.find((candidate) => candidate.sha256 === file.sha256 && candidate.size === file.size);
        if (!source) throw new Error(`${file.path}: no file of the Actions cache entry ${key} has sha256 ${file.sha256.slice(0, 12)}…`);
        await rename(join(dir, ...source.path.split('/')), destination);
        placed.set(file.sha256, destination);
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Regular files under `dir`, by path relative to it with `/` separators. */
async function listTreeFiles(dir: string): Promise<{ path: string; size: number }[]> {
  const files: { path: string; size: number }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    files.push({ path: relative(dir, absolute).split(sep).join('/'), size: (await lstat(absolute)).size });
  }
  return files;
}
