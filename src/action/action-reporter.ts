import * as core from '@actions/core';
import type { Reporter } from '../core/reporter.js';
import { formatProgress } from '../cli/console-reporter.js';

/** The Action's reporter: plain lines to the log, warnings as annotations, progress every 10%. */
export function createActionReporter(): Reporter {
  const lastDecile = new Map<string, number>();
  return {
    info: (message) => core.info(message),
    notice: (message) => core.info(`ℹ ${message}`),
    warning: (message) => core.warning(message),
    success: (message) => core.info(`✓ ${message}`),
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
