import * as core from '@actions/core';
import type { StepResult } from '../../core/step-result.js';
import { parseDatasetDownloadRequest, runDatasetDownload } from '../../steps/dataset-download/dataset-download.js';
import { listInput, optionalInput, requiredInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';
import { hubConnectionFromInputs } from '../hub-from-inputs.js';
import { runOptionsFromInputs } from '../run-options-from-inputs.js';

export async function datasetDownloadAction({ reporter }: ActionContext): Promise<StepResult> {
  const request = parseDatasetDownloadRequest({
    name: requiredInput(Inputs.Name, 'the Hub dataset repo id, e.g. imdb'),
    outputDir: requiredInput(Inputs.OutputDir, 'the directory to write metadata.json and <split>/data.jsonl into'),
    config: optionalInput(Inputs.Config),
    splits: listInput(Inputs.Splits),
    maxSamples: optionalInput(Inputs.MaxSamples),
    revision: optionalInput(Inputs.Revision),
    flagName: (name) => `Input ${name === 'split' ? Inputs.Splits : name}`,
  });
  const connection = hubConnectionFromInputs(reporter);
  const result = await runDatasetDownload({ request, connection, options: runOptionsFromInputs(reporter) });
  const details = result.details;
  if (typeof details.revision === 'string') core.setOutput(Outputs.Revision, details.revision);
  if (details.splits && typeof details.splits === 'object') core.setOutput(Outputs.Splits, JSON.stringify(details.splits));
  if (typeof details.samples === 'number') core.setOutput(Outputs.Samples, String(details.samples));
  return result;
}
