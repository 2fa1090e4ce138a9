import { InputError } from '../../core/errors.js';
import { createBuiltinTrainer } from '../../trainers/builtin/builtin-trainer.js';
import { createCommandTrainer } from '../../trainers/command-trainer.js';
import type { Trainer } from '../../trainers/trainer.js';

/**
 * Which trainer a train run uses: the `--run` command, or without it the built-in CPU trainer (whose text/label
 * column options join its identity, and so the key).
 */
export function selectTrainer(params: {
  run?: string;
  /** How the user names the option: "--run" or "Input run". */
  runFlag: string;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Secret values (tokens) that must not be written into the command, which is recorded in metadata. */
  secrets?: readonly string[];
  killGraceMs?: number;
  /** The built-in trainer's JSONL columns (default text / label). */
  textColumn?: string;
  labelColumn?: string;
}): Trainer {
  const { runFlag } = params;
  if (params.run === undefined) return createBuiltinTrainer({ textColumn: params.textColumn, labelColumn: params.labelColumn });
  if (params.textColumn !== undefined || params.labelColumn !== undefined) {
    const flags = [params.textColumn !== undefined ? 'text-column' : '', params.labelColumn !== undefined ? 'label-column' : ''].filter(Boolean);
    throw new InputError(`${flags.map((name) => runFlag.replace(/run$/, name)).join(' and ')} configure the built-in trainer; a ${runFlag} command reads its own columns: drop ${flags.length > 1 ? 'them' : 'it'}`);
  }
  const command = params.run.trim();
  if (command === '') throw new InputError(`${runFlag} must not be empty: give the command that trains, e.g. python train.py`);
  if ((params.secrets ?? []).some((secret) => secret.length >= 8 && command.includes(secret))) {
    throw new InputError(`${runFlag} contains a token literally: reference it as $HF_TOKEN instead, so it stays out of training_metadata.json and the logs`);
  }
  return createCommandTrainer({ command, env: params.env, cwd: params.cwd, killGraceMs: params.killGraceMs });
}
