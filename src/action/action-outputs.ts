import * as core from '@actions/core';
import type { StepResult } from '../core/step-result.js';
import { Outputs } from './constants.js';

/** The outputs every step sets; steps add their own (revision, splits, metrics…). */
export function setCommonOutputs(result: StepResult): void {
  core.setOutput(Outputs.CacheHit, String(result.cacheHit));
  core.setOutput(Outputs.Source, result.source);
  core.setOutput(Outputs.CacheKey, result.key);
  core.setOutput(Outputs.OutputDir, result.outputDir);
  core.setOutput(Outputs.Reasons, result.reasons.join('\n'));
  core.setOutput(Outputs.NeedsRun, String(result.needsRun));
}
