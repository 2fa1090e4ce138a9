import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type ParquetParsers } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ContentError, StepError } from '../core/errors.js';
import { decimalText, exactDecimalColumns } from './parquet-decimals.js';
import type { RangeReader } from './range-reader.js';

/**
 * The footer read asks for this many bytes from the end. hyparquet's default, 512 KiB, would be most of what a
 * small sample costs; 32 KiB holds the metadata of a typical file (a 2-column file of 50 row groups has ~9 KiB),
 * and a larger footer costs one more request, not a failure.
 */
export const FOOTER_FETCH_BYTES = 32 * 1024;

/** A remote parquet file whose footer has been read: row groups known, no data fetched yet. */
export interface OpenParquet {
  what: string;
  metadata: FileMetaData;
  rows: number;
  columns: string[];
  /** First row and row count of each row group, in file order. */
  rowGroups: { start: number; rows: number }[];
  buffer: AsyncBuffer;
  /** Top-level DECIMAL columns (name → scale), read as exact text (see parquet-decimals.ts). */
  decimals: Map<string, number>;
  /** The metadata rows are read with: DECIMAL columns as their physical integers. */
  readMetadata: FileMetaData;
}

/**
 * hyparquet's AsyncBuffer over a RangeReader. The footer is fetched once and kept, so the metadata parse and
 * later reads that fall inside it (page indexes sit just before the metadata) cost no further request.
 */
export function footerCachingBuffer(reader: RangeReader): AsyncBuffer {
  let footer: { start: number; bytes: Uint8Array } | undefined;
  const footerStart = Math.max(0, reader.size - FOOTER_FETCH_BYTES);
  return {
    byteLength: reader.size,
    async slice(start: number, end: number = reader.size): Promise<ArrayBuffer> {
      if (footer && start >= footer.start && end <= footer.start + footer.bytes.length) {
        return toArrayBuffer(footer.bytes.subarray(start - footer.start, end - footer.start));
      }
      // The last row group usually runs into the footer: fetch only the part before it.
      if (footer && start < footer.start && end > footer.start && end <= footer.start + footer.bytes.length) {
        const head = await reader.read(start, footer.start);
        const joined = new Uint8Array(end - start);
        joined.set(head);
        joined.set(footer.bytes.subarray(0, end - footer.start), head.length);
        return joined.buffer;
      }
      const bytes = await reader.read(start, end);
      if (start === footerStart && end === reader.size) footer = { start, bytes };
      return toArrayBuffer(bytes);
    },
  };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/** Read a parquet file's footer (one Range request for typical files). */
export async function openParquet(params: { reader: RangeReader; what: string; parsers?: Partial<ParquetParsers> }): Promise<OpenParquet> {
  const { reader, what } = params;
  const buffer = footerCachingBuffer(reader);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer, { initialFetchSize: Math.min(FOOTER_FETCH_BYTES, reader.size), parsers: params.parsers });
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new ContentError(`${what} is not a readable parquet file (${error instanceof Error ? error.message : String(error)})`);
  }
  const rowGroups: OpenParquet['rowGroups'] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    rowGroups.push({ start, rows });
    start += rows;
  }
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  const exact = exactDecimalColumns(metadata);
  return { what, metadata, rows: start, columns, rowGroups, buffer, decimals: exact.scales, readMetadata: exact.metadata };
}

/**
 * Row groups read together, up to this many compressed bytes: hyparquet fetches a read's column chunks in
 * parallel, so batching small groups saves round trips, while the bound keeps memory flat for any split size.
 */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * The first `limit` rows (all when undefined) as objects, in order, a batch of row groups at a time: only the
 * row groups that hold them are fetched, and only one batch's rows are in memory at once. Within a partly needed
 * group the offset index, when the file has one, narrows the read to the pages that hold the rows.
 */
export async function readParquetRows(params: {
  file: OpenParquet;
  limit?: number;
  parsers?: Partial<ParquetParsers>;
  onRows: (rows: Record<string, unknown>[]) => Promise<void> | void;
}): Promise<number> {
  const { file, parsers, onRows } = params;
  const wanted = Math.min(params.limit ?? Infinity, file.rows);
  let delivered = 0;
  let next = 0;
  while (delivered < wanted) {
    // The next batch: at least one group, more while they are small and still needed.
    const first = next;
    const rowStart = file.rowGroups[next].start;
    let bytes = 0;
    let end = next;
    while (end < file.rowGroups.length && file.rowGroups[end].start < wanted) {
      const groupBytes = compressedSize(file.metadata, end);
      if (end > next && bytes + groupBytes > BATCH_BYTES) break;
      bytes += groupBytes;
      end++;
    }
    const last = file.rowGroups[end - 1];
    const rowEnd = Math.min(last.start + last.rows, wanted);
    next = end;
    if (rowEnd <= rowStart) continue;
    let rows: Record<string, unknown>[] = [];
    try {
      await parquetRead({
        file: await batchBuffer({ file, first, end, whole: rowEnd === last.start + last.rows }),
        metadata: file.readMetadata,
        rowStart,
        rowEnd,
        rowFormat: 'object',
        // Binary columns stay bytes; columns annotated as strings are decoded all the same.
        utf8: false,
        parsers,
        compressors,
        useOffsetIndex: true,
        onComplete: (result) => {
          rows = result;
        },
      });
    } catch (error) {
      if (error instanceof StepError) throw error;
      throw new ContentError(`${file.what}: rows ${rowStart}-${rowEnd - 1} could not be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    if (rows.length !== rowEnd - rowStart) {
      throw new ContentError(`${file.what}: expected ${rowEnd - rowStart} rows from row ${rowStart}, decoded ${rows.length}`);
    }
    for (const [name, scale] of file.decimals) {
      for (const row of rows) row[name] = decimalText(row[name], scale);
    }
    delivered += rows.length;
    await onRows(rows);
  }
  return delivered;
}

/**
 * What a batch reads from: when it takes its row groups whole (all of a split), their bytes fetched in one Range
 * request and served from memory (≤ BATCH_BYTES). hyparquet asks for each column chunk on its own, and each request
 * is a round trip, two through the Hub's redirect to its CDN: a 50-group split was 100 requests, now 2. A batch
 * that ends inside a group (a sample) reads only the pages it needs, as before.
 */
async function batchBuffer(params: { file: OpenParquet; first: number; end: number; whole: boolean }): Promise<AsyncBuffer> {
  const { file, first, end, whole } = params;
  if (!whole) return file.buffer;
  let start = Infinity;
  let stop = 0;
  for (let group = first; group < end; group++) {
    for (const chunk of file.metadata.row_groups[group].columns) {
      const meta = chunk.meta_data;
      if (!meta) return file.buffer;
      const chunkStart = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      start = Math.min(start, chunkStart);
      stop = Math.max(stop, chunkStart + Number(meta.total_compressed_size));
    }
  }
  if (!(stop > start) || stop - start > BATCH_BYTES * 2 || stop > file.buffer.byteLength) return file.buffer;
  const span = new Uint8Array(await file.buffer.slice(start, stop));
  return {
    byteLength: file.buffer.byteLength,
    slice: (from: number, to: number = file.buffer.byteLength) =>
      from >= start && to <= stop ? span.slice(from - start, to - start).buffer : file.buffer.slice(from, to),
  };
}

function compressedSize(metadata: FileMetaData, group: number): number {
  return metadata.row_groups[group].columns.reduce((sum, chunk) => sum + Number(chunk.meta_data?.total_compressed_size ?? 0), 0);
}
