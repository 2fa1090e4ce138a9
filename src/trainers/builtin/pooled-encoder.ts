import { readFile } from 'node:fs/promises';
import type * as Ort from 'onnxruntime-node';
import { loadOnnxRuntime } from './load-onnxruntime.js';
import { StepError } from '../../core/errors.js';
import { composeClassifier, POOLED_OUTPUT, type EncoderGraphInfo } from './onnx/compose-classifier.js';
import { checkTextInputs, runTextModel } from './run-text-model.js';
import { loadTextTokenizer, type TextTokenizer } from './text-tokenizer.js';

/** The frozen encoder the head trains on: tokenizer → ONNX encoder → masked mean pooling, one vector per text. */
export interface PooledEncoder {
  tokenizer: TextTokenizer;
  info: EncoderGraphInfo;
  /** The encoder file's bytes (the trained graph is composed from them). */
  encoderBytes: Uint8Array;
  embed(params: { texts: readonly string[]; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<{ features: Float32Array; hiddenSize: number }>;
  release(): Promise<void>;
}

export async function openPooledEncoder(params: { modelDir: string; encoderPath: string; encoderFile: string; maxLength: number; batchSize?: number }): Promise<PooledEncoder> {
  const tokenizer = await loadTextTokenizer({ dir: params.modelDir, maxLength: params.maxLength });
  const encoderBytes = await readFile(params.encoderPath);
  // Pooling runs inside the graph: onnxruntime hands back [batch, hidden] instead of [batch, tokens, hidden].
  const { model, info } = composeClassifier({ encoder: encoderBytes, source: params.encoderFile });
  checkTextInputs({ inputNames: info.inputs, source: params.encoderFile });
  let session: Ort.InferenceSession;
  try {
    session = await (await loadOnnxRuntime()).InferenceSession.create(model);
  } catch (error) {
    throw new StepError(`onnxruntime could not load ${params.encoderFile}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return {
    tokenizer,
    info,
    encoderBytes,
    async embed({ texts, signal, onProgress }) {
      const sequences = texts.map((text) => tokenizer.encode(text));
      const { data, width } = await runTextModel({ session, sequences, padId: tokenizer.padId, outputName: POOLED_OUTPUT, batchSize: params.batchSize, signal, onBatch: onProgress });
      return { features: data, hiddenSize: width };
    },
    release: () => session.release(),
  };
}
