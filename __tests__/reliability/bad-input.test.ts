import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runAction } from '../helpers/run-action.js';
import { runCliInProcess } from '../helpers/run-cli.js';

let hub: HubEmulator;
// Created at load time: the case table below names paths inside it.
const root = mkdtempSync(join(tmpdir(), 'me-bad-input-'));
let env: Record<string, string>;
let before: Record<string, string>;
const P = (...parts: string[]) => join(root, ...parts);

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: 'org/tiny-bert', files: tinyModelFiles() });
  hub.commit({ name: 'org/hostile-dotdot', files: { 'config.json': '{}', '../escape.txt': 'pwned' } });
  hub.commit({ name: 'org/hostile-absolute', files: { 'config.json': '{}', '/etc/escape.txt': 'pwned' } });
  hub.commit({ name: 'org/hostile-backslash', files: { 'config.json': '{}', 'a\\..\\..\\escape.txt': 'pwned' } });
  env = { HF_ENDPOINT: hub.url, ME_HTTP_ATTEMPTS: '1' };
  // A previous valid result that no bad invocation may touch, and valid data files to point at.
  expect((await runCliInProcess(['model', 'download', '--name', 'org/tiny-bert', '--output-dir', P('model')], env)).code).toBe(0);
  await writeFile(P('train.jsonl'), '{"text":"good movie","label":"pos"}\n{"text":"bad movie","label":"neg"}\n');
  await writeFile(P('val.jsonl'), '{"text":"great film","label":"pos"}\n{"text":"awful film","label":"neg"}\n');
  await writeFile(P('not-jsonl.jsonl'), '{"text":"fine","label":"pos"}\nthis is not json\n');
  await writeFile(P('a-file'), 'I am a file, not a directory\n');
  await mkdir(P('a-dir'));
  before = await hashTree(root);
});
afterAll(async () => {
  await hub.close();
  await rm(root, { recursive: true, force: true });
});

const model = (...args: string[]) => ['model', 'download', '--output-dir', P('model'), ...args];
const dataset = (...args: string[]) => ['dataset', 'download', '--name', 'org/data', '--output-dir', P('data'), ...args];
const train = (...args: string[]) => {
  const base: Record<string, string> = { '--model-name': 'org/tiny-bert', '--model-path': P('model'), '--train-data': P('train.jsonl'), '--val-data': P('val.jsonl'), '--output-dir': P('trained'), '--run': 'true' };
  for (let i = 0; i < args.length; i += 2) base[args[i]] = args[i + 1];
  return ['train', ...Object.entries(base).flatMap(([flag, value]) => (value === '<omit>' ? [] : [flag, value]))];
};

