import { spawn } from 'node:child_process';
import { CLI_BUNDLE, type CliRun } from '../helpers/run-cli.js';

export interface GuardedRun extends CliRun {
  /** Why the run was stopped from outside, when it was: it was doing more than allowed (and what), or never ended. */
  stopped?: string;
}

/**
 * Run the CLI bundle as a child process that can be stopped: when `overBound()` turns true (it has made more
 * requests than the retry policy allows, or says it will), or when it is still running after `hangGuardMs`.
 * The guard is not what is tested, only how long to keep waiting for a run whose every timeout was set far shorter;
 * without it one broken timeout would hold the suite for minutes.
 */
export function runCliGuarded(params: {
  args: string[];
  env: Record<string, string>;
  /** Checked as the run goes, with what it printed so far: a reason (it is doing more than it may) stops it. */
  overBound?: (stderr: string) => string | false;
  hangGuardMs?: number;
}): Promise<GuardedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...params.args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...params.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let stopped: GuardedRun['stopped'];
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      child.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      const reason = params.overBound?.(stderr);
      if (reason) stop(`over bound: ${reason}`);
    }, 10);
    const guard = setTimeout(() => stop(`still running after ${(params.hangGuardMs ?? 10_000) / 1000} s (hang guard)`), params.hangGuardMs ?? 10_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(watch);
      clearTimeout(guard);
      let json: Record<string, any> | undefined;
      try {
        json = stdout.trim().startsWith('{') ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code: code ?? -1, stdout, stderr, json, stopped });
    });
  });
}

/** The lines a run printed on stderr, without blank ones. */
export const stderrLines = (run: { stderr: string }) => run.stderr.split('\n').filter((line) => line.trim() !== '');

/** The `✗` lines of a run: a failed run must print exactly one, as its last line. */
export const failureLines = (run: { stderr: string }) => stderrLines(run).filter((line) => line.startsWith('✗'));
