/**
 * The promises of the reliability suite that several files prove, one row each in docs/RELIABILITY.md: the
 * reporter groups cases by their top-level describe() title, so every file proving a promise must use the same text.
 * (model-download-crash.test.ts and model-download-concurrency.test.ts spell the same titles out.)
 */
export const CRASH_PROMISE = 'Crash: a SIGKILL at any moment never leaves a false hit, and a plain re-run ends identical to a clean run';
export const CONCURRENCY_PROMISE = 'Concurrency: runs sharing an output dir do the work once, never deadlock, and end identical';
