/** The weight-file names a hit validates with, held to the globs they stand for (picomatch's answers). */
import { expect, test } from '@jest/globals';
import picomatch from 'picomatch';
import { essentialFiles, isWeightFile } from '../src/steps/model-download/essential-files.js';

const GLOBS = ['model.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json', '*.safetensors', 'onnx/*.onnx', '*.onnx', 'tf_model.h5', 'flax_model.msgpack', '*.gguf'];

test('isWeightFile answers as the weight globs do, for names at the top, in onnx/, deeper, and look-alikes', () => {
  const glob = picomatch(GLOBS, { dot: true });
  const paths = [
    'model.safetensors', 'model-00001-of-00002.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json',
    'pytorch_model-00001.bin', 'tf_model.h5', 'flax_model.msgpack', 'model.gguf', 'q4.gguf', 'model.onnx', '.safetensors', '.hidden.onnx',
    'onnx/model.onnx', 'onnx/model_quantized.onnx', 'onnx/.onnx', 'onnx/model.onnx_data', 'onnx/sub/model.onnx', 'onnx/model.safetensors',
    'sub/model.safetensors', 'sub/model.onnx', 'a/b/c.gguf', 'config.json', 'tokenizer.json', 'model.safetensors.bak', 'safetensors', 'onnx',
    'onnx/', 'model.h5', 'tf_model.h5.bak', 'ONNX/model.onnx', 'model.SAFETENSORS',
  ];
  for (const path of paths) expect([path, isWeightFile(path)]).toEqual([path, glob(path)]);
});

test('essentialFiles names the config, the weights and the tokenizer files among those given', () => {
  expect(essentialFiles(['config.json', 'model.safetensors', 'onnx/model.onnx', 'tokenizer.json', 'vocab.txt', 'README.md', 'sub/model.safetensors'])).toEqual({
    config: 'config.json',
    weights: ['model.safetensors', 'onnx/model.onnx'],
    tokenizer: ['tokenizer.json', 'vocab.txt'],
  });
  expect(essentialFiles(['README.md'])).toEqual({ config: undefined, weights: [], tokenizer: [] });
});
