/**
 * A tiny transformers.js-shaped encoder repo made in code, for the built-in trainer's tests, the demo and the
 * benchmark: onnx/model.onnx (input_ids, attention_mask → Gather → MatMul → Tanh → last_hidden_state), optionally
 * onnx/model_fp16.onnx, a WordPiece tokenizer (tokenizer.json, tokenizer_config.json, vocab.txt), config.json,
 * and synthetic sentiment JSONL that a linear head on mean-pooled states separates.
 *
 * The graph is encoded with onnx-proto (protobufjs), independently of the trainer's own ONNX writer, so the
 * trainer's graph surgery is exercised on a model it did not produce.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import onnxProto, { type onnx as OnnxTypes } from 'onnx-proto';
import { pseudoRandom, safetensors } from './tiny-model.js';

const { onnx } = onnxProto;

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
export const POSITIVE_WORDS = ['good', 'great', 'excellent', 'wonderful', 'amazing', 'delightful', 'superb', 'brilliant', 'lovely', 'enjoyable', 'fantastic', 'charming'];
export const NEGATIVE_WORDS = ['bad', 'awful', 'terrible', 'boring', 'dull', 'horrible', 'dreadful', 'poor', 'weak', 'tedious', 'mediocre', 'disappointing'];
const NEUTRAL_WORDS = [
  'the', 'a', 'this', 'that', 'movie', 'film', 'story', 'plot', 'acting', 'cast', 'was', 'is', 'it', 'and', 'very', 'really',
  'quite', 'i', 'we', 'thought', 'found', 'felt', 'ending', 'scenes', 'music', 'overall', 'so', 'truly', 'but', 'long',
];
const SUBWORDS = ['##s', '##ly', '##ed'];

export function tinyEncoderVocab(extraWords = 0): string[] {
  const filler = Array.from({ length: extraWords }, (_, index) => `w${index}`);
  return [...SPECIAL, ...POSITIVE_WORDS, ...NEGATIVE_WORDS, ...NEUTRAL_WORDS, ...SUBWORDS, ...filler];
}

export interface TinyEncoderOptions {
  hiddenSize?: number;
  seed?: number;
  /** Also ship onnx/model_fp16.onnx (float16 weights and hidden states). */
  fp16?: boolean;
  /** Leave the ONNX export out, as repos with only PyTorch weights do. */
  withoutOnnx?: boolean;
  /** Filler vocabulary (w0, w1, …) to make the embedding table larger, for benchmarks. */
  extraWords?: number;
  /** Declare a token_type_ids input as BERT exports do. */
  tokenTypeIds?: boolean;
}

/** The files of the tiny encoder repo, keyed by path. */
export function tinyEncoderFiles(options: TinyEncoderOptions = {}): Record<string, Buffer> {
  const hidden = options.hiddenSize ?? 32;
  const seed = options.seed ?? 7;
  const vocab = tinyEncoderVocab(options.extraWords ?? 0);
  const embedding = pseudoRandom(vocab.length * hidden, seed);
  // The data are separable by construction: sentiment words carry a shared direction in embedding space.
  const direction = pseudoRandom(hidden, seed + 1);
  vocab.forEach((word, row) => {
    const sign = POSITIVE_WORDS.includes(word) ? 1 : NEGATIVE_WORDS.includes(word) ? -1 : 0;
    for (let h = 0; h < hidden; h++) embedding[row * hidden + h] += sign * 1.5 * direction[h];
  });
  const projection = pseudoRandom(hidden * hidden, seed + 2).map((value) => value * (2 / Math.sqrt(hidden)));

  const files: Record<string, Buffer> = {
    'config.json': Buffer.from(JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: hidden, vocab_size: vocab.length, max_position_embeddings: 512 }, null, 2)),
    'tokenizer.json': Buffer.from(JSON.stringify(wordPieceTokenizer(vocab))),
    'tokenizer_config.json': Buffer.from(
      JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512, pad_token: '[PAD]', unk_token: '[UNK]', cls_token: '[CLS]', sep_token: '[SEP]', mask_token: '[MASK]' }),
    ),
    'vocab.txt': Buffer.from(vocab.join('\n') + '\n'),
    'README.md': Buffer.from('# tiny-encoder\nA tiny ONNX encoder made in code for tests.\n'),
    // PyTorch-side weights as real repos ship them next to onnx/ (the model download step skips onnx/ by default then).
    'model.safetensors': safetensors({ 'embeddings.word_embeddings.weight': { shape: [vocab.length, hidden], data: embedding }, 'encoder.dense.weight': { shape: [hidden, hidden], data: projection } }),
  };
  if (!options.withoutOnnx) {
    files['onnx/model.onnx'] = encoderModel({ vocabSize: vocab.length, hidden, embedding, projection, fp16: false, tokenTypeIds: options.tokenTypeIds === true });
    if (options.fp16) files['onnx/model_fp16.onnx'] = encoderModel({ vocabSize: vocab.length, hidden, embedding, projection, fp16: true, tokenTypeIds: options.tokenTypeIds === true });
  }
  return files;
}

