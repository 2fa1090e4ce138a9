import { evaluateModel, parseEvaluateRequest } from '../../steps/evaluate/evaluate-model.js';
import { evaluationToJson, formatEvaluation } from '../../steps/evaluate/format-evaluation.js';
import { parseCommandArgs } from '../args.js';
import type { CliCommand } from '../cli-context.js';

const usage = 'model-experiments evaluate';

export const evaluateCommand: CliCommand = {
  help: `Usage: ${usage} --model-dir <dir> --data <file.jsonl> [options]

  --model-dir <dir>       a directory written by model-experiments train (config.json, onnx/model.onnx or
                          model.safetensors, tokenizer)
  --data <file.jsonl>     one {"text": ..., "label": ...} object per line
  --text-column <name>    column holding the text (default: the one the model was trained on, else text)
  --label-column <name>   column holding the label (default: the one the model was trained on, else label)
  --python <interpreter>  a dir trained by --trainer transformers (PyTorch weights, no onnx/) runs in this Python
                          (default python3), e.g. .venv/bin/python
  --json                  print one JSON object with the metrics on stdout`,
  async run({ argv, env, cwd, reporter, stdout }) {
    const values = parseCommandArgs({
      argv,
      usage,
      options: {
        'model-dir': { type: 'string' },
        data: { type: 'string' },
        'text-column': { type: 'string' },
        'label-column': { type: 'string' },
        python: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const request = parseEvaluateRequest({ modelDir: values['model-dir'], data: values.data, textColumn: values['text-column'], labelColumn: values['label-column'], python: values.python });
    const evaluation = await evaluateModel({ request, reporter, env, cwd, pythonFlag: '--python' });
    const wantsJson = values.json === true;
    if (!wantsJson) stdout.write(`${formatEvaluation(evaluation)}\n`);
    return { json: evaluationToJson(evaluation), wantsJson };
  },
};
