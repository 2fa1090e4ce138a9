import type * as Ort from 'onnxruntime-node';
import { StepError } from '../../core/errors.js';
import { checkOnnxRuntimePlatform } from './onnxruntime-platforms.js';

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
  loading ??= (async () => {
    // The binding is picked by process.platform/arch (onnxruntime-node's own require, kept by the bundle).
    checkOnnxRuntimePlatform({ platform: process.platform, arch: process.arch });
    let module: unknown;
    try {
      module = await import('onnxruntime-node');
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new StepError(`onnxruntime for ${process.platform}/${process.arch} could not be loaded (${reason}): reinstall the Action or CLI (its dist/bin/ must be complete)`, { cause: error });
    }
    const namespace = module as typeof Ort & { default?: typeof Ort };
    return typeof namespace.InferenceSession === 'function' ? namespace : namespace.default!;
  })();
  return loading;
}
