import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { InputError } from '../../core/errors.js';
import { readJsonObject } from '../../core/read-json.js';

/** A model dir's tokenizer, with the two facts batching needs: the padding id and the length limit. */
export interface TextTokenizer {
  /** Token ids with the model's special tokens, cut to `maxLength`. */
  encode(text: string): number[];
  padId: number;
  maxLength: number;
  /** tokenizer_config.json as found (the output dir gets a copy with model_max_length set). */
  config: Record<string, unknown>;
}

const PAD_CANDIDATES = ['[PAD]', '<pad>', '<|padding|>'];

/**
 * Load tokenizer.json (+ tokenizer_config.json) from `dir` with @huggingface/tokenizers.
 * `maxLength` overrides the config's model_max_length (the trainer's --max-length).
 */
export async function loadTextTokenizer(params: { dir: string; maxLength?: number }): Promise<TextTokenizer> {
  const { dir } = params;
  const tokenizerPath = join(dir, 'tokenizer.json');
  let tokenizerJson: unknown;
  try {
    tokenizerJson = JSON.parse(await readFile(tokenizerPath, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(
      missing
        ? `${dir} has no tokenizer.json: the built-in trainer needs the fast tokenizer file that transformers.js-ready repos ship`
        : `${tokenizerPath} is not valid JSON: download the model again`,
    );
  }
  const read = await readJsonObject(join(dir, 'tokenizer_config.json'));
  const config = read.kind === 'ok' ? read.value : {};
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson as object, config);
  } catch (error) {
    throw new InputError(`${tokenizerPath} could not be loaded (${error instanceof Error ? error.message : String(error)}): use a model whose tokenizer.json the Hub's tokenizers library wrote`);
  }
  const configured = typeof config.model_max_length === 'number' && config.model_max_length > 0 && config.model_max_length < 1e9 ? config.model_max_length : undefined;
  const maxLength = params.maxLength ?? configured ?? 512;
  const padToken = typeof config.pad_token === 'string' ? config.pad_token : PAD_CANDIDATES.find((token) => tokenizer.token_to_id(token) !== undefined);
  const padId = (padToken !== undefined ? tokenizer.token_to_id(padToken) : undefined) ?? 0;
  return {
    // Cut as transformers.js does (keep the first maxLength ids), so a pipeline over the trained dir sees the same tokens.
    encode: (text) => tokenizer.encode(text).ids.slice(0, maxLength),
    padId,
    maxLength,
    config: { ...config, ...(padToken !== undefined && config.pad_token === undefined ? { pad_token: padToken } : {}) },
  };
}
