/**
 * A tiny BERT-shaped model repo made in code: config.json, real safetensors weights, a WordPiece tokenizer
 * (tokenizer.json + vocab.txt + tokenizer_config.json), and the redundant formats real repos also ship
 * (tf_model.h5, onnx/) so default file selection has something to skip.
 */
export function tinyModelFiles(params: { hiddenSize?: number; seed?: number } = {}): Record<string, Buffer> {
  const hidden = params.hiddenSize ?? 8;
  const vocab = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'good', 'great', 'bad', 'awful', 'movie', 'film', 'the', 'a', 'was', 'is', 'not'];
  const config = {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: hidden,
    num_attention_heads: 1,
    num_hidden_layers: 1,
    intermediate_size: hidden * 2,
    vocab_size: vocab.length,
    max_position_embeddings: 64,
  };
  const weights = safetensors({ 'embeddings.word_embeddings.weight': { shape: [vocab.length, hidden], data: pseudoRandom(vocab.length * hidden, params.seed ?? 1) } });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: vocab.slice(0, 5).map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
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
  return {
    'config.json': Buffer.from(JSON.stringify(config, null, 2)),
    'model.safetensors': weights,
    'tokenizer.json': Buffer.from(JSON.stringify(tokenizer)),
    'tokenizer_config.json': Buffer.from(JSON.stringify({ do_lower_case: true, model_max_length: 64, tokenizer_class: 'BertTokenizer' })),
    'vocab.txt': Buffer.from(vocab.join('\n') + '\n'),
    'README.md': Buffer.from('# tiny-bert\nA tiny model made in code for tests.\n'),
    'tf_model.h5': Buffer.from(pseudoRandom(64, 7).buffer),
    'onnx/model.onnx': Buffer.from(pseudoRandom(64, 9).buffer),
  };
}

/** Deterministic floats in [-0.5, 0.5) (mulberry32). */
export function pseudoRandom(count: number, seed: number): Float32Array {
  const out = new Float32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  }
  return out;
}

/** The safetensors format: u64 header length, JSON header, raw little-endian tensor bytes. */
export function safetensors(tensors: Record<string, { shape: number[]; data: Float32Array }>): Buffer {
  const header: Record<string, unknown> = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, tensor] of Object.entries(tensors)) {
    const bytes = Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
    header[name] = { dtype: 'F32', shape: tensor.shape, data_offsets: [offset, offset + bytes.length] };
    parts.push(bytes);
    offset += bytes.length;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  return Buffer.concat([length, Buffer.from(json), ...parts]);
}
