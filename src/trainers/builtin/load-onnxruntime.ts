import type * as Ort from 'onnxruntime-node';

let loading: Promise<typeof Ort> | undefined;

/**
 * onnxruntime-node, loaded on first use: its native library costs ~100 ms at start-up, which every cache hit
 * of every step would otherwise pay, and a process that loaded it without using it can crash on exit.
 */
export function loadOnnxRuntime(): Promise<typeof Ort> {
  loading ??= import('onnxruntime-node').then((module) => {
    const namespace = module as typeof Ort & { default?: typeof Ort };
    return typeof namespace.InferenceSession === 'function' ? namespace : namespace.default!;
  });
  return loading;
}
