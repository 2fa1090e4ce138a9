import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** One line of docs/BENCHMARKS.md. */
export interface BenchRow {
  name: string;
  reference: string;
  ours: string;
  referenceValue: string;
  /** ours ÷ reference (or the measure the target is stated in). */
  ratio: number;
  target: string;
  met: boolean;
  note?: string;
}

export interface BenchContext {
  /** Seconds-long smoke run (CI): tiny sizes, one repetition. */
  smoke: boolean;
  repetitions: number;
  log: (message: string) => void;
  /** Absolute path of the CLI bundle to run as a user would. */
  cli: string;
  /** This benchmark program's own path: cases start emulator processes from it (see serveIfEmulatorChild). */
  program: string;
}

export interface BenchCase {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Time `ours` and `reference` alternately, `repetitions` times each, after one warm-up of each; medians in ms. */
export async function sideBySide(params: {
  repetitions: number;
  ours: () => Promise<unknown>;
  reference: () => Promise<unknown>;
  before?: () => Promise<unknown>;
}): Promise<{ ours: number; reference: number; oursAll: number[]; referenceAll: number[] }> {
  const time = async (work: () => Promise<unknown>) => {
    await params.before?.();
    const started = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  await time(params.ours);
  await time(params.reference);
  const oursAll: number[] = [];
  const referenceAll: number[] = [];
  for (let i = 0; i < params.repetitions; i++) {
    oursAll.push(await time(params.ours));
    referenceAll.push(await time(params.reference));
  }
  return { ours: median(oursAll), reference: median(referenceAll), oursAll, referenceAll };
}

/** Run a command to completion; rejects on a non-zero exit with its stderr. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`))));
  });
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
}

/**
 * CPU time (user + system, ms) of this process's children that have exited and been waited for, such as tar and
 * zstd: the kernel adds them to /proc/self/stat's cutime and cstime (which Node does not expose otherwise).
 * Undefined where there is no /proc.
 */
export function exitedChildrenCpuMs(): number | undefined {
  try {
    // Fields after the ")" that ends the command name: state is field 3, cutime 16 and cstime 17 (in clock ticks, 100 per second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
