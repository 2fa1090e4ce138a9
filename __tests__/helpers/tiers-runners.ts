/**
 * Simulated GitHub runners for the cache-tier tests: each has its own workspace, RUNNER_TEMP and tool cache, and
 * (when given) the Actions cache emulator's variables, exactly the environment a JavaScript action gets.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { arch } from 'node:os';
import { join } from 'node:path';
import type { ActionsCacheEmulator } from '../../emulators/actions-cache-emulator.js';
import { parseOutputFile } from './run-action.js';
import { REPO_ROOT } from './run-cli.js';

export interface Runner {
  name: string;
  workspace: string;
  toolCache: string;
  env: Record<string, string>;
}

export async function makeRunner(params: { root: string; name: string; cache?: ActionsCacheEmulator; env?: Record<string, string> }): Promise<Runner> {
  const base = join(params.root, params.name);
  const workspace = join(base, 'work');
  const toolCache = join(base, 'tool-cache');
  const temp = join(base, 'temp');
  for (const dir of [workspace, toolCache, temp]) await mkdir(dir, { recursive: true });
  return {
    name: params.name,
    workspace,
    toolCache,
    env: {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: toolCache,
      ...(params.cache?.env ?? {}),
      ...params.env,
    },
  };
}

/** Versions of a step's tool in a runner's tool cache that @actions/tool-cache would find (the .complete marker is there). */
export async function toolCacheVersions(runner: Runner, step: string, prefix = ''): Promise<string[]> {
  const toolDir = join(runner.toolCache, `${prefix}model-experiments-${step}`);
  const versions = await readdir(toolDir).catch(() => [] as string[]);
  const complete: string[] = [];
  for (const version of versions) {
    if (await stat(join(toolDir, version, `${arch()}.complete`)).catch(() => undefined)) complete.push(version);
  }
  return complete;
}

export function toolCachePath(runner: Runner, step: string, key: string): string {
  return join(runner.toolCache, `model-experiments-${step}`, `0.0.0-g${key.slice(0, 32)}`, arch());
}

/**
 * Run the Action bundle as a runner does, from the runner's workspace (the Action resolves relative inputs against
 * its working directory, and the train key holds dataset paths relative to it).
 */
export async function runActionOn(runner: Runner, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const work = await mkdtemp(join(runner.workspace, '..', 'action-'));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const childEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...runner.env,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'action', 'index.js')], { env: childEnv as NodeJS.ProcessEnv, cwd: runner.workspace, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode ?? -1, stdout: out }));
  });
  return { code, stdout, outputs: parseOutputFile(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}
