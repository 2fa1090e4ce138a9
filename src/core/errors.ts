/**
 * Errors a user can act on. Front ends map them to exit codes:
 * InputError → 2 (the invocation is wrong), everything else → 1.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 2;
}

/** A step could not finish: the Hub failed, a file did not verify, a trainer exited non-zero… */
export class StepError extends Error {
  override readonly name = 'StepError';
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Bytes that arrived but do not decode (or do not match their hash): worth reading once more before blaming the file. */
export class ContentError extends StepError {}

export function exitCodeOf(error: unknown): number {
  return error instanceof InputError ? 2 : 1;
}

/** One line for a person: the message without a stack, with the cause appended when it adds something. */
export function describeError(error: unknown): string {
  if (error instanceof InputError || error instanceof StepError) return error.message;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
