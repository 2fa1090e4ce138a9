import { resultToJson } from '../../core/step-result.js';
import { withInterruptSignal } from '../../steps/train/interrupt-signal.js';
import { selectTrainer } from '../../steps/train/select-trainer.js';
import { fetchBaseModelIfNeeded } from '../../steps/train/fetch-base-model.js';
import { runTrain } from '../../steps/train/train.js';
import { parseTrainRequest } from '../../steps/train/train-request.js';
import { envFlag, hubOptions, parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';
import { hubConnectionFromArgs } from '../hub-from-args.js';
import { CACHE_OPTIONS_HELP, cacheOptions, runOptionsFromArgs } from '../run-options.js';

const usage = 'model-experiments train';
const flagName = (name: string) => `--${name}`;

export const trainCommand: CliCommand = {
  help: `Usage: ${usage} --model-name <name> --train-data <file> --val-data <file> --output-dir <dir> [--run "<command>"] [options]

  --model-name <name>     base model (Hub repo id), e.g. distilbert-base-uncased
  --model-path <dir>      the base model's local dir (from model download; its revision joins the key)
  --train-data <file>     training JSONL, one JSON object per line
  --val-data <file>       validation JSONL
  --output-dir <dir>      where the trained model and training_metadata.json go (replaced only on success)
  --epochs <n>            default 3
  --batch-size <n>        default 16
  --learning-rate <x>     default 5e-5
  --warmup-steps <n>      default 0
  --save-steps <n>        default 500
  --logging-steps <n>     default 50
  --eval-steps <n>        default 500
  --max-length <n>        default 128
  --gradient-accumulation-steps <n>  default 1
  --fp16                  mixed precision (default off)
  --seed <n>              default 42
  --run "<command>"       the trainer, run through /bin/sh (sh on Windows) with ME_* variables (see the README's --run contract).
                          Without it the built-in CPU trainer fits a linear head on the base model's frozen ONNX
                          export (onnx/model.onnx): a head wants a larger --learning-rate than fine-tuning, e.g. 1e-2
  --key-files <glob>      more files whose content joins the key, relative to the working directory (repeatable),
                          e.g. 'src/**/*.py', requirements.txt; a glob that matches nothing is an error
  --key-env <NAME>        an environment variable whose value joins the key, hashed, never printed (repeatable)
  --text-column <name>    built-in trainer: the JSONL column holding the text (default text)
  --label-column <name>   built-in trainer: the JSONL column holding the label, integer or string (default label)
  --force                 train again even when the cache is valid
  --token <hf_...>        passed to the trainer as HF_TOKEN (default: HF_TOKEN); masked in all output
  --hub-url <url>         passed to the trainer as HF_ENDPOINT
  --offline               passed to the trainer as HF_HUB_OFFLINE=1
  --json                  print one JSON object with the result on stdout

The dataset files, the files the --run command names (e.g. train.py) and --key-files are identified by content:
a fresh checkout (new mtimes, same bytes) is still a cache hit; an edited train.py is a miss that names it.
${CACHE_OPTIONS_HELP}`,
  async run({ argv, env, cwd, reporter, secrets }) {
    const values = parseCommandArgs({
      argv,
      usage,
      options: {
        ...hubOptions,
        ...cacheOptions,
        'model-name': { type: 'string' },
        'model-path': { type: 'string' },
        'train-data': { type: 'string' },
        'val-data': { type: 'string' },
        'output-dir': { type: 'string' },
        epochs: { type: 'string' },
        'batch-size': { type: 'string' },
        'learning-rate': { type: 'string' },
        'warmup-steps': { type: 'string' },
        'save-steps': { type: 'string' },
        'logging-steps': { type: 'string' },
        'eval-steps': { type: 'string' },
        'max-length': { type: 'string' },
        'gradient-accumulation-steps': { type: 'string' },
        fp16: { type: 'boolean' },
        seed: { type: 'string' },
        run: { type: 'string' },
        'key-files': { type: 'string', multiple: true },
        'key-env': { type: 'string', multiple: true },
        'text-column': { type: 'string' },
        'label-column': { type: 'string' },
      },
    });
    const request = parseTrainRequest({
      modelName: values['model-name'],
      modelPath: values['model-path'],
      trainData: values['train-data'],
      valData: values['val-data'],
      outputDir: values['output-dir'],
      parameters: {
        epochs: values.epochs,
        'batch-size': values['batch-size'],
        'learning-rate': values['learning-rate'],
        'warmup-steps': values['warmup-steps'],
        'save-steps': values['save-steps'],
        'logging-steps': values['logging-steps'],
        'eval-steps': values['eval-steps'],
        'max-length': values['max-length'],
        'gradient-accumulation-steps': values['gradient-accumulation-steps'],
        fp16: values.fp16,
        seed: values.seed,
      },
      keyFiles: values['key-files'],
      keyEnv: values['key-env'],
      cwd,
      flagName,
    });
    // The trainer gets the Hub settings the download commands use, so it can fetch a base model the same way.
    const token = values.token ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
    if (token?.trim()) secrets.push(token.trim());
    const trainerBaseEnv = {
      ...env,
      ...(token ? { HF_TOKEN: token } : {}),
      ...(values['hub-url'] ? { HF_ENDPOINT: values['hub-url'] } : {}),
      ...(values.offline === true || envFlag(env.HF_HUB_OFFLINE) ? { HF_HUB_OFFLINE: '1' } : {}),
    };
    const trainer = selectTrainer({ run: values.run, runFlag: flagName('run'), env: trainerBaseEnv, cwd, secrets, textColumn: values['text-column'], labelColumn: values['label-column'] });
    const options = runOptionsFromArgs({ values, env, reporter });
    const result = await withInterruptSignal(async (signal) => {
      const ready = await fetchBaseModelIfNeeded({ request, trainer, connection: hubConnectionFromArgs({ values, env, reporter, secrets }), options, flagName });
      return runTrain({ request: ready, trainer, options, flagName, signal });
    });
    return { json: resultToJson(result), wantsJson: values.json === true };
  },
};
