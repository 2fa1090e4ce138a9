/**
 * Benchmark case: how long the train step takes to decide "nothing changed" with a large train file (512 MiB;
 * 16 MiB in --smoke), side by side with its reference. Part of `npm run bench` (`npm run bench -- --only "train cache"`).
 *  - unchanged stat: size + mtime + inode match the metadata, so no byte is read → vs `node -e ''` (target ≤ 5×)
 *  - fresh mtimes, same bytes (a new checkout): the file is hashed once (and its rows counted) → vs
 *    `openssl dgst -sha256` of it (target ≤ 1.3×): OpenSSL with the CPU's SHA extensions, the fastest sha256 a
 *    runner has, and the one node's crypto uses. (`sha256sum` is slower by 2–3× where the CPU has SHA-NI.)
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, run, sideBySide, type BenchCase, type BenchRow } from './harness.js';

/** A JSONL file of about `bytes` bytes with review-like rows of varying length, written in large batches. */
async function writeJsonl(path: string, bytes: number): Promise<number> {
  const words = ['good', 'great', 'bad', 'awful', 'movie', 'film', 'plot', 'acting', 'the', 'a', 'was', 'not', 'really', 'story'];
  const stream = createWriteStream(path);
  let written = 0;
  let rows = 0;
  while (written < bytes) {
    const batch: string[] = [];
    for (let i = 0; i < 10_000 && written < bytes; i++, rows++) {
      const length = 20 + ((rows * 37) % 180);
      const text = Array.from({ length }, (_, k) => words[(rows * 7 + k * 3) % words.length]).join(' ');
      const line = `${JSON.stringify({ text, label: rows % 2 })}\n`;
      batch.push(line);
      written += line.length;
    }
    if (!stream.write(batch.join(''))) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return rows;
}

export const trainDecisionCase: BenchCase = {
  name: 'train cache decision',
  async run({ smoke, repetitions, log, cli }) {
    const size = smoke ? 16 * 1024 ** 2 : 512 * 1024 ** 2;
    const work = await mkdtemp(join(tmpdir(), 'me-bench-train-'));
    try {
      await mkdir(join(work, 'data'));
      const trainFile = join(work, 'data', 'train.jsonl');
      console.error(`writing ${(size / 1024 ** 2).toFixed(0)} MiB of JSONL to ${trainFile}...`);
      const rows = await writeJsonl(trainFile, size);
      await writeFile(join(work, 'data', 'val.jsonl'), '{"text": "good film", "label": 1}\n{"text": "bad film", "label": 0}\n');
      // A trainer that only writes the essential files: the benchmark is about deciding, not training.
      const trainer = 'printf "{}" > "$ME_OUTPUT_DIR/config.json" && printf x > "$ME_OUTPUT_DIR/model.safetensors" && printf "{}" > "$ME_OUTPUT_DIR/tokenizer.json"';
      const args = [cli, 'train', '--model-name', 'bench/bert', '--train-data', './data/train.jsonl', '--val-data', './data/val.jsonl', '--output-dir', './models/ft', '--run', trainer, '--json'];
      const train = async () => JSON.parse((await run(process.execPath, args, { cwd: work })).stdout) as { cacheHit: boolean; source: string };
      const first = await train();
      if (first.source !== 'trained') throw new Error(`the first run should train, got ${JSON.stringify(first)}`);

      const hit = async () => {
        const result = await train();
        if (!result.cacheHit) throw new Error(`expected a cache hit, got ${JSON.stringify(result)}`);
      };
      const unchanged = await sideBySide({ repetitions, ours: hit, reference: () => run(process.execPath, ['-e', '']) });
      let tick = Date.now();
      const freshCheckout = await sideBySide({
        repetitions,
        // Same bytes, new mtime before every run (both sides, so the reference sees the same file state).
        before: async () => {
          tick += 1000;
          await utimes(trainFile, new Date(tick), new Date(tick));
        },
        ours: hit,
        reference: () => run('openssl', ['dgst', '-sha256', trainFile]),
      });

      const label = `${(size / 1024 ** 2).toFixed(0)} MiB train file (${rows} rows)`;
      log(`train cache decision, ${label}: unchanged ${ms(unchanged.ours)} vs node ${ms(unchanged.reference)}; fresh mtimes ${ms(freshCheckout.ours)} vs openssl dgst -sha256 ${ms(freshCheckout.reference)}`);
      const rowsOut: BenchRow[] = [
        { name: `train cache decision, ${label}, unchanged stat (no byte read)`, reference: "`node -e ''`", ours: ms(unchanged.ours), referenceValue: ms(unchanged.reference), ratio: unchanged.ours / unchanged.reference, target: '≤ 5×', met: unchanged.ours / unchanged.reference <= 5 },
        { name: `train cache decision, ${label}, fresh mtimes, same bytes (hashed)`, reference: '`openssl dgst -sha256` of the file', ours: ms(freshCheckout.ours), referenceValue: ms(freshCheckout.reference), ratio: freshCheckout.ours / freshCheckout.reference, target: '≤ 1.3×', met: freshCheckout.ours / freshCheckout.reference <= 1.3, note: `${ms(unchanged.ours)} of it is starting node and the CLI (the row above); the read, sha256 and row count alone take ${((freshCheckout.ours - unchanged.ours) / freshCheckout.reference).toFixed(2)}× openssl's whole run` },
      ];
      return rowsOut;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
