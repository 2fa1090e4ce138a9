import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { loadOnnxRuntime } from '../../trainers/builtin/load-onnxruntime.js';
import { InputError, StepError } from '../../core/errors.js';
import { readJsonObject } from '../../core/read-json.js';
import type { Reporter } from '../../core/reporter.js';
import { classificationMetrics, type ClassificationMetrics } from '../../trainers/builtin/classification-metrics.js';
import { readLabeledExamples } from '../../trainers/builtin/labeled-examples.js';
import { LOGITS_OUTPUT } from '../../trainers/builtin/onnx/compose-classifier.js';
import { checkTextInputs, runTextModel } from '../../trainers/builtin/run-text-model.js';
import { loadTextTokenizer } from '../../trainers/builtin/text-tokenizer.js';
import { pytorchLogits } from './pytorch-logits.js';

export interface EvaluateRequest {
  modelDir: string;
  data: string;
  /** Undefined: the column the model was trained on (config.json), else "text". */
  textColumn?: string;
  labelColumn?: string;
  /** The interpreter that runs a PyTorch-only dir (trained by --trainer transformers); default python3. */
  python?: string;
}

export interface Evaluation extends ClassificationMetrics {
  modelDir: string;
  data: string;
  textColumn: string;
  labelColumn: string;
  /** Label names in id order. */
  labels: string[];
  durationMs: number;
}

export function parseEvaluateRequest(params: { modelDir?: string; data?: string; textColumn?: string; labelColumn?: string; python?: string }): EvaluateRequest {
  if (!params.modelDir?.trim()) throw new InputError('--model-dir is required: give a directory written by model-experiments train');
  if (!params.data?.trim()) throw new InputError('--data is required: give a JSONL file with text and label columns');
  for (const [flag, value] of [['--text-column', params.textColumn], ['--label-column', params.labelColumn]] as const) {
    if (value !== undefined && value.trim() === '') throw new InputError(`${flag} must not be empty: give the JSONL column name`);
  }
  if (params.python !== undefined && params.python.trim() === '') throw new InputError('--python must not be empty: give a Python interpreter, e.g. .venv/bin/python');
  return { modelDir: resolve(params.modelDir), data: resolve(params.data), textColumn: params.textColumn, labelColumn: params.labelColumn, python: params.python };
}

/**
 * Run a trained dir's onnx/model.onnx over labeled JSONL: accuracy, loss and per-label precision/recall. A dir
 * with PyTorch weights and no ONNX export (--trainer transformers) runs through Python instead, with the same
 * metrics. No cache: it is cheap and read-only.
 */
export async function evaluateModel(params: {
  request: EvaluateRequest;
  reporter: Reporter;
  signal?: AbortSignal;
  /** For the PyTorch path: where the interpreter is looked up, and how its option is named. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  pythonFlag?: string;
}): Promise<Evaluation> {
  const { request, reporter } = params;
  const started = Date.now();
  const { modelDir } = request;
  const config = await readJsonObject(join(modelDir, 'config.json'));
  const notTrained = `${modelDir} is not a trained classifier dir`;
  if (config.kind !== 'ok') throw new InputError(`${notTrained}: config.json is ${config.kind}; give the --output-dir of model-experiments train`);
  const id2label = config.value.id2label;
  if (!id2label || typeof id2label !== 'object') throw new InputError(`${notTrained}: its config.json has no id2label; give the --output-dir of model-experiments train`);
  const labels = Object.entries(id2label as Record<string, unknown>)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, name]) => String(name));
  const modelPath = join(modelDir, 'onnx', 'model.onnx');
  const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() === true;
  const hasOnnx = await isFile(modelPath);
  const hasPytorch = !hasOnnx && ((await isFile(join(modelDir, 'model.safetensors'))) || (await isFile(join(modelDir, 'pytorch_model.bin'))));
  if (!hasOnnx && !hasPytorch) throw new InputError(`${notTrained}: it has neither onnx/model.onnx nor model.safetensors; train it again`);

  const trainedOn = (config.value.model_experiments ?? {}) as Record<string, unknown>;
  const textColumn = request.textColumn ?? (typeof trainedOn.text_column === 'string' ? trainedOn.text_column : 'text');
  const labelColumn = request.labelColumn ?? (typeof trainedOn.label_column === 'string' ? trainedOn.label_column : 'label');
  const examples = await readLabeledExamples({ path: request.data, textColumn, labelColumn, flag: '--data' });
  const labelIds = new Map(labels.map((name, id) => [name, id]));
  const unknown = [...new Set(examples.labels.filter((label) => !labelIds.has(label)))];
  if (unknown.length > 0) {
    throw new InputError(`--data has labels the model does not know (${unknown.slice(0, 5).join(', ')}); it knows ${labels.join(', ')}: check --label-column or the data`);
  }

  const targets = examples.labels.map((label) => labelIds.get(label)!);
  const finish = (logits: ArrayLike<number>, width: number, source: string): Evaluation => {
    if (width !== labels.length) throw new StepError(`${source} gives ${width} logits per text but config.json names ${labels.length} labels: train the model again`);
    const metrics = classificationMetrics({ logits, targets, labelNames: labels });
    return { ...metrics, modelDir, data: request.data, textColumn, labelColumn, labels, durationMs: Date.now() - started };
  };
  if (hasPytorch) {
    const maxLength = typeof trainedOn.max_length === 'number' ? trainedOn.max_length : 512;
    const { data, width } = await pytorchLogits({
      modelDir,
      texts: examples.texts,
      maxLength,
      python: request.python ?? 'python3',
      pythonFlag: params.pythonFlag ?? '--python',
      cwd: params.cwd ?? process.cwd(),
      env: params.env ?? process.env,
      reporter,
      signal: params.signal,
    });
    return finish(data, width, join(modelDir, 'model.safetensors'));
  }

  const tokenizer = await loadTextTokenizer({ dir: modelDir });
  let session: Ort.InferenceSession;
  try {
    session = await (await loadOnnxRuntime()).InferenceSession.create(modelPath);
  } catch (error) {
    throw new StepError(`onnxruntime could not load ${modelPath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    checkTextInputs({ inputNames: session.inputNames, source: modelPath });
    if (!session.outputNames.includes(LOGITS_OUTPUT)) throw new InputError(`${modelPath} has no "logits" output (it has ${session.outputNames.join(', ')}): give a classifier trained by model-experiments train`);
    const { data, width } = await runTextModel({
      session,
      sequences: examples.texts.map((text) => tokenizer.encode(text)),
      padId: tokenizer.padId,
      outputName: LOGITS_OUTPUT,
      signal: params.signal,
      onBatch: (done, total) => reporter.progress({ label: 'evaluate', done, total, unit: 'rows' }),
    });
    return finish(data, width, modelPath);
  } finally {
    await session.release();
  }
}
