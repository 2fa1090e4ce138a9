import { spawn } from 'node:child_process';
import { CLI_BUNDLE } from '../helpers/run-cli.js';

/** Deterministic pseudo-random numbers in [0, 1) for a seed (mulberry32), so every kill moment is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Start the CLI bundle and SIGKILL it after `delayMs` (its whole process group, so a trainer it started dies too).
 * Resolves with whether the kill landed before the run finished by itself.
 */
export function runAndKill(params: { args: string[]; env: Record<string, string>; delayMs: number }): Promise<{ killed: boolean; code: number | null; stderr: string }> {
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
    const timer = setTimeout(() => {
      if (!exited && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }, params.delayMs);
    child.on('close', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}
