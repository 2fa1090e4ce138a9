/**
 * Weight files by name, as the globs 'model.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin',
 * 'pytorch_model.bin.index.json', '*.safetensors', 'onnx/*.onnx', '*.onnx', 'tf_model.h5', 'flax_model.msgpack',
 * '*.gguf' match them (a `*` never crosses a `/`). Written out rather than matched with picomatch: every cache hit
 * validates with this, and a hit loads no glob library (a unit test holds it to picomatch's answers).
 */
const WEIGHT_NAMES = new Set(['model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json', 'tf_model.h5', 'flax_model.msgpack']);
const WEIGHT_EXTENSIONS = ['.safetensors', '.onnx', '.gguf'];

export function isWeightFile(path: string): boolean {
  if (path.startsWith('onnx/') && !path.slice('onnx/'.length).includes('/')) return path.endsWith('.onnx');
  if (path.includes('/')) return false;
  return WEIGHT_NAMES.has(path) || WEIGHT_EXTENSIONS.some((extension) => path.endsWith(extension));
}

const TOKENIZER_FILES = ['tokenizer.json', 'vocab.txt', 'tokenizer.model', 'spiece.model', 'vocab.json', 'merges.txt', 'sentencepiece.bpe.model'];

/** The files a usable model needs, among those selected: config.json, the weights, the tokenizer files the repo has. */
export function essentialFiles(paths: readonly string[]): { config?: string; weights: string[]; tokenizer: string[] } {
  const config = paths.includes('config.json') ? 'config.json' : undefined;
  const weights = paths.filter(isWeightFile);
  const tokenizer = paths.filter((path) => TOKENIZER_FILES.includes(path));
  return { config, weights, tokenizer };
}
