import type { ParquetParsers } from 'hyparquet';
import { DecimalText } from '../../hub/parquet-decimals.js';

/**
 * How dataset values become JSON Lines, losslessly (documented in docs/datasets.md, "Values JSON cannot hold"):
 * - 64-bit integers are written as plain JSON numbers with all their digits (9007199254740993, never rounded);
 *   JSON allows any number of digits; Python's json reads them exactly, JavaScript needs a big-number aware parser.
 * - DECIMAL columns are JSON numbers with exactly their digits and declared scale (12345678901234567890.12,
 *   1.50); Python reads them exactly with json.loads(..., parse_float=decimal.Decimal).
 * - bytes (binary columns) are `{"$base64": "<standard base64>"}`, so they can never be mistaken for text.
 * - dates are "YYYY-MM-DD"; timestamps are ISO 8601 UTC strings with the column's own precision
 *   (3, 6 or 9 fractional digits for milli-, micro- and nanoseconds).
 * - NaN, Infinity and -Infinity, which JSON has no numbers for, are the strings "NaN", "Infinity", "-Infinity";
 *   -0 stays -0.
 *
 * Written by hand because JSON.stringify cannot emit a bigint as a number (JSON.rawJSON arrives after Node 20)
 * and has no hook for the other cases; the output is otherwise exactly JSON.stringify's.
 */

/** hyparquet parsers that keep dates and timestamps exact, as the strings above (its defaults make lossy Dates). */
export const LOSSLESS_PARQUET_PARSERS: Partial<ParquetParsers> = {
  dateFromDays: (days: number) => isoDate(Number(days)),
  timestampFromMilliseconds: (value: bigint) => isoTimestamp(BigInt(value), 3),
  timestampFromMicroseconds: (value: bigint) => isoTimestamp(BigInt(value), 6),
  timestampFromNanoseconds: (value: bigint) => isoTimestamp(BigInt(value), 9),
};

const DAY_MS = 86_400_000;

function isoDate(days: number): string {
  const date = new Date(days * DAY_MS);
  return Number.isNaN(date.getTime()) ? String(days) : date.toISOString().split('T')[0];
}

function isoTimestamp(value: bigint, digits: number): string | bigint {
  const unit = 10n ** BigInt(digits);
  let seconds = value / unit;
  let fraction = value % unit;
  if (fraction < 0n) {
    fraction += unit;
    seconds -= 1n;
  }
  const date = new Date(Number(seconds) * 1000);
  // Beyond what a JS Date can show (±275,760 years): keep the raw count rather than lose it.
  if (Number.isNaN(date.getTime())) return value;
  return `${date.toISOString().slice(0, -5)}.${fraction.toString().padStart(digits, '0')}Z`;
}

/** One value as JSON text, by the rules above. */
export function encodeJsonValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
      return Number.isNaN(value) ? '"NaN"' : value > 0 ? '"Infinity"' : '"-Infinity"';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof DecimalText) return value.text;
      if (value instanceof Uint8Array) return `{"$base64":"${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}"}`;
      if (Array.isArray(value) || ArrayBuffer.isView(value)) {
        const items = value as ArrayLike<unknown>;
        let out = '[';
        for (let i = 0; i < items.length; i++) out += (i > 0 ? ',' : '') + encodeJsonValue(items[i]);
        return `${out}]`;
      }
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : JSON.stringify(value.toISOString());
      if (value instanceof Map) return encodeJsonObject(Object.fromEntries(value));
      return encodeJsonObject(value as Record<string, unknown>);
    }
    default:
      return 'null';
  }
}

/** Column names repeat on every row: quote each once. */
const quotedKeys = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** An object (a row, a struct) with its keys in their own order. */
export function encodeJsonObject(row: Record<string, unknown>): string {
  const keys = Object.keys(row);
  let out = '{';
  for (let i = 0; i < keys.length; i++) out += (i > 0 ? ',' : '') + quotedKey(keys[i]) + encodeJsonValue(row[keys[i]]);
  return `${out}}`;
}

