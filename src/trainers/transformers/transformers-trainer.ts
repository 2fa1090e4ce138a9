import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { quote } from 'shell-quote';
import { InputError, StepError } from '../../core/errors.js';
import { createCommandTrainer } from '../command-trainer.js';
import type { Trainer, TrainerOutcome, TrainerRunParams, TrainingLogEntry } from '../trainer.js';
import { identifyPythonScript } from './python-scripts.js';
import { forgetProbe, probePython } from './python-probe.js';

/**
 * `--trainer transformers`: the seed's fine-tuning (Hugging Face Trainer) run by the shipped train_transformers.py
 * through the `--run` contract (its own process group, the supervisor, the staging dir, ME_CONFIG, ME_METRICS_FILE).
 * Its identity in the key is the script's sha256 and the torch and transformers versions it runs with, read from
 * package metadata before anything is fetched (and cached, so a hit starts no Python).
 */
export async function createTransformersTrainer(params: {
  python: string;
  /** How the user names the interpreter option: "--python" or "Input python". */
  pythonFlag: string;
  /** --fp16: mixed precision needs CUDA, which is checked here, before anything is fetched. */
  fp16: boolean;
  /** How the user names the fp16 option: "--fp16" or "Input fp16". */
  fp16Flag: string;
  env: Record<string, string | undefined>;
  cwd: string;
  killGraceMs?: number;
  textColumn: string;
  labelColumn: string;
  /** Overrides where probe answers are cached (tests). */
  probeCachePath?: string;
}): Promise<Trainer> {
  const { env, cwd, textColumn, labelColumn } = params;
  const python = await probePython({ command: params.python, flag: params.pythonFlag, cwd, env, cachePath: params.probeCachePath });
  const script = await identifyPythonScript('train_transformers.py');
  const { torch, transformers } = python.versions;
  if (params.fp16) await checkCudaPossible({ torch, env, flag: params.fp16Flag });
  return {
    identity: { kind: 'transformers', script: script.sha256, torch, transformers, 'text-column': textColumn, 'label-column': labelColumn },
    environment: env,
    async train(run: TrainerRunParams): Promise<TrainerOutcome> {
      // Beside the staging dir, in the run dir the train step removes: never part of the cached result.
      const runDir = dirname(run.stagingDir);
      const files = { checkpoints: join(runDir, 'checkpoints'), history: join(runDir, 'history.json'), failure: join(runDir, 'failure.json') };
      const command = `exec ${quote([
        python.interpreter, script.path,
        '--text-column', textColumn, '--label-column', labelColumn,
        '--checkpoint-dir', files.checkpoints, '--history-file', files.history, '--failure-file', files.failure,
        '--expect-torch', torch, '--expect-transformers', transformers,
      ])}`;
      // Unbuffered, so its lines reach the log as they are printed, not when a buffer fills.
      const trainer = createCommandTrainer({ command, env: { ...env, PYTHONUNBUFFERED: '1' }, cwd, killGraceMs: params.killGraceMs });
      let outcome: TrainerOutcome;
      try {
        outcome = await trainer.train(run);
      } catch (error) {
        const failure = await readFailure(files.failure);
        if (failure?.kind === 'input') throw new InputError(failure.message);
        if (failure?.kind === 'versions') {
          await forgetProbe({ interpreter: python.interpreter, env, cachePath: params.probeCachePath });
          throw new StepError(`${failure.message}: the packages of ${python.interpreter} changed while the key was computed; run again`);
        }
        throw error;
      }
      return { metrics: outcome.metrics, history: await readHistory(files.history) };
    },
  };
}

/**
 * `--fp16` where CUDA cannot be: a CPU-only torch build, every GPU hidden, or (Linux, non-ROCm build) no NVIDIA GPU
 * the driver lists and no GPU device node. Said without starting Python; the script checks torch.cuda.is_available() before training too.
 */
async function checkCudaPossible(params: { torch: string; env: Record<string, string | undefined>; flag: string }): Promise<void> {
  if (/\+cpu$/.test(params.torch)) {
    throw new InputError(`${params.flag} needs a CUDA GPU, but torch ${params.torch} is a CPU-only build: drop ${params.flag}, or install a CUDA build of torch on a GPU runner`);
  }
  const visible = params.env.CUDA_VISIBLE_DEVICES;
  if (visible !== undefined && (visible.trim() === '' || visible.trim() === '-1')) {
    throw new InputError(`${params.flag} needs a CUDA GPU, but CUDA_VISIBLE_DEVICES="${visible}" hides every GPU: drop ${params.flag}, or unset CUDA_VISIBLE_DEVICES`);
  }
  if (process.platform === 'linux' && !/\+rocm/.test(params.torch)) {
    // The driver lists its GPUs in /proc; a container may only have the device nodes, WSL2 has /dev/dxg instead.
    const gpus = await readdir('/proc/driver/nvidia/gpus').catch(() => []);
    const devices = await Promise.all(['/dev/nvidia0', '/dev/dxg'].map((path) => stat(path).then(() => true, () => false)));
    if (gpus.length === 0 && !devices.includes(true)) {
      throw new InputError(`${params.flag} needs a CUDA GPU, and this machine has none (no /proc/driver/nvidia/gpus, /dev/nvidia0 or /dev/dxg): drop ${params.flag}, or run on a GPU runner`);
    }
  }
}

async function readFailure(path: string): Promise<{ kind: string; message: string } | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8'));
    return typeof value?.kind === 'string' && typeof value?.message === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Trainer.state.log_history (one entry per logging or evaluation step) as the job summary's history. */
async function readHistory(path: string): Promise<TrainingLogEntry[]> {
  let log: unknown;
  try {
    log = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(log)) return [];
  const byStep = new Map<number, TrainingLogEntry>();
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  for (const item of log as Record<string, unknown>[]) {
    const step = number(item?.step);
    // The last entry sums up the run (train_runtime, …); it is in the metrics already.
    if (step === undefined || item.train_runtime !== undefined) continue;
    const entry = byStep.get(step) ?? { step };
    const fields: Partial<TrainingLogEntry> = {
      epoch: number(item.epoch),
      loss: number(item.loss),
      learningRate: number(item.learning_rate),
      evalLoss: number(item.eval_loss),
      evalAccuracy: number(item.eval_accuracy),
    };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) (entry as unknown as Record<string, number>)[name] = value;
    byStep.set(step, entry);
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}
