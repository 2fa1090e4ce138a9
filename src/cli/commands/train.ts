import { resultToJson } from '../../core/step-result.js';
import { withInterruptSignal } from '../../steps/train/interrupt-signal.js';
import { fetchBaseModelIfNeeded } from '../../steps/train/fetch-base-model.js';
import { runTrain } from '../../steps/train/train.js';
import { parseTrainRequest } from '../../steps/train/train-request.js';
import { branchOf, recordStepResultOf } from '../../report/step-records.js';
import { parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { CACHE_OPTIONS_HELP } from '../run-options.js';
import { TRAIN_OPTIONS, trainInputsFromValues, trainRuntimeFromValues } from '../train-setup.js';

const usage = 'model-experiments train';
const flagName = (name: string) => `--${name}`;

export const trainCommand: CliCommand = {
  help: `Usage: ${usage} --model-name <name> --train-data <file> --val-data <file> --output-dir <dir> [--run "<command>" | --trainer transformers] [options]

  --model-name <name>     base model (Hub repo id), e.g. distilbert-base-uncased
  --model-path <dir>      the base model's local dir (from model download; its revision joins the key)
  --train-data <file>     training JSONL, one JSON object per line
  --val-data <file>       validation JSONL
  --output-dir <dir>      where the trained model and training_metadata.json go (replaced only on success)
  --epochs <n>            default 3
  --batch-size <n>        default 16
  --learning-rate <x>     default 5e-5 (the built-in trainer: 1e-2)
  --warmup-steps <n>      default 0
  --save-steps <n>        default 500
  --logging-steps <n>     default 50
  --eval-steps <n>        default 500
  --max-length <n>        default 128
  --gradient-accumulation-steps <n>  default 1
  --fp16                  mixed precision (default off)
  --seed <n>              default 42
  --run "<command>"       the trainer, run through /bin/sh (sh on Windows) with ME_* variables (see docs/training.md, the --run contract).
                          Without it the built-in CPU trainer fits a linear head on the base model's frozen ONNX
                          export (onnx/model.onnx), on whitened features; its own default --learning-rate is 1e-2
                          (docs/BUILTIN-TRAINER.md)
  --trainer <name>        builtin (the default without --run) or transformers: fine-tune the whole model with
                          Hugging Face's Trainer (torch + transformers in --python), as the seed did; a cache hit
                          starts no Python (docs/TRANSFORMERS-TRAINER.md). Fine-tuning a small model wants a larger
                          --learning-rate than 5e-5, e.g. 1e-3
  --python <interpreter>  transformers trainer: the Python to run it with (default python3), e.g. .venv/bin/python
  --key-files <glob>      more files whose content joins the key, relative to the working directory (repeatable),
                          e.g. 'src/**/*.py', requirements.txt; a glob that matches nothing is an error
  --key-env <NAME>        an environment variable whose value joins the key, hashed, never printed (repeatable)
  --text-column <name>    built-in and transformers trainers: the JSONL column holding the text (default text)
  --label-column <name>   built-in and transformers trainers: the JSONL column holding the label, integer or string
                          (default label)
  --force                 train again even when the cache is valid
  --token <hf_...>        passed to the trainer as HF_TOKEN (default: HF_TOKEN); masked in all output
  --hub-url <url>         passed to the trainer as HF_ENDPOINT
  --offline               passed to the trainer as HF_HUB_OFFLINE=1
  --json                  print one JSON object with the result on stdout

The dataset files, the files the --run command names (e.g. train.py) and --key-files are identified by content:
a fresh checkout (new mtimes, same bytes) is still a cache hit; an edited train.py is a miss that names it.
${CACHE_OPTIONS_HELP}`,
  async run({ argv, env, cwd, reporter, secrets }) {
    const values = parseCommandArgs({ argv, usage, options: TRAIN_OPTIONS });
    const request = parseTrainRequest({ ...trainInputsFromValues(values, cwd), flagName });
    const { trainer, options, connection } = await trainRuntimeFromValues({ values, env, cwd, reporter, secrets });
    const result = await withInterruptSignal(async (signal) => {
      const ready = await fetchBaseModelIfNeeded({ request, trainer, connection, options, flagName });
      return runTrain({ request: ready, trainer, options, flagName, signal });
    });
    const json = resultToJson(result);
    // What a training measured, under its key (a sweep report ranks cells by it), and the branch's latest result,
    // where the run saves. Only a training records: a hit's result was recorded by the run that trained it.
    if (options.saveToTiers !== false && result.source === 'trained') await recordStepResultOf({ result: json, tiers: options.tiers ?? [], branch: branchOf(env), workspace: cwd, reporter });
    return { json, wantsJson: values.json === true };
  },
};
