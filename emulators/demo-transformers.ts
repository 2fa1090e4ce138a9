/**
 * The demo's `--trainer transformers` path: a tiny BERT made by transformers, served by the Hub emulator, fetched,
 * fine-tuned on CPU, trained again (a cache hit that starts no Python) and evaluated. It runs when the venv that
 * `.ci/run` creates exists (or ME_DEMO_PYTHON names an interpreter), and says so in one line when it does not.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HubEmulator } from './hub-emulator.js';
import { makeTinyBert } from './tiny-bert.js';
import { sentimentJsonl } from './tiny-encoder.js';

type RunCli = (params: { args: string[]; env: NodeJS.ProcessEnv; cwd: string }) => Promise<{ status: number | null; stdout: string; stderr: string }>;

/** Returns true when a step failed. */
export async function transformersDemo(params: { hub: HubEmulator; env: NodeJS.ProcessEnv; work: string; repoRoot: string; runCli: RunCli }): Promise<boolean> {
  const python = process.env.ME_DEMO_PYTHON || join(params.repoRoot, '.venv', 'bin', 'python');
  if (!existsSync(python)) {
    console.log(`\n=== --trainer transformers: skipped, no ${python} (create it with .ci/run, or: python3 -m venv .venv && .venv/bin/pip install torch transformers accelerate tensorboard) ===`);
    return false;
  }
  const workspace = join(params.work, 'runner-transformers');
  await mkdir(join(workspace, 'data'), { recursive: true });
  console.log(`\n=== --trainer transformers (${python}): fine-tune a tiny BERT with Hugging Face's Trainer, then the same again (a cache hit, no Python started) ===`);
  params.hub.commit({ name: 'demo/tiny-bert-pt', files: await makeTinyBert({ python, dir: join(params.work, 'tiny-bert-pt') }) });
  params.hub.commit({ type: 'dataset', name: 'demo/sentiment-pt', files: { 'README.md': '# demo sentiment\n', 'train.jsonl': sentimentJsonl({ count: 400, seed: 1 }), 'test.jsonl': sentimentJsonl({ count: 100, seed: 2 }) } });
  // Two shared cores: torch's thread per core only fights the other processes.
  const env = { ...params.env, OMP_NUM_THREADS: params.env.OMP_NUM_THREADS ?? '1' };
  const train = ['train', '--trainer', 'transformers', '--python', python, '--model-name', 'demo/tiny-bert-pt', '--model-path', join('models', 'base-pt'),
    '--train-data', join('data', 'train', 'data.jsonl'), '--val-data', join('data', 'test', 'data.jsonl'), '--output-dir', join('models', 'fine-tuned-pt'),
    '--epochs', '2', '--learning-rate', '3e-3', '--max-length', '32', '--logging-steps', '10', '--eval-steps', '25'];
  const steps = [
    ['model', 'download', '--name', 'demo/tiny-bert-pt', '--output-dir', join('models', 'base-pt')],
    ['dataset', 'download', '--name', 'demo/sentiment-pt', '--output-dir', 'data'],
    train,
    train,
    ['evaluate', '--model-dir', join('models', 'fine-tuned-pt'), '--data', join('data', 'test', 'data.jsonl'), '--python', python],
  ];
  let failed = false;
  for (const [index, args] of steps.entries()) {
    console.log(`\n$ model-experiments ${args.join(' ')}`);
    const run = await params.runCli({ args: [...args, '--json'], env, cwd: workspace });
    process.stdout.write(run.stderr);
    const result = JSON.parse(run.stdout || '{}');
    if (result.command === 'evaluate') console.log(`→ exit ${run.status}, accuracy=${result.accuracy}, loss=${Number(result.loss).toFixed(4)}`);
    else console.log(`→ exit ${run.status}, cacheHit=${result.cacheHit}, source=${result.source}${result.metrics?.eval_accuracy !== undefined ? `, eval_accuracy=${result.metrics.eval_accuracy}` : ''}`);
    if (run.status !== 0) failed = true;
    if (index === 3 && result.cacheHit !== true) failed = true; // the second training must be a hit
  }
  return failed;
}
