import type { RunOptions } from '../core/cached-step.js';
import type { Reporter } from '../core/reporter.js';
import { envFlag } from '../cli/args.js';
import type { HubConnection } from '../hub/hub-connection.js';
import type { SweepTrainInputs } from '../steps/sweep/look-up-sweep.js';
import { selectTrainer } from '../steps/train/select-trainer.js';
import type { Trainer } from '../trainers/trainer.js';
import { booleanInput, lineInput, optionalInput } from './action-inputs.js';
import { Inputs } from './constants.js';
import { hubConnectionFromInputs } from './hub-from-inputs.js';
import { runOptionsFromInputs } from './run-options-from-inputs.js';

/** The train step's inputs (unchecked: parseTrainRequest checks them), shared by train, sweep and sweep-report. */
export function trainInputsFromInputs(cwd: string): SweepTrainInputs {
  return {
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
  };
}

/** The trainer (the `run` input, else the built-in one), cache options and Hub connection of a train step. */
export async function trainRuntimeFromInputs(params: { reporter: Reporter; cwd: string; flagName: (name: string) => string }): Promise<{
  trainer: Trainer;
  options: RunOptions;
  connection: HubConnection;
}> {
  const { reporter, cwd, flagName } = params;
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
    fp16: booleanInput(Inputs.Fp16),
    env,
    cwd,
    secrets: token ? [token.trim()] : [],
    textColumn: optionalInput(Inputs.TextColumn),
    labelColumn: optionalInput(Inputs.LabelColumn),
  });
  return { trainer, options, connection: hubConnectionFromInputs(reporter) };
}
