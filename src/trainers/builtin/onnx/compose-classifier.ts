import { InputError } from '../../../core/errors.js';
import { GraphField, ModelField, OpsetField, TensorType, ValueInfoField, nodeMessage, tensorMessage, valueInfoMessage } from './onnx-messages.js';
import { MessageWriter, readFields, stringOf, type RawField } from './protobuf-wire.js';

export const POOLED_OUTPUT = 'pooled_embedding';
export const LOGITS_OUTPUT = 'logits';
const HIDDEN_OUTPUT = 'last_hidden_state';
const PREFIX = 'model_experiments/';

/** What we need to know of an encoder graph to extend it. */
export interface EncoderGraphInfo {
  inputs: string[];
  outputs: string[];
  /** The token-level output the pooling reads. */
  hiddenOutput: string;
  /** The static hidden size when the graph declares it. */
  hiddenSize?: number;
  /** Version of the default ("ai.onnx") operator set. */
  opset: number;
}

interface ParsedModel {
  modelFields: RawField[];
  graphFields: RawField[];
  info: EncoderGraphInfo;
}

function parseEncoder(model: Uint8Array, source: string): ParsedModel {
  let modelFields: RawField[];
  let graphFields: RawField[];
  try {
    modelFields = readFields(model);
    const graph = modelFields.find((field) => field.field === ModelField.Graph && field.bytes);
    if (!graph?.bytes) throw new Error('no graph');
    graphFields = readFields(graph.bytes);
  } catch (error) {
    throw new InputError(`${source} is not a readable ONNX model (${error instanceof Error ? error.message : String(error)}): give a valid ONNX export`);
  }
  const names = (field: number) =>
    graphFields.filter((entry) => entry.field === field && entry.bytes).map((entry) => stringOf(readFields(entry.bytes!).find((f) => f.field === ValueInfoField.Name)) ?? '');
  const inputs = names(GraphField.Input);
  const outputs = names(GraphField.Output);
  let opset = 0;
  for (const entry of modelFields.filter((field) => field.field === ModelField.OpsetImport && field.bytes)) {
    const fields = readFields(entry.bytes!);
    const domain = stringOf(fields.find((f) => f.field === OpsetField.Domain)) ?? '';
    if (domain === '' || domain === 'ai.onnx') opset = Number(fields.find((f) => f.field === OpsetField.Version)?.varint ?? 0n);
  }
  if (opset < 8) throw new InputError(`${source} uses ONNX opset ${opset || '(none)'}; the built-in trainer needs opset 8 or newer: re-export the model with a recent exporter`);
  if (!inputs.includes('input_ids') || !inputs.includes('attention_mask')) {
    throw new InputError(`${source} has inputs ${inputs.join(', ') || '(none)'}; the built-in trainer needs an encoder with input_ids and attention_mask`);
  }
  const hiddenOutput = outputs.includes(HIDDEN_OUTPUT) ? HIDDEN_OUTPUT : outputs[0];
  if (!hiddenOutput) throw new InputError(`${source} declares no outputs: give an encoder export whose output is last_hidden_state`);
  return { modelFields, graphFields, info: { inputs, outputs, hiddenOutput, hiddenSize: hiddenSizeOf(graphFields, hiddenOutput), opset } };
}

/** The last dim of the hidden output, when it is a number (exports usually declare it). */
function hiddenSizeOf(graphFields: RawField[], output: string): number | undefined {
  for (const entry of graphFields.filter((field) => field.field === GraphField.Output && field.bytes)) {
    const valueInfo = readFields(entry.bytes!);
    if (stringOf(valueInfo.find((f) => f.field === ValueInfoField.Name)) !== output) continue;
    const type = valueInfo.find((f) => f.field === ValueInfoField.Type)?.bytes;
    const tensorType = type && readFields(type).find((f) => f.field === 1)?.bytes;
    const shape = tensorType && readFields(tensorType).find((f) => f.field === 2)?.bytes;
    const dims = shape ? readFields(shape).filter((f) => f.field === 1 && f.bytes) : [];
    const last = dims.at(-1)?.bytes;
    const value = last && readFields(last).find((f) => f.field === 1)?.varint;
    return value !== undefined && dims.length === 3 ? Number(value) : undefined;
  }
  return undefined;
}

export function readEncoderInfo(model: Uint8Array, source: string): EncoderGraphInfo {
  return parseEncoder(model, source).info;
}

