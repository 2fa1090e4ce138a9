/**
 * `npm run bench` — every benchmark case side by side with its reference, in one run, on generated data and
 * the project's loopback emulators; writes docs/BENCHMARKS.md. `npm run bench -- --smoke` is the seconds-long
 * check CI runs; `--only <name>` runs the cases whose name contains it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheHitCase } from './cases/cache-hit.js';
import { actionsCacheCase } from './actions-cache.js';
import { encoderThroughputCase } from './encoder-throughput.js';
import { trainDecisionCase } from './train-decision.js';
import { datasetDownloadCase } from './cases/dataset-download.js';
import { datasetMemoryCase } from './cases/dataset-memory.js';
import { modelDownloadCase } from './cases/model-download.js';
import { transformersHitCase } from './cases/transformers-hit.js';
import { builtinConvergenceCase } from './cases/builtin-convergence.js';
import { storeCase } from './cases/store.js';
import { machine, type BenchCase, type BenchRow } from './harness.js';
import { serveIfEmulatorChild } from '../emulators/actions-cache-emulator-process.js';

/** What the cases measure and against what, above the table in docs/BENCHMARKS.md. */
const ABOUT = `The references are the floor each case is held to: \`node -e ''\` for a cache hit (starting node is what a hit cannot avoid), curl for downloads, \`openssl dgst -sha256\` (OpenSSL with the CPU's SHA extensions, which node's crypto uses too) for hashing a train file, and \`tar --zstd\` for the Actions cache. Data is generated; the Hub and the Actions cache are the project's loopback emulators, running in this process. On a shared machine the absolute times move with its load; the ratios, measured side by side, move much less.

What the hit, download and hashing numbers came from (found with \`node --cpu-prof\`, \`strace -f -tt\` and \`process.moduleLoadList\`):
- A hit on a branch spent about 115 ms of a ~300 ms run idle. Its one API call went through node's own fetch (undici): loading it and compiling llhttp's WebAssembly cost more than the rest of the hit, and node waited for that compile at exit. Hub API calls now go through node's http client (src/http/http-fetch.ts), the revision is resolved without loading @huggingface/hub, and a hit loads neither the download, listing and hashing code, the trainers, tinyglobby, picomatch, proper-lockfile (no lock is taken when nothing is written), the Actions cache archive code, tls nor zlib.
- Many small files: every file allocated a 1 MiB read buffer, whatever its size (a third of the run in garbage collection for 203 files of 4 KiB); the buffer is now sized by the listed size.
- A train file after a fresh checkout was read through a stream: a new 1 MiB Buffer per read, each read a round trip through libuv's threadpool. It is now read synchronously into one reused buffer (yielding to the event loop every 32 MiB), hashed and scanned for rows in the same pass. (Hashing on the worker thread in parallel with the scan measured slower on 2 shared cores.)
- Before these changes, on the same machine: a hit on a branch 3.7× \`node -e ''\`, one 256 MiB file 2.0× curl, the 512 MiB train decision 2.1× \`openssl dgst -sha256\`, 203 small files 1.35 s (measured side by side with the same loopback Hub; the table below is after).`;

const CASES: BenchCase[] = [cacheHitCase, trainDecisionCase, modelDownloadCase, datasetDownloadCase, datasetMemoryCase, actionsCacheCase, encoderThroughputCase, storeCase, transformersHitCase, builtinConvergenceCase];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const context = {
  smoke,
  repetitions: smoke ? 1 : Number(process.env.BENCH_REPETITIONS) || 7,
  log: (message: string) => console.error(message),
  cli: join(root, 'dist', 'cli', 'index.js'),
  program: fileURLToPath(import.meta.url),
};

// This program is also the Actions cache emulator's process (see actions-cache.ts): then it serves and nothing else.
if (!(await serveIfEmulatorChild())) await main();

async function main() {
  const rows: BenchRow[] = [];
  for (const benchCase of CASES) {
    if (only && !benchCase.name.includes(only)) continue;
    console.error(`\n# ${benchCase.name}`);
    rows.push(...(await benchCase.run(context)));
  }

  const table = [
    '| case | ours | reference | reference value | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.name} | ${row.ours} | ${row.reference} | ${row.referenceValue} | ${row.ratio.toFixed(2)} | ${row.target} | ${row.met ? 'yes' : `**no**${row.note ? ` (${row.note})` : ''}`} |`),
  ].join('\n');
  console.log(`\n${table}`);
  if (!smoke && !only) {
    const doc = `# Benchmarks\n\nGenerated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.\nEach case runs side by side with its reference in the same run (alternating, medians of ${context.repetitions}).\n\n${ABOUT}\n\n${table}\n`;
    await mkdir(join(root, 'docs'), { recursive: true });
    await writeFile(join(root, 'docs', 'BENCHMARKS.md'), doc);
    console.error('\nwrote docs/BENCHMARKS.md');
    // The README carries the same table between its markers, when it has them.
    const readmePath = join(root, 'README.md');
    const readme = await readFile(readmePath, 'utf8').catch(() => undefined);
    const marked = readme && /<!-- BENCHMARKS:START -->\n[\s\S]*?<!-- BENCHMARKS:END -->/;
    if (readme && marked && marked.test(readme)) {
      await writeFile(readmePath, readme.replace(marked, () => `<!-- BENCHMARKS:START -->\n${table}\n<!-- BENCHMARKS:END -->`));
      console.error('updated the table in README.md');
    }
  }
  if (smoke && rows.length === 0) process.exitCode = 1;
}
