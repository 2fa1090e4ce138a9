import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHubEmulator } from '../../emulators/hub-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { ms, run, sideBySide, type BenchCase } from '../harness.js';

/** A cache hit must cost little more than starting Node: the CLI on a warm dir vs `node -e ''`. */
export const cacheHitCase: BenchCase = {
  name: 'cache hit',
  async run({ cli, repetitions, log }) {
    const hub = await startHubEmulator();
    const work = await mkdtemp(join(tmpdir(), 'me-bench-hit-'));
    try {
      hub.commit({ name: 'bench/tiny-bert', files: tinyModelFiles() });
      const env = { ...process.env, HF_ENDPOINT: hub.url };
      const out = join(work, 'model');
      const first = JSON.parse((await run(process.execPath, [cli, 'model', 'download', '--name', 'bench/tiny-bert', '--output-dir', out, '--json'], { env })).stdout);
      const rows = [];
      for (const [label, revision] of [['branch (1 API call)', 'main'], ['pinned sha (no network)', first.revision as string]]) {
        const args = [cli, 'model', 'download', '--name', 'bench/tiny-bert', '--output-dir', out, '--revision', revision];
        const timing = await sideBySide({ repetitions, ours: () => run(process.execPath, args, { env }), reference: () => run(process.execPath, ['-e', '']) });
        log(`cache hit, model download, ${label}: ${ms(timing.ours)} vs node -e '' ${ms(timing.reference)}`);
        rows.push({
          name: `cache hit, model download, ${label}`,
          reference: "`node -e ''`",
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio: timing.ours / timing.reference,
          target: '≤ 5×',
          met: timing.ours / timing.reference <= 5,
        });
      }
      return rows;
    } finally {
      await hub.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};
