import type * as Ort from 'onnxruntime-node';

let loading: Promise<typeof Ort> | undefined;

/**
 * onnxruntime-node, loaded on first use: its native library costs ~100 ms at start-up, which every cache hit
 * of every step would otherwise pay, and a process that loaded it without using it can crash on exit.
 *
 * Since 1.29 the Linux/macOS library starts Microsoft's 1DS telemetry with its first session, which tries an upload
 * and leaves an empty /tmp/mat-debug-<pid>.log behind (the SDK's debug log; dozens pile up on a self-hosted runner).
 * ORT_DISABLE_TELEMETRY=1, read once when that happens, creates none of it; a value the user set is kept.
 */
export function loadOnnxRuntime(): Promise<typeof Ort> {
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
  loading ??= import('onnxruntime-node').then((module) => {
    const namespace = module as typeof Ort & { default?: typeof Ort };
    return typeof namespace.InferenceSession === 'function' ? namespace : namespace.default!;
  });
  return loading;
}