function wordPieceTokenizer(vocab: string[]) {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab.map((token, id) => [token, id])) },
  };
}

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const FLOAT16 = onnx.TensorProto.DataType.FLOAT16;
const INT64 = onnx.TensorProto.DataType.INT64;

function encoderModel(params: { vocabSize: number; hidden: number; embedding: Float32Array; projection: Float32Array; fp16: boolean; tokenTypeIds: boolean }): Buffer {
  const { vocabSize, hidden, fp16 } = params;
  const weightType = fp16 ? FLOAT16 : FLOAT;
  const raw = (data: Float32Array) => (fp16 ? toFloat16Bytes(data) : new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)));
  const tensorInfo = (name: string, elemType: number, dims: (number | string)[]) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })) } } },
  });
  const cast = (input: string, output: string, to: number): OnnxTypes.INodeProto => ({
    opType: 'Cast', input: [input], output: [output], name: `cast_${output}`, attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: to }],
  });
  const ids = params.tokenTypeIds ? 'input_ids_typed' : 'input_ids';
  const nodes: OnnxTypes.INodeProto[] = [
    // BERT exports use token_type_ids; here it is added times zero so the input is a real part of the graph.
    ...(params.tokenTypeIds
      ? [
          { opType: 'Mul', input: ['token_type_ids', 'zero_i64'], output: ['token_type_zeroed'], name: 'type_zero' },
          { opType: 'Add', input: ['input_ids', 'token_type_zeroed'], output: ['input_ids_typed'], name: 'type_add' },
        ]
      : []),
    { opType: 'Gather', input: ['embeddings.word_embeddings.weight', ids], output: ['embedded'], name: 'embed' },
    ...(fp16 ? [cast('embedded', 'embedded_f32', FLOAT), cast('encoder.dense.weight', 'dense_f32', FLOAT)] : []),
    { opType: 'MatMul', input: [fp16 ? 'embedded_f32' : 'embedded', fp16 ? 'dense_f32' : 'encoder.dense.weight'], output: ['projected'], name: 'dense' },
    { opType: 'Tanh', input: ['projected'], output: ['activated'], name: 'tanh' },
    // Padding positions come out as zeros, as nothing downstream of a real encoder's masked positions depends on them.
    cast('attention_mask', 'mask_f32', FLOAT),
    { opType: 'Unsqueeze', input: ['mask_f32', 'unsqueeze_axes'], output: ['mask_3d'], name: 'mask_unsqueeze' },
    { opType: 'Mul', input: ['activated', 'mask_3d'], output: [fp16 ? 'hidden_f32' : 'last_hidden_state'], name: 'mask_hidden' },
    ...(fp16 ? [cast('hidden_f32', 'last_hidden_state', FLOAT16)] : []),
  ];
  const inputs = [tensorInfo('input_ids', INT64, ['batch_size', 'sequence_length']), tensorInfo('attention_mask', INT64, ['batch_size', 'sequence_length'])];
  if (params.tokenTypeIds) inputs.push(tensorInfo('token_type_ids', INT64, ['batch_size', 'sequence_length']));
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'model-experiments tiny-encoder',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'tiny_encoder',
      node: nodes,
      initializer: [
        { name: 'embeddings.word_embeddings.weight', dims: [vocabSize, hidden], dataType: weightType, rawData: raw(params.embedding) },
        { name: 'encoder.dense.weight', dims: [hidden, hidden], dataType: weightType, rawData: raw(params.projection) },
        { name: 'unsqueeze_axes', dims: [1], dataType: INT64, rawData: new Uint8Array(BigInt64Array.from([2n]).buffer) },
        ...(params.tokenTypeIds ? [{ name: 'zero_i64', dims: [], dataType: INT64, rawData: new Uint8Array(BigInt64Array.from([0n]).buffer) }] : []),
      ],
      input: inputs,
      output: [tensorInfo('last_hidden_state', fp16 ? FLOAT16 : FLOAT, ['batch_size', 'sequence_length', hidden])],
    },
  });
  return Buffer.from(onnx.ModelProto.encode(model).finish());
}

