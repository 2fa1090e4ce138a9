import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { createLineSplitter } from './output-lines.js';
import { WRAPPER_SOURCE } from './wrapper-source.js';

export interface SupervisedExit {
  /** The trainer's exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** We asked it to stop (the AbortSignal fired). */
  stopped: boolean;
}

/** How often a pending progress redraw is shown in the log. */
const PROGRESS_EVERY_MS = 10_000;
/** After the trainer exits, how long its output pipes may stay open (held by a process that escaped its group). */
const DRAIN_MS = 5_000;

/** The wrapper runs without the user's NODE_OPTIONS, which it hands back to the trainer (see wrapper-source.ts). */
function wrapperEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS, ...rest } = env;
  return NODE_OPTIONS === undefined ? rest : { ...rest, MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS: NODE_OPTIONS };
}

/**
 * Run a shell command under the wrapper (see wrapper-source.ts): in its own process group, its output as lines,
 * stopped on `signal`, and never outliving this process.
 */
export function runSupervised(params: {
  command: string;
  env: Record<string, string | undefined>;
  cwd: string;
  onLine: (line: string) => void;
  signal?: AbortSignal;
  /** Time between SIGTERM and SIGKILL when stopping. */
  graceMs?: number;
}): Promise<SupervisedExit> {
  const { command, env, cwd, onLine, signal } = params;
  return new Promise((resolve, reject) => {
    const wrapper = spawn(process.execPath, ['-e', WRAPPER_SOURCE, command, String(params.graceMs ?? 5000)], {
      cwd,
      env: wrapperEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own session: a signal sent to our process group (a terminal's Ctrl-C, `kill -9 -pgid`) does not take
      // the wrapper down with us before it has stopped the trainer. (On Windows `detached` means a console of its
      // own instead: the wrapper shares ours, and its Ctrl-C handler ends the trainer's tree.)
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    // One splitter per stream: a progress redraw on stderr must not glue onto a line printed on stdout.
    const splitters = [wrapper.stdout, wrapper.stderr].map((stream) => {
      const splitter = createLineSplitter(onLine);
      const decoder = new StringDecoder('utf8');
      stream.on('data', (chunk: Buffer) => splitter.push(decoder.write(chunk)));
      return splitter;
    });
    const progressTimer = setInterval(() => splitters.forEach((splitter) => splitter.flushProgress()), PROGRESS_EVERY_MS);
    let stopped = false;
    const stop = () => {
      stopped = true;
      wrapper.stdin.write('stop\n');
    };
    wrapper.stdin.on('error', () => undefined);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });

    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let drainTimer: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(progressTimer);
      clearTimeout(drainTimer);
      signal?.removeEventListener('abort', stop);
      splitters.forEach((splitter) => splitter.end());
      wrapper.stdin.destroy();
      resolve({ code: exit?.code ?? null, signal: exit?.signal ?? null, stopped });
    };
    wrapper.on('error', (error) => {
      clearInterval(progressTimer);
      signal?.removeEventListener('abort', stop);
      reject(error);
    });
    wrapper.on('exit', (code, exitSignal) => {
      exit = { code, signal: exitSignal };
      drainTimer = setTimeout(() => {
        wrapper.stdout.destroy();
        wrapper.stderr.destroy();
        finish();
      }, DRAIN_MS);
    });
    wrapper.on('close', (code, closeSignal) => {
      exit ??= { code, signal: closeSignal };
      finish();
    });
  });
}
