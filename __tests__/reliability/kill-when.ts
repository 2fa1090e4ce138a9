import { spawn } from 'node:child_process';
import { CLI_BUNDLE } from '../helpers/run-cli.js';

/**
 * Start the CLI bundle and SIGKILL its process group as soon as `ready()` says the moment has come (polled every
 * 20 ms), e.g. once its trainer is running. Resolves with whether the kill landed before the run ended by itself.
 */
export function runAndKillWhen(params: { args: string[]; env: Record<string, string>; ready: () => Promise<boolean> }): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...params.args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...params.env },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    let exited = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    const poll = async () => {
      while (!exited && !(await params.ready())) await new Promise((wake) => setTimeout(wake, 20));
      if (!exited && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    };
    poll().catch(reject);
    child.on('close', (code, signal) => {
      exited = true;
      resolve({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}
