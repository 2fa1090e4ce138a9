import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../core/atomic-write.js';
import { readJsonObject } from '../core/read-json.js';
import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { copyTree, treeSize } from './copy-tree.js';
import { toolCacheRecordsDir, toolCacheTool, toolCacheVersion } from './tier-names.js';
import { callToolkit, type ToolkitOutput } from './toolkit-call.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The runner tool cache (RUNNER_TOOL_CACHE) through @actions/tool-cache: on a self-hosted runner it outlives the
 * job, so the next job finds the result without any upload or download. Entries are copies, never links: a
 * job that edits its output dir must not change what the next job restores.
 */
export function createToolCacheTier(params: {
  env: Record<string, string | undefined>;
  keyPrefix: string;
  reporter: Reporter;
  output: ToolkitOutput;
}): Tier {
  const { env, keyPrefix, reporter, output } = params;
  /** Keys this run restored: if the loop saves one of them, its entry failed validation and must be replaced. */
  const restored = new Set<string>();

  const find = async (step: string, key: string): Promise<string> => {
    const { value } = await callToolkit({
      env,
      output,
      work: async () => (await import('@actions/tool-cache')).find(toolCacheTool({ prefix: keyPrefix, step }), toolCacheVersion(key)),
    });
    return value;
  };

  // Records are plain JSON files beside the tools (the toolkit's find is for versioned dirs, not for them).
  const recordPath = (name: string) => join(env.RUNNER_TOOL_CACHE!, toolCacheRecordsDir(keyPrefix), `${name}.json`);

  return {
    source: 'tool-cache',
    records: {
      async read({ name }) {
        const read = await readJsonObject(recordPath(name));
        if (read.kind === 'corrupted') reporter.warning(`Runner tool cache record ${recordPath(name)} ${read.reason}; ignoring it`);
        return read.kind === 'ok' ? read.value : undefined;
      },
      async write({ name, record }) {
        try {
          await mkdir(join(env.RUNNER_TOOL_CACHE!, toolCacheRecordsDir(keyPrefix)), { recursive: true });
          await writeJsonAtomic(recordPath(name), record);
          return { kind: 'saved' };
        } catch (error) {
          return { kind: 'failed', reason: messageOf(error) };
        }
      },
    },
    async lookup({ step, key }) {
      try {
        return (await find(step, key)) !== '';
      } catch (error) {
        reporter.warning(`Runner tool cache lookup failed (${messageOf(error)}); counting it as a miss`);
        return false;
      }
    },
    async restore({ step, key, dir }) {
      let path = '';
      try {
        path = await find(step, key);
        if (path === '') return false;
        restored.add(`${step}/${key}`);
        await copyTree({ from: path, to: dir });
        return true;
      } catch (error) {
        return { failed: path ? `could not copy ${path}: ${messageOf(error)}` : `lookup failed: ${messageOf(error)}` };
      }
    },
    async save({ step, key, dir }) {
      const tool = toolCacheTool({ prefix: keyPrefix, step });
      const version = toolCacheVersion(key);
      if (!restored.has(`${step}/${key}`) && (await find(step, key)) !== '') return { kind: 'exists' };
      const bytes = await treeSize(dir);
      await mkdir(env.RUNNER_TOOL_CACHE!, { recursive: true });
      try {
        await callToolkit({ env, output, work: async () => (await import('@actions/tool-cache')).cacheDir(dir, tool, version) });
      } catch (error) {
        // Another job on this machine saving the same key at the same moment removes what we copy: theirs stands.
        if ((await find(step, key).catch(() => '')) !== '') return { kind: 'exists' };
        throw error;
      }
      return { kind: 'saved', bytes };
    },
  };
}
