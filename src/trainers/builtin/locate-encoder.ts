import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';

export const ENCODER_FILE = 'onnx/model.onnx';
export const ENCODER_FP16_FILE = 'onnx/model_fp16.onnx';

const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() === true;

/**
 * The base model's ONNX export the built-in trainer runs: onnx/model.onnx, or onnx/model_fp16.onnx with --fp16,
 * the layout of the Hub's transformers.js-ready repos. Anything else is an input error that names the ways out.
 */
export async function locateEncoder(params: { modelDir: string; fp16: boolean }): Promise<{ path: string; file: string }> {
  const { modelDir, fp16 } = params;
  const file = fp16 ? ENCODER_FP16_FILE : ENCODER_FILE;
  const path = join(modelDir, file);
  if (!(await isFile(path))) {
    const present = ((await readdir(join(modelDir, 'onnx')).catch(() => [])) as string[]).filter((name) => name.endsWith('.onnx')).map((name) => `onnx/${name}`);
    if (fp16 && present.includes(ENCODER_FILE)) {
      throw new InputError(`--fp16 asks for ${ENCODER_FP16_FILE}, which ${modelDir} does not have (it has ${present.join(', ')}): drop --fp16, or use a model with an fp16 ONNX export`);
    }
    throw new InputError(
      `${modelDir} has no ONNX export (${file}${present.length > 0 ? `; found ${present.join(', ')}` : ''}): the built-in trainer needs one — use a model that ships an onnx/ folder ` +
        `(as transformers.js-ready repos do), export it (optimum-cli export onnx --model <name> <dir>), or train with --run "<your trainer command>"`,
    );
  }
  for (const suffix of ['_data', '.data']) {
    if (await isFile(`${path}${suffix}`)) {
      throw new InputError(`${file} keeps its weights in external data (${file}${suffix}), which the built-in trainer cannot load: use a smaller export with inline weights, or train with --run "<your trainer command>"`);
    }
  }
  return { path, file };
}