const CLI_CASES: [string, string[], RegExp, Record<string, string>?][] = [
  ['model: empty repo id', model('--name', ''), /--name/],
  ['model: repo id with spaces', model('--name', 'bad name'), /not a valid Hub repo id/],
  ['model: repo id with ..', model('--name', 'org/../etc'), /\.\./],
  ['model: repo id with a leading slash', model('--name', '/org/model'), /not a valid Hub repo id/],
  ['model: repo id too long', model('--name', `org/${'x'.repeat(120)}`), /at most 96/],
  ['model: repo id with three parts', model('--name', 'a/b/c'), /more than one "\/"/],
  ['model: missing --output-dir', ['model', 'download', '--name', 'org/tiny-bert'], /--output-dir/],
  ['model: unknown option', model('--name', 'org/tiny-bert', '--shiny'), /Unknown option --shiny/],
  ['model: revision with spaces', model('--name', 'org/tiny-bert', '--revision', 'my branch'), /not a valid git revision/],
  ['model: revision with ..', model('--name', 'org/tiny-bert', '--revision', 'a/../b'), /not a valid git revision/],
  ['model: empty include glob', model('--name', 'org/tiny-bert', '--include', ' '), /--include/],
  ['model: hostile listing with ../', ['model', 'download', '--name', 'org/hostile-dotdot', '--output-dir', P('hostile')], /unsafe path/],
  ['model: hostile listing with an absolute path', ['model', 'download', '--name', 'org/hostile-absolute', '--output-dir', P('hostile')], /unsafe path/],
  ['model: hostile listing with backslashes', ['model', 'download', '--name', 'org/hostile-backslash', '--output-dir', P('hostile')], /unsafe path/],
  ['model: output dir is a regular file', ['model', 'download', '--name', 'org/tiny-bert', '--output-dir', P('a-file')], /a-file/],
  ['model: token without hf_ prefix', model('--name', 'org/tiny-bert', '--token', 'sk-not-a-hf-token'), /does not start with "hf_"/],
  ['model: Hub URL that is not a URL', model('--name', 'org/tiny-bert', '--hub-url', 'not a url'), /not an http\(s\) URL/],
  ['cli: unknown subcommand', ['model', 'upload', '--name', 'x'], /"model upload" is not a command: use model download/],
  ['cli: a group word alone', ['dataset'], /"dataset" is not a command: use dataset download/],
  ['cli: unknown command', ['frobnicate', '--name', 'x'], /Unknown command "frobnicate": use one of model download, dataset download, train, evaluate/],
  ['cli: an option before the command', ['--shiny', 'model', 'download'], /"--shiny" before a command is not an option: put the command first/],
  ['cli: ME_HTTP_ATTEMPTS not a number', model('--name', 'org/tiny-bert'), /ME_HTTP_ATTEMPTS="many" is not a number of attempts/, { ME_HTTP_ATTEMPTS: 'many' }],
  ['dataset: negative max-samples', dataset('--max-samples', '-1'), /--max-samples/],
  ['dataset: zero max-samples', dataset('--max-samples', '0'), /--max-samples/],
  ['dataset: non-numeric max-samples', dataset('--max-samples', 'lots'), /--max-samples/],
  ['dataset: NaN max-samples', dataset('--max-samples', 'NaN'), /--max-samples/],
  ['dataset: absurd max-samples', dataset('--max-samples', '1e99'), /--max-samples/],
  ['dataset: empty split name', dataset('--split', ''), /--split/],
  ['dataset: invalid repo id', ['dataset', 'download', '--name', 'bad name!', '--output-dir', P('data')], /not a valid Hub repo id/],
  ['train: negative epochs', train('--epochs', '-1'), /--epochs/],
  ['train: zero epochs', train('--epochs', '0'), /--epochs/],
  ['train: NaN epochs', train('--epochs', 'NaN'), /--epochs/],
  ['train: non-numeric epochs', train('--epochs', 'three'), /--epochs/],
  ['train: absurd epochs', train('--epochs', '1000000000'), /--epochs/],
  ['train: fractional epochs', train('--epochs', '2.5'), /--epochs/],
  ['train: zero batch size', train('--batch-size', '0'), /--batch-size/],
  ['train: absurd batch size', train('--batch-size', '99999999'), /--batch-size/],
  ['train: negative learning rate', train('--learning-rate', '-0.1'), /--learning-rate/],
  ['train: zero learning rate', train('--learning-rate', '0'), /--learning-rate/],
  ['train: non-numeric learning rate', train('--learning-rate', 'fast'), /--learning-rate/],
  ['train: infinite learning rate', train('--learning-rate', 'Infinity'), /--learning-rate/],
  ['train: zero max length', train('--max-length', '0'), /--max-length/],
  ['train: absurd max length', train('--max-length', '100000000'), /--max-length/],
  ['train: zero gradient accumulation', train('--gradient-accumulation-steps', '0'), /--gradient-accumulation-steps/],
  ['train: negative warmup', train('--warmup-steps', '-5'), /--warmup-steps/],
  ['train: negative seed', train('--seed', '-1'), /--seed/],
  ['train: missing train file', train('--train-data', P('nope.jsonl')), /--train-data/],
  ['train: train data is a directory', train('--train-data', P('a-dir')), /--train-data/],
  ['train: validation data is not JSONL', train('--val-data', P('not-jsonl.jsonl')), /--val-data/],
  ['train: missing model name', train('--model-name', '<omit>'), /--model-name/],
  ['train: output dir is a regular file', train('--output-dir', P('a-file')), /a-file|--output-dir/],
  ['train: column options with --run', train('--text-column', 'review'), /--text-column|--run/],
  ['evaluate: missing model dir', ['evaluate', '--model-dir', P('no-model'), '--data', P('val.jsonl')], /--model-dir|no-model/],
  ['evaluate: a model dir that is not a trained classifier', ['evaluate', '--model-dir', P('model'), '--data', P('val.jsonl')], /not a trained classifier/],
];

describe('Bad input: one clear line, exit 2, nothing touched, a previous valid output left intact', () => {
  // Rest parameters: a fourth named one would make jest wait for a `done` callback on 3-element rows.
  test.each(CLI_CASES)('%s', async (...[, argv, message, extraEnv]) => {
    const run = await runCliInProcess(argv, { ...env, ...extraEnv });
    expect(run.code).toBe(2);
    // One line says what is wrong and what to do; a hostile listing is found after the cache check said why it looked.
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('✗ '))).toEqual([lines.at(-1)]);
    expect(lines.length).toBeLessThanOrEqual(argv.some((arg) => arg.startsWith('org/hostile')) ? 2 : 1);
    expect(lines.at(-1)).toMatch(message);
    expect(run.stdout).toBe('');
    expect(await hashTree(root)).toEqual(before);
  });

  test.each([
    ['action: unknown command', { command: 'model-upload' }, /Input command "model-upload" is not one of/],
    ['action: boolean input that is not true/false', { command: 'model-download', name: 'org/tiny-bert', 'output-dir': 'x', force: 'yes' }, /not a boolean/],
    ['action: missing required input', { command: 'model-download', 'output-dir': 'x' }, /Input name is required/],
    ['action: conflicting inputs (run with a built-in trainer column)', { command: 'train', 'model-name': 'org/tiny-bert', 'train-data': 'a', 'val-data': 'b', 'output-dir': 'x', run: 'true', 'text-column': 'review' }, /text-column|run/],
  ])('%s', async (_label, inputs, message) => {
    const run = await runAction({ inputs: inputs as Record<string, string>, env });
    expect(run.code).toBe(2);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(await hashTree(root)).toEqual(before);
  });
});
