import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json?: Record<string, any>;
}

/** Run the CLI in this process (real code, real files, real network to loopback). */
export async function runCliInProcess(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv,
    env: { ...env },
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
  });
  return { code, stdout, stderr, json: parseJson(stdout) };
}

export const REPO_ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** Run the built CLI bundle as a child process, as a user would. */
export function runCliProcess(argv: string[], env: Record<string, string | undefined> = {}, options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...argv], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as NodeJS.ProcessEnv,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, json: parseJson(stdout) }));
  });
}

function parseJson(stdout: string): Record<string, any> | undefined {
  const text = stdout.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
