import { mkdir, rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { diskIsFull } from '../../core/disk-errors.js';
import { StepError } from '../../core/errors.js';
import type { TrainerOutcome, TrainerRunParams } from '../trainer.js';
import { readMetrics } from './read-metrics.js';
import { runSupervised } from './run-supervised.js';
import { trainerConfig, trainerEnv } from './trainer-env.js';

/** Why a shell exit code usually happens, to put next to it. */
function exitHint(code: number): string {
  if (code === 127) return ' (command not found: check the --run command and PATH)';
  if (code === 126) return ' (command not executable: check its permissions)';
  if (code > 128) {
    const name = Object.entries(constants.signals).find(([, number]) => number === code - 128)?.[0];
    if (name) return ` (128+${code - 128}: killed by ${name})`;
  }
  return '';
}

/**
 * One run of a `--run` command (see command-trainer.ts): its own module, loaded only when a run trains, so that
 * a cache hit loads none of the process supervision.
 */
export async function trainWithCommand(params: { command: string; env: Record<string, string | undefined>; cwd: string; killGraceMs?: number; run: TrainerRunParams }): Promise<TrainerOutcome> {
  const { command, env, cwd, run } = params;
  // Config and metrics live beside the staging dir (in the same run dir) so the staging dir holds only what
  // the trainer made, and a killed run's leftovers are swept with its run dir instead of piling up in TMPDIR.
  const scratch = join(dirname(run.stagingDir), 'trainer');
  await mkdir(scratch, { recursive: true });
  try {
    const metricsFile = join(scratch, 'metrics.json');
    const configFile = join(scratch, 'config.json');
    const config = trainerConfig({ run, metricsFile });
    await writeJsonAtomic(configFile, config);
    run.reporter.info(`Running trainer: ${command}`);
    const exit = await runSupervised({
      command,
      env: trainerEnv({ base: env, config, configFile }),
      cwd,
      onLine: (line) => run.reporter.info(line),
      signal: run.signal,
      graceMs: params.killGraceMs,
    });
    if (exit.stopped && run.signal.reason instanceof Error) throw run.signal.reason;
    // Look before the staging dir is cleaned up: afterwards the space is free again and the cause invisible.
    if ((exit.signal || exit.code !== 0) && (await diskIsFull(run.stagingDir))) {
      throw Object.assign(new StepError(`Trainer command failed with the disk full (ENOSPC)`), { code: 'ENOSPC' });
    }
    if (exit.signal) throw new StepError(`Trainer command was killed by ${exit.signal}`);
    if (exit.code !== 0) throw new StepError(`Trainer command exited with code ${exit.code}${exitHint(exit.code ?? 0)}; see its output above`);
    return { metrics: await readMetrics({ path: metricsFile, reporter: run.reporter }), history: [] };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
