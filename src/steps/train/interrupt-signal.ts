import { StepError } from '../../core/errors.js';

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Why a run stopped early: the signal the CLI or Action received (Ctrl-C, a cancelled job). */
export class InterruptedError extends StepError {
  constructor(readonly signalName: NodeJS.Signals) {
    super(`Interrupted by ${signalName}`);
  }
}

/**
 * Run `work` with an AbortSignal that fires on SIGINT/SIGTERM/SIGHUP, so a trainer running in its own process
 * group (out of reach of the terminal's Ctrl-C and of a job cancellation) is stopped by us instead of orphaned.
 * The handlers exist only while `work` runs; outside it the process keeps Node's default behaviour.
 */
export async function withInterruptSignal<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handlers = FORWARDED.map((name) => {
    const handler = () => {
      if (!controller.signal.aborted) controller.abort(new InterruptedError(name));
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  try {
    return await work(controller.signal);
  } finally {
    for (const remove of handlers) remove();
  }
}

/** Stop between units of work (file chunks, before starting a trainer) once interrupted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason instanceof Error ? signal.reason : new StepError('Interrupted');
}
