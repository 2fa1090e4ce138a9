import { parquetSchema, type FileMetaData, type SchemaElement } from 'hyparquet';

/**
 * A DECIMAL value as its exact decimal text ("-1234.5600"): hyparquet turns DECIMAL into a float64, which keeps
 * only 15–17 significant digits, and parquet allows 38 (and more in byte arrays). The JSON Lines writer emits the
 * text as a JSON number, digit for digit.
 */
export class DecimalText {
  constructor(readonly text: string) {}
}

const isDecimal = (element: SchemaElement) => element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';

/**
 * The top-level DECIMAL columns of a file (name → scale), and a copy of its metadata in which they are plain
 * physical columns, so hyparquet hands over the unscaled integers (INT32, INT64 or big-endian two's complement
 * bytes) instead of a rounded float. DECIMALs nested in lists or structs are left to hyparquet (as floats).
 */
export function exactDecimalColumns(metadata: FileMetaData): { scales: Map<string, number>; metadata: FileMetaData } {
  const scales = new Map<string, number>();
  const plain = new Set<SchemaElement>();
  for (const child of parquetSchema(metadata).children) {
    const element = child.element;
    if (child.children.length > 0 || !isDecimal(element)) continue;
    const logical = element.logical_type?.type === 'DECIMAL' ? element.logical_type : undefined;
    scales.set(element.name, Number(logical?.scale ?? element.scale ?? 0));
    plain.add(element);
  }
  if (scales.size === 0) return { scales, metadata };
  const schema = metadata.schema.map((element) => (plain.has(element) ? { ...element, converted_type: undefined, logical_type: undefined } : element));
  return { scales, metadata: { ...metadata, schema } };
}

/** An unscaled DECIMAL as hyparquet reads the physical column, with its scale, as exact text (null stays null). */
export function decimalText(raw: unknown, scale: number): DecimalText | null | undefined {
  if (raw === null || raw === undefined) return raw;
  const unscaled = raw instanceof Uint8Array ? fromTwosComplement(raw) : BigInt(raw as number | bigint);
  const negative = unscaled < 0n;
  let digits = (negative ? -unscaled : unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  } else if (scale < 0 && unscaled !== 0n) {
    digits += '0'.repeat(-scale);
  }
  return new DecimalText(negative ? `-${digits}` : digits);
}

function fromTwosComplement(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  if (bytes.length > 0 && bytes[0] & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value;
}
