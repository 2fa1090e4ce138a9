import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quote } from 'shell-quote';
import { StepError } from '../../core/errors.js';
import type { Reporter } from '../../core/reporter.js';
import { runSupervised } from '../../trainers/command/run-supervised.js';
import { pythonScriptPath } from '../../trainers/transformers/python-scripts.js';
import { probePython } from '../../trainers/transformers/python-probe.js';

/**
 * The logits of a dir trained by `--trainer transformers` (PyTorch weights, no ONNX export) over `texts`, computed by
 * the shipped eval_transformers.py in `python`: rows of `width` float32 values, one per label.
 */
export async function pytorchLogits(params: {
  modelDir: string;
  texts: readonly string[];
  maxLength: number;
  python: string;
  pythonFlag: string;
  cwd: string;
  env: Record<string, string | undefined>;
  reporter: Reporter;
  signal?: AbortSignal;
}): Promise<{ data: Float32Array; width: number }> {
  const { texts, reporter } = params;
  const python = await probePython({ command: params.python, flag: params.pythonFlag, cwd: params.cwd, env: params.env, required: ['torch', 'transformers'] });
  const script = await pythonScriptPath('eval_transformers.py');
  const scratch = await mkdtemp(join(tmpdir(), 'model-experiments-evaluate-'));
  try {
    const textsFile = join(scratch, 'texts.json');
    const logitsFile = join(scratch, 'logits.f32');
    await writeFile(textsFile, JSON.stringify(texts));
    const command = `exec ${quote([python.interpreter, script, '--model-dir', params.modelDir, '--texts-file', textsFile, '--logits-file', logitsFile, '--max-length', String(params.maxLength)])}`;
    const lines: string[] = [];
    const exit = await runSupervised({
      command,
      env: { ...params.env, PYTHONUNBUFFERED: '1' },
      cwd: params.cwd,
      onLine: (line) => {
        lines.push(line);
        reporter.info(line);
      },
      signal: params.signal,
    });
    if (exit.stopped && params.signal?.reason instanceof Error) throw params.signal.reason;
    if (exit.signal || exit.code !== 0) {
      const last = lines.filter((line) => line.trim() !== '').pop() ?? '';
      throw new StepError(`${script} ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`} running ${params.modelDir}${last ? `: ${last}` : ''}`);
    }
    const bytes = await readFile(logitsFile);
    const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const width = texts.length > 0 ? data.length / texts.length : 0;
    if (!Number.isInteger(width) || width < 1) throw new StepError(`${script} wrote ${data.length} logits for ${texts.length} texts: train the model again`);
    return { data, width };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
