import type { Trainer } from './trainer.js';

/**
 * A trainer that is any shell command (`--run`): parameters in ME_* variables and ME_CONFIG, the model written to
 * ME_OUTPUT_DIR, metrics to ME_METRICS_FILE, its output streamed line by line into the log.
 */
export function createCommandTrainer(params: {
  command: string;
  /** The environment the command starts from (the CLI's or the runner's), before the ME_* variables. */
  env: Record<string, string | undefined>;
  cwd: string;
  /** Time between SIGTERM and SIGKILL when the run is interrupted. */
  killGraceMs?: number;
}): Trainer {
  const { command, env, cwd } = params;
  return {
    identity: { kind: 'command', command },
    environment: env,
    train: async (run) => (await import('./command/train-with-command.js')).trainWithCommand({ command, env, cwd, killGraceMs: params.killGraceMs, run }),
  };
}
