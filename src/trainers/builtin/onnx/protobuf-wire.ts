/**
 * The few pieces of the protobuf wire format that ONNX graph surgery and tfevents need. Written here rather than
 * taken from protobufjs because we splice a model at the field level: an encoder's initializers (often hundreds of
 * MB) are copied as raw byte ranges and never decoded, which a message-level library cannot do.
 */

export const WireType = { Varint: 0, Fixed64: 1, LengthDelimited: 2, Fixed32: 5 } as const;

/** One top-level field of a message, with the bytes of the whole field (tag included) for copying it verbatim. */
export interface RawField {
  field: number;
  wireType: number;
  /** Varint value (as bigint: int64 fields) for wire type 0. */
  varint?: bigint;
  /** Payload for length-delimited fields (a view into the original buffer). */
  bytes?: Uint8Array;
  /** The whole field, tag included. */
  raw: Uint8Array;
}

function readVarint(buffer: Uint8Array, start: number): { value: bigint; next: number } {
  let value = 0n;
  let shift = 0n;
  let offset = start;
  for (;;) {
    if (offset >= buffer.length) throw new Error('truncated protobuf varint');
    const byte = buffer[offset++];
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value, next: offset };
    shift += 7n;
    if (shift > 70n) throw new Error('protobuf varint is too long');
  }
}

/** Split a message into its top-level fields, in order. Payloads are views, not copies. */
export function readFields(buffer: Uint8Array): RawField[] {
  const fields: RawField[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const start = offset;
    const tag = readVarint(buffer, offset);
    offset = tag.next;
    const field = Number(tag.value >> 3n);
    const wireType = Number(tag.value & 7n);
    const entry: Partial<RawField> = { field, wireType };
    if (wireType === WireType.Varint) {
      const value = readVarint(buffer, offset);
      entry.varint = value.value;
      offset = value.next;
    } else if (wireType === WireType.Fixed64) {
      offset += 8;
    } else if (wireType === WireType.Fixed32) {
      offset += 4;
    } else if (wireType === WireType.LengthDelimited) {
      const length = readVarint(buffer, offset);
      const end = length.next + Number(length.value);
      if (end > buffer.length) throw new Error('truncated protobuf field');
      entry.bytes = buffer.subarray(length.next, end);
      offset = end;
    } else {
      throw new Error(`unsupported protobuf wire type ${wireType}`);
    }
    if (offset > buffer.length) throw new Error('truncated protobuf field');
    entry.raw = buffer.subarray(start, offset);
    fields.push(entry as RawField);
  }
  return fields;
}

export function stringOf(field: RawField | undefined): string | undefined {
  return field?.bytes ? new TextDecoder().decode(field.bytes) : undefined;
}

function varintBytes(value: bigint | number): Uint8Array {
  // Negative int64 values are encoded as their two's complement in ten bytes, as protobuf does.
  let remaining = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let byte = Number(remaining & 0x7fn);
    remaining >>= 7n;
    if (remaining !== 0n) byte |= 0x80;
    out.push(byte);
  } while (remaining !== 0n);
  return Uint8Array.from(out);
}

/** Builds one message from fields in the order they are added. */
export class MessageWriter {
  private readonly parts: Uint8Array[] = [];

  private tag(field: number, wireType: number): void {
    this.parts.push(varintBytes((field << 3) | wireType));
  }

  varint(field: number, value: bigint | number | boolean): this {
    this.tag(field, WireType.Varint);
    this.parts.push(varintBytes(typeof value === 'boolean' ? (value ? 1 : 0) : value));
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WireType.LengthDelimited);
    this.parts.push(varintBytes(value.length), value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, value: MessageWriter | Uint8Array): this {
    return this.bytes(field, value instanceof MessageWriter ? value.finish() : value);
  }

  double(field: number, value: number): this {
    this.tag(field, WireType.Fixed64);
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, true);
    this.parts.push(bytes);
    return this;
  }

  float(field: number, value: number): this {
    this.tag(field, WireType.Fixed32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.parts.push(bytes);
    return this;
  }

  /** Copy an already encoded field (tag included) verbatim. */
  raw(bytes: Uint8Array): this {
    this.parts.push(bytes);
    return this;
  }

  finish(): Uint8Array {
    return Buffer.concat(this.parts);
  }
}
