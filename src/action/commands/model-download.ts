import * as core from '@actions/core';
import type { StepResult } from '../../core/step-result.js';
import { parseModelDownloadRequest, runModelDownload } from '../../steps/model-download/model-download.js';
import { listInput, optionalInput, requiredInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';
import { hubConnectionFromInputs } from '../hub-from-inputs.js';
import { runOptionsFromInputs } from '../run-options-from-inputs.js';

export async function modelDownloadAction({ reporter }: ActionContext): Promise<StepResult> {
  const request = parseModelDownloadRequest({
    name: requiredInput(Inputs.Name, 'the Hub model repo id, e.g. bert-base-uncased'),
    outputDir: requiredInput(Inputs.OutputDir, 'the directory to download the model into'),
    revision: optionalInput(Inputs.Revision),
    include: listInput(Inputs.Include),
    exclude: listInput(Inputs.Exclude),
  });
  const connection = hubConnectionFromInputs(reporter);
  const result = await runModelDownload({ request, connection, options: runOptionsFromInputs(reporter) });
  if (typeof result.details.revision === 'string') core.setOutput(Outputs.Revision, result.details.revision);
  return result;
}
