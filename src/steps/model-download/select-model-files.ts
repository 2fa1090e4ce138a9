import picomatch from 'picomatch';
import type { RepoFile } from '../../hub/list-repo-files.js';

/**
 * Formats a repo ships besides the weights we use. When safetensors weights exist these are skipped by
 * default, as huggingface_hub users do with ignore_patterns; `--include` brings any of them back.
 */
const REDUNDANT_WITH_SAFETENSORS = [
  '*.h5', '**/*.h5', '*.msgpack', '**/*.msgpack', '*.ot', '**/*.ot', '*.onnx', '**/*.onnx', '*.onnx_data', '**/*.onnx_data',
  '*.tflite', '**/*.tflite', '*.mlmodel', '**/*.mlmodel', 'coreml/**', 'openvino/**', 'onnx/**', '*.pt', 'pytorch_model*.bin',
  '*.gguf', '**/*.gguf',
];

const matcher = (patterns: readonly string[]) => picomatch(patterns as string[], { dot: true });

/** Which files to download: include/exclude globs first, then the default skip of redundant formats. */
export function selectModelFiles(params: { files: RepoFile[]; include: readonly string[]; exclude: readonly string[] }): RepoFile[] {
  const { files, include, exclude } = params;
  const included = include.length > 0 ? matcher(include) : undefined;
  const excluded = exclude.length > 0 ? matcher(exclude) : undefined;
  const hasSafetensors = files.some((file) => file.path.endsWith('.safetensors') || file.path.endsWith('.safetensors.index.json'));
  const redundant = matcher(REDUNDANT_WITH_SAFETENSORS);
  return files.filter((file) => {
    if (file.path === '.gitattributes') return false;
    if (excluded?.(file.path)) return false;
    if (included) return included(file.path);
    return !(hasSafetensors && redundant(file.path));
  });
}
