import type { RunOptions } from '../core/cached-step.js';
import type { Reporter } from '../core/reporter.js';
import { booleanInput } from './action-inputs.js';
import { Inputs } from './constants.js';

/** The cache-loop options every Action command shares (force; tiers and plan mode will join here). */
export function runOptionsFromInputs(reporter: Reporter): RunOptions {
  return { reporter, force: booleanInput(Inputs.Force) };
}
