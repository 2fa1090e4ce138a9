import type * as Ort from 'onnxruntime-node';
import { loadOnnxRuntime } from './load-onnxruntime.js';
import { InputError, StepError } from '../../core/errors.js';

const SUPPORTED_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

/** Fail early, with the model's own input names, when a graph wants inputs a tokenizer does not give. */
export function checkTextInputs(params: { inputNames: readonly string[]; source: string }): void {
  const unsupported = params.inputNames.filter((name) => !SUPPORTED_INPUTS.has(name));
  if (unsupported.length > 0) {
    throw new InputError(`${params.source} needs inputs ${unsupported.join(', ')} besides the tokenizer's input_ids/attention_mask/token_type_ids: export the model with only those inputs`);
  }
}

/** The int64 tensors for one batch, padded on the right to its longest sequence. */
export function batchFeeds(params: { ort: typeof Ort; sequences: readonly number[][]; padId: number; inputNames: readonly string[] }): Record<string, Ort.Tensor> {
  const { ort, sequences, padId, inputNames } = params;
  const width = Math.max(1, ...sequences.map((ids) => ids.length));
  const ids = new BigInt64Array(sequences.length * width).fill(BigInt(padId));
  const mask = new BigInt64Array(sequences.length * width);
  sequences.forEach((sequence, row) => {
    for (let column = 0; column < sequence.length; column++) {
      ids[row * width + column] = BigInt(sequence[column]);
      mask[row * width + column] = 1n;
    }
  });
  const dims = [sequences.length, width];
  const feeds: Record<string, Ort.Tensor> = {};
  for (const name of inputNames) {
    if (name === 'input_ids') feeds[name] = new ort.Tensor('int64', ids, dims);
    else if (name === 'attention_mask') feeds[name] = new ort.Tensor('int64', mask, dims);
    else if (name === 'token_type_ids') feeds[name] = new ort.Tensor('int64', new BigInt64Array(ids.length), dims);
  }
  return feeds;
}

/**
 * Run a text model over tokenized sequences in batches and gather one float row per sequence, in input order.
 * Sequences are batched by length so little time goes into padding; the order is fixed, so runs repeat exactly.
 */
export async function runTextModel(params: {
  session: Ort.InferenceSession;
  sequences: readonly number[][];
  padId: number;
  outputName: string;
  batchSize?: number;
  signal?: AbortSignal;
  onBatch?: (done: number, total: number) => void;
}): Promise<{ data: Float32Array; width: number }> {
  const { session, sequences, padId, outputName } = params;
  const ort = await loadOnnxRuntime();
  const batchSize = params.batchSize ?? 32;
  const order = sequences.map((_, index) => index).sort((a, b) => sequences[a].length - sequences[b].length || a - b);
  let out: Float32Array | undefined;
  let width = 0;
  for (let start = 0; start < order.length; start += batchSize) {
    if (params.signal?.aborted) throw new StepError('Interrupted while running the encoder');
    const rows = order.slice(start, start + batchSize);
    const feeds = batchFeeds({ ort, sequences: rows.map((index) => sequences[index]), padId, inputNames: session.inputNames });
    const result = await session.run(feeds, [outputName]);
    const tensor = result[outputName];
    const data = tensor.data as Float32Array;
    width = Number(tensor.dims[1]);
    out ??= new Float32Array(sequences.length * width);
    rows.forEach((index, row) => out!.set(data.subarray(row * width, (row + 1) * width), index * width));
    params.onBatch?.(Math.min(start + batchSize, order.length), order.length);
  }
  return { data: out ?? new Float32Array(0), width };
}
