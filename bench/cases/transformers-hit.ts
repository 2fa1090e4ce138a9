import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTinyBert } from '../../emulators/tiny-bert.js';
import { sentimentJsonl } from '../../emulators/tiny-encoder.js';
import { ms, run, sideBySide, type BenchCase } from '../harness.js';

/**
 * A `--trainer transformers` cache hit must cost what any train hit costs: no Python started (the interpreter's
 * versions come from the probe cache). Side by side with the hit of a `--run` trainer on the same data. It trains
 * once first (seconds, with the venv .ci/run creates), so the smoke run leaves it out.
 */
export const transformersHitCase: BenchCase = {
  name: 'transformers cache hit',
  async run({ cli, repetitions, log, smoke }) {
    const python = process.env.ME_TEST_PYTHON || join(cli, '..', '..', '..', '.venv', 'bin', 'python');
    if (smoke || !existsSync(python)) {
      log(smoke ? 'transformers cache hit: not in the smoke run (it trains once first)' : `transformers cache hit: skipped, no ${python} (create it with .ci/run)`);
      return [];
    }
    const work = await mkdtemp(join(tmpdir(), 'me-bench-transformers-'));
    try {
      const bin = join(work, 'bin');
      const starts = join(work, 'python-starts.log');
      await mkdir(bin);
      await writeFile(join(bin, 'python3'), `#!/bin/sh\necho "$$" >> '${starts}'\nexec '${python}' "$@"\n`);
      await chmod(join(bin, 'python3'), 0o755);
      await makeTinyBert({ python, dir: join(work, 'base') });
      await writeFile(join(work, 'train.jsonl'), sentimentJsonl({ count: 200, seed: 1 }));
      await writeFile(join(work, 'val.jsonl'), sentimentJsonl({ count: 50, seed: 2 }));
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, XDG_CACHE_HOME: join(work, 'cache'), OMP_NUM_THREADS: '1' };
      const common = ['train', '--model-name', 'bench/tiny-bert', '--model-path', 'base', '--train-data', 'train.jsonl', '--val-data', 'val.jsonl', '--epochs', '1', '--max-length', '32'];
      const transformers = [cli, ...common, '--trainer', 'transformers', '--learning-rate', '3e-3', '--output-dir', 'out-transformers'];
      // Any trainer's hit, for reference: a --run command that "trains" by copying the base model.
      const command = [cli, ...common, '--run', 'cp -r base/. "$ME_OUTPUT_DIR"/', '--output-dir', 'out-command'];
      await run(process.execPath, transformers, { env, cwd: work });
      await run(process.execPath, command, { env, cwd: work });
      const startsAfterTraining = (await readFile(starts, 'utf8')).split('\n').filter(Boolean).length;
      const timing = await sideBySide({ repetitions, ours: () => run(process.execPath, transformers, { env, cwd: work }), reference: () => run(process.execPath, command, { env, cwd: work }) });
      const pythonOnHits = (await readFile(starts, 'utf8')).split('\n').filter(Boolean).length - startsAfterTraining;
      log(`transformers cache hit: ${ms(timing.ours)} vs a --run trainer's hit ${ms(timing.reference)}; Python started on hits: ${pythonOnHits}`);
      const ratio = timing.ours / timing.reference;
      return [
        {
          name: 'cache hit, train --trainer transformers (Python processes started on hits: ' + pythonOnHits + ')',
          reference: 'the same hit with a `--run` trainer',
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio,
          target: '≤ 1.25×, no Python',
          met: ratio <= 1.25 && pythonOnHits === 0,
          ...(pythonOnHits > 0 ? { note: `${pythonOnHits} Python starts` } : {}),
        },
      ];
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
