import { readFile } from 'node:fs/promises';
import CRC32C from 'crc-32/crc32c';
import protobuf from 'protobufjs';

/**
 * An event-file reader for tests, independent of our writer: TFRecord framing checked CRC by CRC, and the
 * tensorflow.Event protobuf decoded by protobufjs from the schema in tensorflow/core/util/event.proto.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    tensorflow: {
      nested: {
        Event: {
          fields: { wall_time: { type: 'double', id: 1 }, step: { type: 'int64', id: 2 }, file_version: { type: 'string', id: 3 }, summary: { type: 'Summary', id: 5 } },
        },
        Summary: { fields: { value: { rule: 'repeated', type: 'Value', id: 1 } }, nested: { Value: { fields: { tag: { type: 'string', id: 1 }, simple_value: { type: 'float', id: 2 } } } } },
      },
    },
  },
});
const EventType = root.lookupType('tensorflow.Event');

export interface DecodedEvent {
  wallTime: number;
  step: number;
  fileVersion?: string;
  scalars: Record<string, number>;
}

/** TensorFlow's masked CRC32C: rotate right by 15, add 0xa282ead8 (tensorflow/core/lib/hash/crc32c.h). */
export function tfMaskedCrc(data: Uint8Array): number {
  const crc = CRC32C.buf(data) >>> 0;
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** Every record of an event file; throws naming the record whose length or data CRC does not verify. */
export function decodeEventRecords(bytes: Buffer): DecodedEvent[] {
  const events: DecodedEvent[] = [];
  let offset = 0;
  let index = 0;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error(`record ${index}: truncated header`);
    const lengthBytes = bytes.subarray(offset, offset + 8);
    const length = Number(lengthBytes.readBigUInt64LE(0));
    if (bytes.readUInt32LE(offset + 8) !== tfMaskedCrc(lengthBytes)) throw new Error(`record ${index}: length CRC mismatch`);
    const data = bytes.subarray(offset + 12, offset + 12 + length);
    if (data.length !== length || offset + 16 + length > bytes.length) throw new Error(`record ${index}: truncated data`);
    if (bytes.readUInt32LE(offset + 12 + length) !== tfMaskedCrc(data)) throw new Error(`record ${index}: data CRC mismatch`);
    const event = EventType.toObject(EventType.decode(data), { longs: Number }) as {
      wall_time: number;
      step?: number;
      file_version?: string;
      summary?: { value?: { tag: string; simple_value: number }[] };
    };
    events.push({
      wallTime: event.wall_time,
      step: event.step ?? 0,
      fileVersion: event.file_version,
      scalars: Object.fromEntries((event.summary?.value ?? []).map((value) => [value.tag, value.simple_value])),
    });
    offset += 16 + length;
    index++;
  }
  return events;
}

export async function readEventFile(path: string): Promise<DecodedEvent[]> {
  return decodeEventRecords(await readFile(path));
}
