/**
 * A tiny BERT made in code by transformers itself, for the transformers trainer's tests and the demo: BertConfig
 * with 2 layers and hidden size 32 over a WordPiece vocabulary built here (the sentiment words of tiny-encoder.ts),
 * random weights, saved with save_pretrained (config.json, model.safetensors, tokenizer files).
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tinyEncoderVocab } from './tiny-encoder.js';

const MAKE_TINY_BERT = `
import os, sys
out, vocab = sys.argv[1], sys.argv[2].split("\\n")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as handle:
    handle.write("\\n".join(vocab) + "\\n")
import torch
from transformers import BertConfig, BertModel, BertTokenizer
torch.manual_seed(0)
config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64, max_position_embeddings=64)
BertModel(config).save_pretrained(out)
BertTokenizer(os.path.join(out, "vocab.txt"), do_lower_case=True, model_max_length=64).save_pretrained(out)
`;

/** Make the tiny BERT in `dir` with `python` (which has torch and transformers); returns its files as a Hub repo's. */
export async function makeTinyBert(params: { python: string; dir: string; env?: NodeJS.ProcessEnv }): Promise<Record<string, Buffer>> {
  await new Promise<void>((resolve, reject) => {
    execFile(params.python, ['-c', MAKE_TINY_BERT, params.dir, tinyEncoderVocab().join('\n')], { env: params.env ?? process.env, timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`making the tiny BERT failed: ${String(stderr).trim().split('\n').pop() ?? error.message}`)) : resolve(),
    );
  });
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(params.dir)) files[name] = await readFile(join(params.dir, name));
  return files;
}
