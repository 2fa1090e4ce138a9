import { tmpdir } from 'node:os';
import { parseToolkitLine, type ToolkitLine } from './workflow-command.js';

/**
 * The variables @actions/cache and @actions/tool-cache read from process.env when called. A tier carries its
 * own copy (the CLI's env may not be process.env) and lays it over process.env for the length of one call.
 */
const TOOLKIT_ENV = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
] as const;

/** What the toolkit said during a call: problems it only logged (it rarely throws) and everything else. */
export interface ToolkitLog {
  /** `::warning::` and `::error::` messages: how @actions/cache reports a failed restore or save. */
  problems: string[];
  /** `::debug::` messages (why a reservation failed is only said here). */
  debug: string[];
  /** Plain lines: the library's info and the output of the tar / zstd it runs. */
  text: string[];
}

/**
 * How a front end wants the toolkit's own lines: `passthrough` (the Action: they belong in the job log, but
 * warnings become plain lines because the step reports the outcome once, as its own warning) or `quiet` (the
 * CLI: stdout is reserved for --json, so nothing of the toolkit's reaches it).
 */
export type ToolkitOutput = 'passthrough' | 'quiet';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Call into @actions/cache or @actions/tool-cache with this tier's environment and working directory, and with
 * their stdout/stderr lines captured. process.env, the cwd and the standard streams are process-wide, so calls
 * are serialized and every change is undone afterwards, whatever happens.
 */
export function callToolkit<T>(params: {
  env: Record<string, string | undefined>;
  cwd?: string;
  output: ToolkitOutput;
  /** Sees every captured line (e.g. to turn upload progress into reporter progress); its own writes go out. */
  onLine?: (line: ToolkitLine) => void;
  work: () => Promise<T>;
}): Promise<{ value: T; log: ToolkitLog }> {
  const run = queue.then(() => callNow(params));
  queue = run.catch(() => undefined);
  return run;
}

async function callNow<T>(params: {
  env: Record<string, string | undefined>;
  cwd?: string;
  output: ToolkitOutput;
  onLine?: (line: ToolkitLine) => void;
  work: () => Promise<T>;
}): Promise<{ value: T; log: ToolkitLog }> {
  const log: ToolkitLog = { problems: [], debug: [], text: [] };
  const savedEnv = new Map(TOOLKIT_ENV.map((name) => [name, process.env[name]]));
  const savedCwd = process.cwd();
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  let bypass = false;
  const pending = { stdout: '', stderr: '' };

  const handle = (raw: string) => {
    const line = parseToolkitLine(raw);
    if (line.command === 'warning' || line.command === 'error') log.problems.push(line.message);
    else if (line.command === 'debug') log.debug.push(line.message);
    else if (line.command === 'text' && raw.trim() !== '') log.text.push(raw);
    bypass = true;
    try {
      if (params.output === 'passthrough') {
        const shown = line.command === 'warning' || line.command === 'error' ? line.message : raw;
        stdoutWrite.call(process.stdout, `${shown}\n`);
      }
      params.onLine?.(line);
    } finally {
      bypass = false;
    }
  };
  const capture = (stream: 'stdout' | 'stderr', original: typeof process.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      if (bypass) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const lines = (pending[stream] + text).split(/\r?\n/);
      pending[stream] = lines.pop() ?? '';
      for (const line of lines) handle(line);
      const callback = rest.find((item): item is () => void => typeof item === 'function');
      if (callback) queueMicrotask(callback);
      return true;
    };

  try {
    for (const name of TOOLKIT_ENV) {
      const value = params.env[name];
      if (value === undefined || value === '') delete process.env[name];
      else process.env[name] = value;
    }
    // @actions/cache falls back to /home/actions/temp without RUNNER_TEMP, which is rarely writable off a runner.
    process.env.RUNNER_TEMP ||= tmpdir();
    if (params.cwd) process.chdir(params.cwd);
    process.stdout.write = capture('stdout', stdoutWrite) as typeof process.stdout.write;
    process.stderr.write = capture('stderr', stderrWrite) as typeof process.stderr.write;
    const value = await params.work();
    return { value, log };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    for (const stream of ['stdout', 'stderr'] as const) if (pending[stream] !== '') handle(pending[stream]);
    if (params.cwd) process.chdir(savedCwd);
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The lines of tar / zstd that say why an archive could not be made or read, e.g. "zstd: /*stdin*\: unsupported format". */
export function archiverComplaints(log: ToolkitLog): string[] {
  return log.text
    .map((line) => line.trim())
    .filter((line) => /^(\S*\/)?(tar|zstd|unzstd|zstdmt|gzip): /.test(line) && !/Child returned status|Error is not recoverable/.test(line));
}
