import type { RunOptions } from '../core/cached-step.js';
import type { Reporter } from '../core/reporter.js';

/**
 * The cache-loop options every CLI step command shares (force, plan; the cache tiers will join here).
 * Each command passes its parsed values.
 */
export function runOptionsFromArgs(params: {
  values: { force?: boolean; plan?: boolean };
  env: Record<string, string | undefined>;
  reporter: Reporter;
}): RunOptions {
  const { values, reporter } = params;
  return { reporter, force: values.force === true, plan: values.plan === true };
}
