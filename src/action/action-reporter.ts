import * as core from '@actions/core';
import type { Reporter } from '../core/reporter.js';
import { formatProgress } from '../cli/console-reporter.js';
import { redact } from '../cli/redact.js';

/**
 * The Action's reporter: plain lines to the log, warnings as annotations, progress every 10%. Every line is
 * redacted here too (a trainer may print the token): the runner's own masking is the second line of defence.
 */
export function createActionReporter(params: { secrets: readonly string[] }): Reporter {
  const lastDecile = new Map<string, number>();
  const clean = (message: string) => redact(message, params.secrets);
  return {
    info: (message) => core.info(clean(message)),
    notice: (message) => core.info(`ℹ ${clean(message)}`),
    warning: (message) => core.warning(clean(message)),
    miss: (message) => core.info(clean(message)),
    success: (message) => core.info(`✓ ${clean(message)}`),
    progress: (update) => {
      if (update.unit === 'bytes' || update.unit === 'rows') {
        const decile = update.total ? Math.floor((update.done / update.total) * 10) : Math.floor(Math.log2(update.done + 1));
        if (lastDecile.get(update.label) === decile) return;
        lastDecile.set(update.label, decile);
      }
      core.info(formatProgress(update));
    },
  };
}
