/**
 * The repos `npm run demo` and `npm run emulators` serve from the loopback Hub emulator: a tiny model, a tiny ONNX
 * encoder and two small datasets, all made in code.
 */
import type { HubEmulator, RepoType } from './hub-emulator.js';
import { reviewConversion } from './tiny-dataset.js';
import { sentimentJsonl, tinyEncoderFiles } from './tiny-encoder.js';
import { tinyModelFiles } from './tiny-model.js';

export interface DemoRepo {
  type: RepoType;
  name: string;
  /** What it holds, and the command that uses it. */
  about: string;
}

export const DEMO_REPOS: DemoRepo[] = [
  { type: 'model', name: 'demo/tiny-bert', about: 'a tiny BERT (config.json, model.safetensors, tokenizer files): model download' },
  { type: 'model', name: 'demo/tiny-encoder', about: 'a transformers.js-shaped encoder with onnx/model.onnx: train without --run (the built-in trainer)' },
  { type: 'dataset', name: 'demo/imdb', about: 'imdb-shaped parquet conversion, splits train/test/unsupervised of 1500 rows: dataset download' },
  { type: 'dataset', name: 'demo/sentiment', about: 'train.jsonl (800 rows) and test.jsonl (200 rows) of text/label: dataset download, then train' },
];

/** Commit every demo repo to `hub`. */
export function publishDemoRepos(hub: HubEmulator): DemoRepo[] {
  hub.commit({ name: 'demo/tiny-bert', files: tinyModelFiles() });
  // An imdb-shaped dataset: the Hub's parquet conversion (refs/convert/parquet) of train/test/unsupervised.
  hub.commit({ type: 'dataset', name: 'demo/imdb', files: { 'README.md': '# demo imdb\n' } });
  hub.setRef({ type: 'dataset', name: 'demo/imdb', ref: 'refs/convert/parquet', files: reviewConversion({ splits: { train: 1500, test: 1500, unsupervised: 1500 }, rowGroupSize: 250 }) });
  // A transformers.js-shaped encoder (onnx/model.onnx) and a sentiment dataset as raw JSONL files, for the built-in trainer.
  hub.commit({ name: 'demo/tiny-encoder', files: tinyEncoderFiles() });
  hub.commit({ type: 'dataset', name: 'demo/sentiment', files: { 'README.md': '# demo sentiment\n', 'train.jsonl': sentimentJsonl({ count: 800, seed: 1 }), 'test.jsonl': sentimentJsonl({ count: 200, seed: 2 }) } });
  return DEMO_REPOS;
}
