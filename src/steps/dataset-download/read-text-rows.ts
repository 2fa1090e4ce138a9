import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parse as parseCsv, type CastingContext } from 'csv-parse';
import { ContentError, StepError } from '../../core/errors.js';
import type { RangeReader } from '../../hub/range-reader.js';
import type { RepoFile } from '../../hub/list-repo-files.js';
import { encodeJsonObject } from './json-row-encoding.js';

/** Rows of one data file go out in batches of this many lines. */
const BATCH_ROWS = 1000;

export interface TextRowsParams {
  reader: RangeReader;
  file: RepoFile;
  /** Stop after this many rows; only the bytes up to them are fetched (streamed formats). */
  limit?: number;
  onLines: (lines: string[]) => Promise<void>;
}

/**
 * The file's bytes in order, fetched in growing Range reads (64 KiB first, so a small sample fetches little; up to
 * 8 MiB for throughput), the next read in flight while the current chunk is parsed. When the whole file has been
 * read, its hash is checked against the listing (LFS sha256, else git blob sha1).
 */
async function* fileChunks(reader: RangeReader, file: RepoFile): AsyncGenerator<Uint8Array> {
  const sha256 = createHash('sha256');
  const gitOid = createHash('sha1').update(`blob ${reader.size}\0`);
  let offset = 0;
  let chunkSize = 64 * 1024;
  const next = () => {
    const end = Math.min(reader.size, offset + chunkSize);
    const read = reader.read(offset, end);
    offset = end;
    chunkSize = Math.min(chunkSize * 2, 8 * 1024 * 1024);
    // Read-ahead: a rejection is observed when awaited below; keep it from being reported as unhandled meanwhile.
    read.catch(() => undefined);
    return read;
  };
  let pending = offset < reader.size ? next() : undefined;
  for (let index = 0; pending; index++) {
    const chunk = await pending;
    // Read ahead from the second chunk on: a small sample that the first chunk satisfies fetches nothing more.
    pending = index > 0 && offset < reader.size ? next() : undefined;
    sha256.update(chunk);
    gitOid.update(chunk);
    yield chunk;
    if (index === 0 && offset < reader.size) pending = next();
  }
  const expected = file.lfsSha256 ? { kind: 'sha256', value: file.lfsSha256, actual: sha256.digest('hex') } : file.oid ? { kind: 'git oid', value: file.oid, actual: gitOid.digest('hex') } : undefined;
  if (expected && expected.actual !== expected.value) {
    throw new ContentError(`${file.path}: ${expected.kind} mismatch (got ${expected.actual.slice(0, 12)}…, expected ${expected.value.slice(0, 12)}…): the bytes served are not the file the Hub lists`);
  }
}

/**
 * Before a file is blamed for content that does not decode, fetch it whole and check its hash: when the bytes are
 * not the file the Hub lists, say that. Either way the error stays a ContentError, so the split is read once more
 * (the first bytes may have been the wrong ones); a file that fails twice is reported with the decode error.
 */
async function blameBytesOrFile(params: { reader: RangeReader; file: RepoFile; error: unknown }): Promise<unknown> {
  const { reader, file, error } = params;
  if (!(error instanceof ContentError) || / mismatch /.test(error.message)) return error;
  try {
    for await (const chunk of fileChunks(reader, file)) void chunk;
  } catch (verification) {
    return verification;
  }
  return error;
}

/** JSON Lines: each non-blank line must be a JSON object; it is written as it is (no number is re-encoded, so none is rounded). */
export async function readJsonLinesRows(params: TextRowsParams): Promise<number> {
  const { reader, file, onLines } = params;
  const limit = params.limit ?? Infinity;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  let lineNumber = 0;
  let rows = 0;
  let batch: string[] = [];
  const take = (line: string): boolean => {
    lineNumber++;
    const text = line.trim();
    if (text === '') return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ContentError(`${file.path} line ${lineNumber} is not valid JSON: fix the file upstream or pin a --revision where it is valid`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ContentError(`${file.path} line ${lineNumber} is not a JSON object (one row per line is expected)`);
    }
    batch.push(text);
    rows++;
    return rows >= limit;
  };
  const flush = async () => {
    if (batch.length > 0) await onLines(batch);
    batch = [];
  };
  try {
    for await (const chunk of fileChunks(reader, file)) {
      const lines = (carry + decoder.decode(chunk, { stream: true })).split('\n');
      carry = lines.pop()!;
      for (const line of lines) {
        if (take(line)) {
          await flush();
          return rows;
        }
      }
      if (batch.length >= BATCH_ROWS) await flush();
    }
    carry += decoder.decode();
    if (carry.trim() !== '') take(carry);
  } catch (error) {
    const decoded = error instanceof TypeError && /encoded data was not valid/i.test(error.message) ? new ContentError(`${file.path} is not UTF-8 text`) : error;
    throw await blameBytesOrFile({ reader, file, error: decoded });
  }
  await flush();
  return rows;
}

