import type { Reporter } from '../../core/reporter.js';
import { resolveUrl } from '../../hub/download-verified-file.js';
import type { HubConnection } from '../../hub/hub-connection.js';
import { openParquet, readParquetRows, type OpenParquet } from '../../hub/parquet-rows.js';
import { createRangeReader, type RangeReader } from '../../hub/range-reader.js';
import type { RepoRef } from '../../hub/repo-ref.js';
import { encodeJsonObject, LOSSLESS_PARQUET_PARSERS } from './json-row-encoding.js';
import type { JsonlSplitWriter } from './jsonl-split-writer.js';
import type { SplitSource } from './plan-dataset-sources.js';
import { readCsvRows, readJsonLinesRows, readJsonRows } from './read-text-rows.js';

export interface SplitReadStats {
  rows: number;
  /** Files rows were read from (a sample may need only the first). */
  sourceFiles: string[];
  /** Bytes fetched from the Hub, against the total size of the split's files. */
  fetchedBytes: number;
  sourceBytes: number;
}

/**
 * Write the first `limit` rows (all when undefined) of a split, file after file, into `writer`. Parquet files are
 * read row group by row group with Range requests, so a sample fetches only the footer and the groups that hold it.
 */
export async function writeSplitRows(params: {
  connection: HubConnection;
  repo: RepoRef;
  split: SplitSource;
  /** Commit the files are read at. */
  revision: string;
  limit?: number;
  writer: JsonlSplitWriter;
  reporter: Reporter;
}): Promise<SplitReadStats> {
  const { connection, repo, split, revision, writer, reporter } = params;
  const limit = params.limit ?? Infinity;
  const readers: RangeReader[] = [];
  const readerFor = (index: number) => {
    const file = split.files[index];
    const reader = createRangeReader({
      connection,
      policy: connection.retry,
      url: resolveUrl({ connection, repo, revision, path: file.path }),
      size: file.size,
      what: file.path,
      onRetry: (message) => reporter.warning(message),
    });
    readers.push(reader);
    return reader;
  };
  const sourceFiles: string[] = [];
  const sourceBytes = split.files.reduce((sum, file) => sum + file.size, 0);

  // Knowing every shard's row count up front gives the progress a total; a sample needs no more than its limit.
  let opened: OpenParquet[] | undefined;
  if (split.format === 'parquet' && limit === Infinity) {
    opened = [];
    for (const [index, file] of split.files.entries()) opened.push(await openParquet({ reader: readerFor(index), what: file.path, parsers: LOSSLESS_PARQUET_PARSERS }));
  }
  const total = opened ? opened.reduce((sum, file) => sum + file.rows, 0) : limit === Infinity ? undefined : limit;
  const progress = () => reporter.progress({ label: split.name, done: writer.rows, total, unit: 'rows' });
  const onLines = async (lines: string[]) => {
    await writer.writeLines(lines);
    progress();
  };

  for (const [index, file] of split.files.entries()) {
    const remaining = limit - writer.rows;
    if (remaining <= 0) break;
    sourceFiles.push(file.path);
    const rowLimit = remaining === Infinity ? undefined : remaining;
    if (split.format === 'parquet') {
      const parquet = opened?.[index] ?? (await openParquet({ reader: readerFor(index), what: file.path, parsers: LOSSLESS_PARQUET_PARSERS }));
      await readParquetRows({
        file: parquet,
        limit: rowLimit,
        parsers: LOSSLESS_PARQUET_PARSERS,
        onRows: (rows) => onLines(rows.map((row) => encodeJsonObject(row))),
      });
      continue;
    }
    const read = split.format === 'jsonl' ? readJsonLinesRows : split.format === 'csv' ? readCsvRows : readJsonRows;
    await read({ reader: readerFor(index), file, limit: rowLimit, onLines });
  }
  if (writer.rows === 0) progress();
  return { rows: writer.rows, sourceFiles, fetchedBytes: readers.reduce((sum, reader) => sum + reader.bytesFetched(), 0), sourceBytes };
}