export interface LinearHead {
  /** [numLabels, hiddenSize], row-major (the layout of torch's nn.Linear and of model.safetensors). */
  weight: Float32Array;
  bias: Float32Array;
  numLabels: number;
}

/**
 * The encoder graph extended with masked mean pooling of its hidden states and, when a head is given, a linear
 * layer: one self-contained model whose only output is `pooled_embedding` [batch, hidden] (no head) or
 * `logits` [batch, labels]. The encoder's own fields are copied byte for byte; only its outputs are replaced.
 */
export function composeClassifier(params: { encoder: Uint8Array; source: string; head?: LinearHead }): { model: Uint8Array; info: EncoderGraphInfo } {
  const { modelFields, graphFields, info } = parseEncoder(params.encoder, params.source);
  const { head } = params;
  const name = (suffix: string) => `${PREFIX}${suffix}`;
  const graph = new MessageWriter();
  for (const field of graphFields) if (field.field !== GraphField.Output) graph.raw(field.raw);

  const node = (opType: string, inputs: string[], output: string, attributes?: Parameters<typeof nodeMessage>[0]['attributes']) =>
    graph.message(GraphField.Node, nodeMessage({ opType, inputs, outputs: [output], name: name(`${opType}_${output.replace(PREFIX, '')}`), attributes }));
  const initializer = (tensorName: string, dims: number[], data: Float32Array | BigInt64Array) =>
    graph.message(GraphField.Initializer, tensorMessage({ name: tensorName, dims, data }));

  // Everything in float32 whatever the encoder computes in (an fp16 export's hidden states are cast up first).
  node('Cast', ['attention_mask'], name('mask'), { to: { int: TensorType.Float } });
  node('Cast', [info.hiddenOutput], name('hidden'), { to: { int: TensorType.Float } });
  // Reshape keeps one meaning across opsets, unlike Unsqueeze whose axes moved from attribute to input in opset 13.
  initializer(name('mask_shape'), [3], BigInt64Array.from([0n, -1n, 1n]));
  node('Reshape', [name('mask'), name('mask_shape')], name('mask_3d'));
  node('Mul', [name('hidden'), name('mask_3d')], name('masked_hidden'));
  const reduceSum = (input: string, output: string, keepdims: number) => {
    if (info.opset >= 13) node('ReduceSum', [input, name('axis_1')], output, { keepdims: { int: keepdims } });
    else node('ReduceSum', [input], output, { axes: { ints: [1] }, keepdims: { int: keepdims } });
  };
  if (info.opset >= 13) initializer(name('axis_1'), [1], BigInt64Array.from([1n]));
  reduceSum(name('masked_hidden'), name('summed'), 0);
  reduceSum(name('mask'), name('token_count'), 1);
  // sentence-transformers clamps the count the same way, so an all-padding row gives zeros, not NaN.
  initializer(name('min_count'), [], Float32Array.from([1e-9]));
  node('Max', [name('token_count'), name('min_count')], name('safe_count'));
  const hiddenDim = info.hiddenSize ?? 'hidden_size';

  if (!head) {
    node('Div', [name('summed'), name('safe_count')], POOLED_OUTPUT);
    graph.message(GraphField.Output, valueInfoMessage({ name: POOLED_OUTPUT, elemType: TensorType.Float, dims: ['batch_size', hiddenDim] }));
  } else {
    const hidden = head.weight.length / head.numLabels;
    node('Div', [name('summed'), name('safe_count')], name('pooled'));
    // MatMul wants [hidden, labels]: store the transpose of the torch-layout weight.
    const transposed = new Float32Array(head.weight.length);
    for (let label = 0; label < head.numLabels; label++) {
      for (let h = 0; h < hidden; h++) transposed[h * head.numLabels + label] = head.weight[label * hidden + h];
    }
    initializer(name('classifier_weight_t'), [hidden, head.numLabels], transposed);
    initializer(name('classifier_bias'), [head.numLabels], head.bias);
    node('MatMul', [name('pooled'), name('classifier_weight_t')], name('projected'));
    node('Add', [name('projected'), name('classifier_bias')], LOGITS_OUTPUT);
    graph.message(GraphField.Output, valueInfoMessage({ name: LOGITS_OUTPUT, elemType: TensorType.Float, dims: ['batch_size', head.numLabels] }));
  }

  const model = new MessageWriter();
  for (const field of modelFields) {
    if (field.field === ModelField.Graph) model.message(ModelField.Graph, graph);
    else model.raw(field.raw);
  }
  return { model: model.finish(), info };
}
