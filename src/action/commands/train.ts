import * as core from '@actions/core';
import type { StepResult } from '../../core/step-result.js';
import { envFlag } from '../../cli/args.js';
import { withInterruptSignal } from '../../steps/train/interrupt-signal.js';
import { selectTrainer } from '../../steps/train/select-trainer.js';
import { fetchBaseModelIfNeeded } from '../../steps/train/fetch-base-model.js';
import { runTrain } from '../../steps/train/train.js';
import { parseTrainRequest } from '../../steps/train/train-request.js';
import { booleanInput, lineInput, optionalInput } from '../action-inputs.js';
import type { ActionContext } from '../action-context.js';
import { Inputs, Outputs } from '../constants.js';
import { hubConnectionFromInputs } from '../hub-from-inputs.js';
import { runOptionsFromInputs } from '../run-options-from-inputs.js';

const flagName = (name: string) => `Input ${name}`;

/** `command: train`: the train step with the `run` input as its trainer (else the built-in one); a cancelled job stops the trainer. */
export async function trainAction({ reporter }: ActionContext): Promise<StepResult> {
  const cwd = process.cwd();
  const request = parseTrainRequest({
    modelName: optionalInput(Inputs.ModelName),
    modelPath: optionalInput(Inputs.ModelPath),
    trainData: optionalInput(Inputs.TrainData),
    valData: optionalInput(Inputs.ValData),
    outputDir: optionalInput(Inputs.OutputDir),
    parameters: {
      epochs: optionalInput(Inputs.Epochs),
      'batch-size': optionalInput(Inputs.BatchSize),
      'learning-rate': optionalInput(Inputs.LearningRate),
      'warmup-steps': optionalInput(Inputs.WarmupSteps),
      'save-steps': optionalInput(Inputs.SaveSteps),
      'logging-steps': optionalInput(Inputs.LoggingSteps),
      'eval-steps': optionalInput(Inputs.EvalSteps),
      'max-length': optionalInput(Inputs.MaxLength),
      'gradient-accumulation-steps': optionalInput(Inputs.GradientAccumulationSteps),
      fp16: booleanInput(Inputs.Fp16),
      seed: optionalInput(Inputs.Seed),
    },
    keyFiles: lineInput(Inputs.KeyFiles),
    keyEnv: lineInput(Inputs.KeyEnv),
    cwd,
    flagName,
  });
  const options = runOptionsFromInputs(reporter);
  // The trainer gets the Hub settings the download commands use; the token is masked before anything runs.
  const token = optionalInput(Inputs.HfToken) ?? process.env.HF_TOKEN;
  const hubUrl = optionalInput(Inputs.HubUrl);
  const env = {
    ...process.env,
    ...(token ? { HF_TOKEN: token } : {}),
    ...(hubUrl ? { HF_ENDPOINT: hubUrl } : {}),
    ...(booleanInput(Inputs.Offline) || envFlag(process.env.HF_HUB_OFFLINE) ? { HF_HUB_OFFLINE: '1' } : {}),
  };
  const trainer = await selectTrainer({
    run: optionalInput(Inputs.Run),
    runFlag: flagName(Inputs.Run),
    trainer: optionalInput(Inputs.Trainer),
    python: optionalInput(Inputs.Python),
    fp16: request.parameters.fp16,
    env,
    cwd,
    secrets: token ? [token.trim()] : [],
    textColumn: optionalInput(Inputs.TextColumn),
    labelColumn: optionalInput(Inputs.LabelColumn),
  });
  const result = await withInterruptSignal(async (signal) => {
    const ready = await fetchBaseModelIfNeeded({ request, trainer, connection: hubConnectionFromInputs(reporter), options, flagName });
    return runTrain({ request: ready, trainer, options, flagName, signal });
  });
  core.setOutput(Outputs.Metrics, JSON.stringify(result.details.metrics ?? {}));
  return result;
}
