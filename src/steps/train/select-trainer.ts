import { InputError } from '../../core/errors.js';
import { printable } from '../../core/validate-input.js';
import { createBuiltinTrainer } from '../../trainers/builtin/builtin-trainer.js';
import { createCommandTrainer } from '../../trainers/command-trainer.js';
import type { Trainer } from '../../trainers/trainer.js';
import { createTransformersTrainer } from '../../trainers/transformers/transformers-trainer.js';

/** The trainers `--trainer` names; without it, `--run` selects the command trainer and its absence the built-in one. */
export const TRAINER_KINDS = ['builtin', 'transformers'] as const;
export type TrainerKind = (typeof TRAINER_KINDS)[number];

/**
 * Which trainer a train run uses: the `--run` command, `--trainer transformers` (the shipped Hugging Face
 * trainer, whose interpreter is probed here, before anything is fetched), or the built-in CPU trainer (whose
 * text/label column options join its identity, and so the key).
 */
export async function selectTrainer(params: {
  run?: string;
  /** How the user names the option: "--run" or "Input run". */
  runFlag: string;
  /** `--trainer`: builtin or transformers (default: the command trainer with --run, else builtin). */
  trainer?: string;
  /** `--python`: the interpreter of the transformers trainer (default python3). */
  python?: string;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Secret values (tokens) that must not be written into the command, which is recorded in metadata. */
  secrets?: readonly string[];
  killGraceMs?: number;
  /** The built-in and transformers trainers' JSONL columns (default text / label). */
  textColumn?: string;
  labelColumn?: string;
  /** --fp16 (the transformers trainer checks for CUDA before anything is fetched). */
  fp16?: boolean;
  /** Overrides where the transformers trainer caches interpreter probes (tests). */
  probeCachePath?: string;
}): Promise<Trainer> {
  const { runFlag } = params;
  const flag = (name: string) => runFlag.replace(/run$/, name);
  const kind = params.trainer?.trim();
  if (kind !== undefined && !(TRAINER_KINDS as readonly string[]).includes(kind)) {
    throw new InputError(`${flag('trainer')} "${printable(kind)}" is not a trainer: use ${TRAINER_KINDS.join(' or ')}, or leave it out and give ${runFlag} "<command>"`);
  }
  if (kind !== undefined && params.run !== undefined) {
    throw new InputError(`${flag('trainer')} ${kind} and ${runFlag} both choose the trainer: give one of them`);
  }
  if (params.python !== undefined && kind !== 'transformers') {
    throw new InputError(`${flag('python')} is the interpreter of ${flag('trainer')} transformers: add ${flag('trainer')} transformers, or drop ${flag('python')}`);
  }
  if (kind === 'transformers') {
    const textColumn = checkColumn(flag('text-column'), params.textColumn ?? 'text');
    const labelColumn = checkColumn(flag('label-column'), params.labelColumn ?? 'label');
    if (textColumn === labelColumn) throw new InputError(`${flag('text-column')} and ${flag('label-column')} are both "${textColumn}": give two different columns`);
    return createTransformersTrainer({
      python: params.python ?? 'python3',
      pythonFlag: flag('python'),
      fp16: params.fp16 === true,
      fp16Flag: flag('fp16'),
      env: params.env,
      cwd: params.cwd,
      killGraceMs: params.killGraceMs,
      textColumn,
      labelColumn,
      probeCachePath: params.probeCachePath,
    });
  }
  if (params.run === undefined) return createBuiltinTrainer({ textColumn: params.textColumn, labelColumn: params.labelColumn });
  if (params.textColumn !== undefined || params.labelColumn !== undefined) {
    const flags = [params.textColumn !== undefined ? 'text-column' : '', params.labelColumn !== undefined ? 'label-column' : ''].filter(Boolean);
    throw new InputError(`${flags.map((name) => flag(name)).join(' and ')} configure the built-in trainer; a ${runFlag} command reads its own columns: drop ${flags.length > 1 ? 'them' : 'it'}`);
  }
  const command = params.run.trim();
  if (command === '') throw new InputError(`${runFlag} must not be empty: give the command that trains, e.g. python train.py`);
  if ((params.secrets ?? []).some((secret) => secret.length >= 8 && command.includes(secret))) {
    throw new InputError(`${runFlag} contains a token literally: reference it as $HF_TOKEN instead, so it stays out of training_metadata.json and the logs`);
  }
  return createCommandTrainer({ command, env: params.env, cwd: params.cwd, killGraceMs: params.killGraceMs });
}

function checkColumn(flag: string, value: string): string {
  if (value.trim() === '') throw new InputError(`${flag} must not be empty: give the JSONL column name`);
  return value;
}
