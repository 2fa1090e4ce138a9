import { StepError } from '../../core/errors.js';

/**
 * The platforms dist/ ships onnxruntime-node's CPU binding for (scripts/build.mjs copies exactly these), as
 * `${process.platform}/${process.arch}`: the directory under dist/bin/napi-v6/ the bundle loads it from.
 * linux/arm64 covers Graviton and most self-hosted aarch64 GPU machines; darwin/arm64 the macos-14+ runners.
 */
export const ONNXRUNTIME_PLATFORMS = ['linux/x64', 'linux/arm64', 'darwin/arm64'] as const;

/**
 * Refuse, with what to do instead, a platform dist/ has no onnxruntime for, before the bundle's
 * require('../bin/napi-v6/<platform>/<arch>/onnxruntime_binding.node') fails with "Cannot find module".
 */
export function checkOnnxRuntimePlatform(params: { platform: string; arch: string }): void {
  const here = `${params.platform}/${params.arch}`;
  if ((ONNXRUNTIME_PLATFORMS as readonly string[]).includes(here)) return;
  const instead =
    params.platform === 'win32'
      ? 'train with --run (your own trainer command; the run input in the Action), or run this step on a Linux or macOS runner'
      : 'train with --run (your own trainer command; the run input in the Action), or use a linux/x64, linux/arm64 or macOS arm64 machine';
  throw new StepError(`The built-in trainer and evaluate need onnxruntime, which is shipped for ${ONNXRUNTIME_PLATFORMS.join(', ')}, not for ${here}: ${instead}`);
}
