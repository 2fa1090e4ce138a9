/**
 * Small datasets made in code, shaped like the Hub's: an imdb-like parquet conversion (config plain_text,
 * splits train/test/unsupervised, columns text + label, several row groups per shard), raw data files for the
 * no-conversion fallback, and a parquet file with the values JSON cannot hold exactly (int64 beyond 2^53, bytes,
 * dates, timestamps, NaN). Used by the tests, the demo and the benchmark.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

const WORDS = ['good', 'great', 'bad', 'awful', 'movie', 'film', 'the', 'a', 'was', 'is', 'not', 'plot', 'acting', 'boring', 'fun', 'loved', 'hated', 'ending'];

export interface ReviewRows {
  text: string[];
  label: bigint[];
}

/** Deterministic review-like rows: row i of a split is always the same text, so tests can check content. */
export function reviewRows(params: { split: string; count: number; start?: number; wordsPerRow?: number }): ReviewRows {
  const { split, count } = params;
  const start = params.start ?? 0;
  const text: string[] = [];
  const label: bigint[] = [];
  for (let i = start; i < start + count; i++) {
    const words: string[] = [];
    let state = (i * 2654435761 + split.length * 97) >>> 0;
    for (let w = 0; w < (params.wordsPerRow ?? 12); w++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      words.push(WORDS[state % WORDS.length]);
    }
    text.push(`${split} review ${i}: ${words.join(' ')}`);
    label.push(split === 'unsupervised' ? -1n : BigInt(i % 2));
  }
  return { text, label };
}

/** One parquet file of review rows; `rowGroupSize` rows per row group (the Hub's conversions have several). */
export function reviewParquet(params: { split: string; count: number; start?: number; rowGroupSize?: number; wordsPerRow?: number }): Buffer {
  const rows = reviewRows(params);
  return Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'text', data: rows.text, type: 'STRING' },
        { name: 'label', data: rows.label, type: 'INT64' },
      ],
      rowGroupSize: params.rowGroupSize ?? 100,
    }),
  );
}

/**
 * Files of refs/convert/parquet for an imdb-like dataset: `{config}/{split}/0000.parquet` (and 0001… when a split
 * has more than `rowsPerShard` rows).
 */
export function reviewConversion(params: {
  config?: string;
  splits?: Record<string, number>;
  rowGroupSize?: number;
  rowsPerShard?: number;
  wordsPerRow?: number;
} = {}): Record<string, Buffer> {
  const config = params.config ?? 'plain_text';
  const splits = params.splits ?? { train: 1500, test: 1500, unsupervised: 1500 };
  const perShard = params.rowsPerShard ?? Infinity;
  const files: Record<string, Buffer> = {};
  for (const [split, count] of Object.entries(splits)) {
    for (let shard = 0, start = 0; start < count; shard++, start += perShard) {
      const name = `${config}/${split}/${String(shard).padStart(4, '0')}.parquet`;
      files[name] = reviewParquet({ split, count: Math.min(perShard, count - start), start, rowGroupSize: params.rowGroupSize, wordsPerRow: params.wordsPerRow });
    }
  }
  return files;
}

/** The JSON Lines text of review rows, as a repo without a conversion would hold them. */
export function reviewJsonl(params: { split: string; count: number }): string {
  const rows = reviewRows(params);
  return rows.text.map((text, i) => `${JSON.stringify({ text, label: Number(rows.label[i]) })}\n`).join('');
}

/** The CSV text of review rows (header first, quoted where needed). */
export function reviewCsv(params: { split: string; count: number }): string {
  const rows = reviewRows(params);
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return `text,label\n${rows.text.map((text, i) => `${quote(text)},${rows.label[i]}\n`).join('')}`;
}

/** A parquet file whose values JSON cannot hold as such: the encoding's test case. */
export function awkwardValuesParquet(): Buffer {
  const columnData = [
    { name: 'id', data: [9007199254740993n, -9223372036854775808n, 42n] },
    { name: 'blob', data: [new Uint8Array([0, 255, 10, 34]), new Uint8Array([]), null] },
    { name: 'day', data: [19723, -1, 0] },
    { name: 'at', data: [1700000000123456n, 0n, -1n] },
    { name: 'score', data: [Number.NaN, Number.POSITIVE_INFINITY, -0] },
    { name: 'name', data: ['ünïcode "quoted"\n', '', null] },
    // DECIMALs in each physical type parquet allows, two beyond what a float64 holds (a bigint is the unscaled value).
    { name: 'price', data: [123456789012345678n, -5n, 0n] },
    { name: 'big', data: [12345678901234567890123456789012345678n, -1n, null] },
    { name: 'small', data: [1.5, -0.001, 0.007] },
  ];
  const schema: NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']> = [
    { name: 'root', num_children: columnData.length },
    { name: 'id', type: 'INT64', repetition_type: 'REQUIRED' },
    { name: 'blob', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
    { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' },
    { name: 'at', type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'REQUIRED' },
    { name: 'score', type: 'DOUBLE', repetition_type: 'REQUIRED' },
    { name: 'name', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    { name: 'price', type: 'INT64', converted_type: 'DECIMAL', precision: 18, scale: 2, repetition_type: 'REQUIRED' },
    { name: 'big', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 16, converted_type: 'DECIMAL', precision: 38, scale: 10, repetition_type: 'OPTIONAL' },
    { name: 'small', type: 'INT32', converted_type: 'DECIMAL', precision: 9, scale: 3, repetition_type: 'REQUIRED' },
  ];
  return Buffer.from(parquetWriteBuffer({ columnData, schema }));
}
