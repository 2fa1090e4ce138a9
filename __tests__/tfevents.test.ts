import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import CRC32C from 'crc-32/crc32c';
import { maskedCrc32c, openEventsFile } from '../src/trainers/builtin/tfevents-writer.js';
import { decodeEventRecords, readEventFile, tfMaskedCrc } from './helpers/read-tfevents.js';
import { makeTempDir } from './helpers/temp-dir.js';

let temp: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await makeTempDir('me-tfevents-');
});
afterEach(async () => temp.cleanup());

describe('tfevents writer', () => {
  test('the checksum is CRC32C (the iSCSI check value) masked as TensorFlow masks it', () => {
    // 0xE3069283 is CRC32C's published check value for "123456789".
    expect(CRC32C.buf(Buffer.from('123456789')) >>> 0).toBe(0xe3069283);
    const rotated = ((0xe3069283 >>> 15) | (0xe3069283 << 17)) >>> 0;
    expect(maskedCrc32c(Buffer.from('123456789'))).toBe((rotated + 0xa282ead8) >>> 0);
    expect(maskedCrc32c(Buffer.from('123456789'))).toBe(tfMaskedCrc(Buffer.from('123456789')));
  });

  test('a file reads back record by record with every CRC verified: version first, then each scalar at its step', async () => {
    let clock = 1_700_000_000_000;
    const events = await openEventsFile({ logDir: join(temp.path, 'logs'), now: () => (clock += 250) });
    await events.addScalars(10, { 'train/loss': 0.6931, 'train/learning_rate': 5e-5 });
    await events.addScalars(20, { 'eval/loss': 0.25, 'eval/accuracy': 0.96 });
    await events.addScalars(2 ** 33, { 'train/loss': 0.1 });
    await events.close();

    const names = await readdir(join(temp.path, 'logs'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^events\.out\.tfevents\.1700000000\.[^.]+(\.[^.]+)*\.\d+\.0$/);
    const decoded = await readEventFile(events.path);
    expect(decoded).toHaveLength(4);
    expect(decoded[0].fileVersion).toBe('brain.Event:2');
    expect(decoded[0].wallTime).toBeCloseTo(1_700_000_000.5, 3);
    expect(decoded.slice(1).map((event) => event.step)).toEqual([10, 20, 2 ** 33]);
    expect(decoded[1].scalars['train/loss']).toBeCloseTo(0.6931, 6);
    expect(decoded[1].scalars['train/learning_rate']).toBeCloseTo(5e-5, 10);
    expect(decoded[2].scalars).toEqual({ 'eval/loss': 0.25, 'eval/accuracy': expect.closeTo(0.96, 6) });
    expect(decoded[3].wallTime).toBeGreaterThan(decoded[2].wallTime);
  });

  test('a flipped byte anywhere in a record is caught by its CRC', async () => {
    const events = await openEventsFile({ logDir: temp.path });
    await events.addScalars(1, { 'train/loss': 1.5 });
    await events.close();
    const bytes = await readFile(events.path);
    expect(() => decodeEventRecords(bytes)).not.toThrow();
    const firstLength = Number(bytes.readBigUInt64LE(0));
    const secondRecord = 16 + firstLength;
    const inLength = Buffer.from(bytes);
    inLength[secondRecord] ^= 0x01;
    expect(() => decodeEventRecords(inLength)).toThrow(/record 1: length CRC mismatch/);
    const inData = Buffer.from(bytes);
    inData[secondRecord + 14] ^= 0x40;
    expect(() => decodeEventRecords(inData)).toThrow(/record 1: data CRC mismatch/);
  });
});
