import * as core from '@actions/core';
import type { StepResult } from '../../core/step-result.js';
import { withInterruptSignal } from '../../steps/train/interrupt-signal.js';
import { fetchBaseModelIfNeeded } from '../../steps/train/fetch-base-model.js';
import { runTrain } from '../../steps/train/train.js';
import { parseTrainRequest } from '../../steps/train/train-request.js';
import type { ActionContext } from '../action-context.js';
import { Outputs } from '../constants.js';
import { trainInputsFromInputs, trainRuntimeFromInputs } from '../train-inputs.js';

const flagName = (name: string) => `Input ${name}`;

/** `command: train`: the train step with the `run` input as its trainer (else the built-in one); a cancelled job stops the trainer. */
export async function trainAction({ reporter }: ActionContext): Promise<StepResult> {
  const cwd = process.cwd();
  const request = parseTrainRequest({ ...trainInputsFromInputs(cwd), flagName });
  const { trainer, options, connection } = await trainRuntimeFromInputs({ reporter, cwd, flagName });
  const result = await withInterruptSignal(async (signal) => {
    const ready = await fetchBaseModelIfNeeded({ request, trainer, connection, options, flagName });
    return runTrain({ request: ready, trainer, options, flagName, signal });
  });
  core.setOutput(Outputs.Metrics, JSON.stringify(result.details.metrics ?? {}));
  return result;
}
