/**
 * TensorBoard event files, written by hand: no npm package writes tfevents without fetching from outside the
 * registry at install. A file is a sequence of TFRecords (u64 length, masked CRC32C of the length, the bytes,
 * masked CRC32C of the bytes), each holding one tensorflow.Event protobuf; the first one names the file version.
 */
import { open, mkdir, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import CRC32C from 'crc-32/crc32c';
import { MessageWriter } from './onnx/protobuf-wire.js';

/** TFRecord's checksum: CRC32C rotated and offset, so a CRC of data that holds CRCs is not trivially related. */
export function maskedCrc32c(data: Uint8Array): number {
  const crc = CRC32C.buf(data) >>> 0;
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

export function tfRecord(data: Uint8Array): Buffer {
  const header = Buffer.alloc(12);
  header.writeBigUInt64LE(BigInt(data.length), 0);
  header.writeUInt32LE(maskedCrc32c(header.subarray(0, 8)), 8);
  const footer = Buffer.alloc(4);
  footer.writeUInt32LE(maskedCrc32c(data), 0);
  return Buffer.concat([header, data, footer]);
}

/** tensorflow.Event: wall_time = 1 (double), step = 2 (int64), file_version = 3, summary = 5 (Summary). */
export function eventMessage(params: { wallTime: number; step?: number; fileVersion?: string; scalars?: Record<string, number> }): Uint8Array {
  const event = new MessageWriter().double(1, params.wallTime);
  if (params.step !== undefined) event.varint(2, params.step);
  if (params.fileVersion !== undefined) event.string(3, params.fileVersion);
  if (params.scalars) {
    // Summary.value = 1; Summary.Value: tag = 1, simple_value = 2 (float).
    const summary = new MessageWriter();
    for (const [tag, value] of Object.entries(params.scalars)) summary.message(1, new MessageWriter().string(1, tag).float(2, value));
    event.message(5, summary);
  }
  return event.finish();
}

export interface EventsFile {
  path: string;
  /** One event at `step` holding each scalar (tags like "train/loss"). */
  addScalars(step: number, scalars: Record<string, number>): Promise<void>;
  close(): Promise<void>;
}

/** Create `<logDir>/events.out.tfevents.<seconds>.<host>.<pid>.0` (PyTorch's SummaryWriter naming) and write its version record. */
export async function openEventsFile(params: { logDir: string; now?: () => number }): Promise<EventsFile> {
  const now = params.now ?? Date.now;
  await mkdir(params.logDir, { recursive: true });
  const path = join(params.logDir, `events.out.tfevents.${Math.floor(now() / 1000)}.${hostname()}.${process.pid}.0`);
  const handle: FileHandle = await open(path, 'w');
  await handle.write(tfRecord(eventMessage({ wallTime: now() / 1000, fileVersion: 'brain.Event:2' })));
  return {
    path,
    addScalars: async (step, scalars) => {
      await handle.write(tfRecord(eventMessage({ wallTime: now() / 1000, step, scalars })));
    },
    close: async () => {
      await handle.sync();
      await handle.close();
    },
  };
}
