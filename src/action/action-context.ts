import type { Reporter } from '../core/reporter.js';

export interface ActionContext {
  reporter: Reporter;
}
