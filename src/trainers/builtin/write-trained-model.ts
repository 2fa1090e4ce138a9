import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readJsonObject } from '../../core/read-json.js';
import { composeClassifier } from './onnx/compose-classifier.js';
import type { HeadParameters } from './linear-head.js';
import { encodeSafetensors } from './safetensors.js';

/** model_type values whose sequence-classification class in transformers.js runs a plain session and reads `logits`. */
const TRANSFORMERS_JS_TYPES = new Set(['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'deberta', 'deberta-v2', 'electra', 'albert', 'mpnet', 'mobilebert', 'squeezebert', 'modernbert']);

const TOKENIZER_FILES = ['tokenizer.json', 'vocab.txt', 'special_tokens_map.json', 'merges.txt', 'vocab.json', 'sentencepiece.bpe.model', 'spiece.model', 'tokenizer.model'];

export function headSafetensors(head: HeadParameters): Buffer {
  return encodeSafetensors({
    tensors: {
      'classifier.weight': { shape: [head.numLabels, head.hiddenSize], data: head.weight },
      'classifier.bias': { shape: [head.numLabels], data: head.bias },
    },
    metadata: { format: 'pt' },
  });
}

/**
 * The trained dir: a self-contained classifier that transformers.js' text-classification pipeline and a plain
 * onnxruntime session can run (onnx/model.onnx = encoder + mean pooling + head, output `logits`), plus the head in
 * safetensors, config.json with the labels, and the tokenizer files with model_max_length set to the training length.
 */
export async function writeTrainedModel(params: {
  dir: string;
  baseDir: string;
  baseName: string;
  encoder: Uint8Array;
  encoderFile: string;
  head: HeadParameters;
  labelNames: readonly string[];
  tokenizerConfig: Record<string, unknown>;
  maxLength: number;
  textColumn: string;
  labelColumn: string;
  evalResults: Record<string, number>;
  trainResults: Record<string, number>;
}): Promise<void> {
  const { dir, baseDir, head, labelNames } = params;
  await mkdir(join(dir, 'onnx'), { recursive: true });
  const { model } = composeClassifier({ encoder: params.encoder, source: params.encoderFile, head });
  await writeFile(join(dir, 'onnx', 'model.onnx'), model);
  await writeFile(join(dir, 'model.safetensors'), headSafetensors(head));

  const base = await readJsonObject(join(baseDir, 'config.json'));
  const baseConfig = base.kind === 'ok' ? base.value : {};
  const { architectures: _architectures, ...kept } = baseConfig;
  const baseType = typeof baseConfig.model_type === 'string' ? baseConfig.model_type : undefined;
  const config = {
    ...kept,
    model_type: baseType && TRANSFORMERS_JS_TYPES.has(baseType) ? baseType : 'bert',
    id2label: Object.fromEntries(labelNames.map((name, id) => [String(id), name])),
    label2id: Object.fromEntries(labelNames.map((name, id) => [name, id])),
    problem_type: 'single_label_classification',
    // Browsers otherwise look for model_quantized.onnx; this dir only has the fp32 graph.
    'transformers.js_config': { dtype: 'fp32' },
    model_experiments: {
      head: 'masked mean pooling + linear',
      base_model: params.baseName,
      encoder: params.encoderFile,
      hidden_size: head.hiddenSize,
      max_length: params.maxLength,
      text_column: params.textColumn,
      label_column: params.labelColumn,
    },
  };
  await writeFile(join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  await writeFile(join(dir, 'tokenizer_config.json'), JSON.stringify({ ...params.tokenizerConfig, model_max_length: params.maxLength }, null, 2) + '\n');
  for (const file of TOKENIZER_FILES) {
    if ((await stat(join(baseDir, file)).catch(() => undefined))?.isFile()) await copyFile(join(baseDir, file), join(dir, file));
  }
  await writeFile(join(dir, 'eval_results.json'), JSON.stringify(params.evalResults, null, 2) + '\n');
  await writeFile(join(dir, 'train_results.json'), JSON.stringify(params.trainResults, null, 2) + '\n');
}