/**
 * CSV with a header row. Values are typed the way pandas reads them (what `datasets` uses): integers and decimals
 * become numbers (integers beyond 2^53 keep every digit), True/False booleans, empty cells null, the rest text.
 */
export async function readCsvRows(params: TextRowsParams): Promise<number> {
  const { reader, file, onLines } = params;
  const limit = params.limit ?? Infinity;
  const source = Readable.from(fileChunks(reader, file), { objectMode: false });
  const parser = source.pipe(parseCsv({ columns: true, bom: true, skip_empty_lines: true, cast: castCsvValue }));
  source.on('error', (error) => parser.destroy(error));
  let rows = 0;
  let batch: string[] = [];
  try {
    for await (const record of parser as AsyncIterable<Record<string, unknown>>) {
      batch.push(encodeJsonObject(record));
      rows++;
      if (rows >= limit) break;
      if (batch.length >= BATCH_ROWS) {
        await onLines(batch);
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof StepError && !(error instanceof ContentError)) throw error;
    const decoded = error instanceof ContentError ? error : new ContentError(`${file.path} is not readable CSV (${error instanceof Error ? error.message : String(error)})`);
    throw await blameBytesOrFile({ reader, file, error: decoded });
  } finally {
    source.destroy();
  }
  if (batch.length > 0) await onLines(batch);
  return rows;
}

/** pandas' default na_values: read_csv makes these missing (NaN), which `datasets` stores as null. */
const CSV_MISSING = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);

function castCsvValue(value: string, context: CastingContext): unknown {
  if (context.header) return value;
  if (CSV_MISSING.has(value)) return null;
  if (/^[+-]?\d+$/.test(value)) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : BigInt(value);
  }
  if (/^[+-]?(\d+\.\d*|\.\d+|\d+)(e[+-]?\d+)?$/i.test(value)) return Number(value);
  if (value === 'True' || value === 'true' || value === 'TRUE') return true;
  if (value === 'False' || value === 'false' || value === 'FALSE') return false;
  return value;
}

/**
 * A JSON file: an array of row objects, or an object of equal-length column arrays. JSON.parse needs the whole
 * text, so the whole file is fetched even for a sample, and integers beyond 2^53 in it are rounded by JSON.parse
 * (JSON Lines and parquet files keep them exact).
 */
export async function readJsonRows(params: TextRowsParams): Promise<number> {
  const { reader, file, onLines } = params;
  const limit = params.limit ?? Infinity;
  const parts: Uint8Array[] = [];
  for await (const chunk of fileChunks(reader, file)) parts.push(chunk);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    // The whole file was read and its hash checked by fileChunks: these bytes are the file, and it is broken.
    throw new StepError(`${file.path} is not valid JSON: fix the file upstream or pin a --revision where it is valid`);
  }
  const rows = jsonRowsOf(value);
  if (!rows) throw new StepError(`${file.path} holds neither a list of row objects nor an object of column lists`);
  const wanted = Math.min(limit, rows.length);
  for (let start = 0; start < wanted; start += BATCH_ROWS) {
    await onLines(rows.slice(start, Math.min(wanted, start + BATCH_ROWS)).map((row) => encodeJsonObject(row)));
  }
  return wanted;
}

function jsonRowsOf(value: unknown): Record<string, unknown>[] | undefined {
  const isRow = (item: unknown): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item);
  if (Array.isArray(value)) return value.every(isRow) ? value : undefined;
  if (!isRow(value)) return undefined;
  const columns = Object.entries(value);
  if (columns.length === 1 && Array.isArray(columns[0][1]) && columns[0][1].every(isRow)) return columns[0][1];
  if (columns.length === 0 || !columns.every(([, column]) => Array.isArray(column))) return undefined;
  const length = (columns[0][1] as unknown[]).length;
  if (!columns.every(([, column]) => (column as unknown[]).length === length)) return undefined;
  return Array.from({ length }, (_, i) => Object.fromEntries(columns.map(([name, column]) => [name, (column as unknown[])[i]])));
}