/** IEEE 754 half precision, round to nearest even (the tiny weights are well inside its range). */
function toFloat16Bytes(data: Float32Array): Uint8Array {
  const out = new Uint16Array(data.length);
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  for (let i = 0; i < data.length; i++) {
    f32[0] = data[i];
    const bits = u32[0];
    const sign = (bits >>> 16) & 0x8000;
    const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
    let mantissa = bits & 0x7fffff;
    if (exponent <= 0) {
      out[i] = sign; // underflow to zero: values this small do not occur in the tiny weights
      continue;
    }
    let half = sign | (exponent << 10) | (mantissa >>> 13);
    mantissa &= 0x1fff;
    if (mantissa > 0x1000 || (mantissa === 0x1000 && (half & 1))) half++;
    out[i] = half;
  }
  return new Uint8Array(out.buffer);
}

export interface SentimentExample {
  text: string;
  label: string | number;
}

/**
 * Synthetic reviews: filler words around one or two sentiment words of one class. Labels are "negative"/"positive",
 * or 0/1 with `intLabels`. Column names can be changed to exercise --text-column/--label-column.
 */
export function sentimentExamples(params: { count: number; seed: number; intLabels?: boolean }): SentimentExample[] {
  const random = pseudoRandom(params.count * 16, params.seed);
  let cursor = 0;
  const next = () => random[cursor++] + 0.5;
  const pick = <T>(items: readonly T[]) => items[Math.min(items.length - 1, Math.floor(next() * items.length))];
  const templates = [
    (w: string[]) => `the ${pick(['movie', 'film', 'story'])} was ${w[0]}`,
    (w: string[]) => `i thought the ${pick(['acting', 'plot', 'music', 'ending'])} was really ${w[0]} and ${w[1]}`,
    (w: string[]) => `${w[0]} ${pick(['film', 'movie', 'cast'])}`,
    (w: string[]) => `overall we found it quite ${w[0]} but long`,
    (w: string[]) => `this film is so ${w[0]} , truly ${w[1]}`,
  ];
  const examples: SentimentExample[] = [];
  for (let index = 0; index < params.count; index++) {
    const positive = next() < 0.5;
    const words = positive ? POSITIVE_WORDS : NEGATIVE_WORDS;
    const text = pick(templates)([pick(words), pick(words)]);
    examples.push({ text, label: params.intLabels ? (positive ? 1 : 0) : positive ? 'positive' : 'negative' });
  }
  return examples;
}

/** JSONL with the given column names (default text/label). */
export function sentimentJsonl(params: { count: number; seed: number; intLabels?: boolean; textColumn?: string; labelColumn?: string }): string {
  const textColumn = params.textColumn ?? 'text';
  const labelColumn = params.labelColumn ?? 'label';
  return sentimentExamples(params).map((example) => JSON.stringify({ [textColumn]: example.text, [labelColumn]: example.label })).join('\n') + '\n';
}

/** Write a repo's files (as returned by tinyEncoderFiles) under `dir`. */
export async function writeRepoFiles(dir: string, files: Record<string, Buffer | string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}
