import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { outputBlocks } from '../src/tiers/output-blocks.js';

/** A child that writes `bytes` deterministic bytes to stdout (sha256 chain), as fast as it can. */
const WRITER = `
const { createHash } = require('node:crypto');
let left = Number(process.argv[1]); let seed = Buffer.from('seed');
const chunks = []; while (left > 0) { seed = createHash('sha256').update(seed).digest(); const c = seed.subarray(0, Math.min(32, left)); chunks.push(c); left -= c.length; }
process.stdout.write(Buffer.concat(chunks));
`;

function expected(bytes: number): Buffer {
  const chunks: Buffer[] = [];
  let seed = Buffer.from('seed');
  for (let left = bytes; left > 0; ) {
    seed = createHash('sha256').update(seed).digest();
    const chunk = seed.subarray(0, Math.min(32, left));
    chunks.push(chunk);
    left -= chunk.length;
  }
  return Buffer.concat(chunks);
}

test('a child output arrives whole and in order through a few reused blocks, the child waiting while all are held', async () => {
  const bytes = 3 * 1024 * 1024 + 123;
  const blockBytes = 65536 + 7;
  const output = await outputBlocks({ blockBytes, maxBlocks: 3 });
  const child = spawn(process.execPath, ['-e', WRITER, String(bytes)], { stdio: ['ignore', output.childEnd, 'inherit'] });
  output.childEnd.destroy();
  const exited = new Promise((resolve) => child.once('close', resolve));

  const received: Buffer[] = [];
  const buffers = new Set<ArrayBufferLike>();
  const held: (() => void)[] = [];
  const sizes: number[] = [];
  for await (const block of output.blocks) {
    buffers.add(block.bytes.buffer);
    received.push(Buffer.from(block.bytes));
    sizes.push(block.bytes.length);
    // A slow consumer: hold two blocks at a time, so the reader runs out of buffers and must pause.
    held.push(block.release);
    if (held.length >= 2) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      held.shift()!();
    }
  }
  held.forEach((release) => release());
  expect(await exited).toBe(0);
  expect(Buffer.concat(received).equals(expected(bytes))).toBe(true);
  // Every block is full but the last, and no more than three buffers ever existed.
  expect(sizes.slice(0, -1).every((size) => size === blockBytes)).toBe(true);
  expect(sizes.at(-1)).toBe(bytes % blockBytes);
  expect(buffers.size).toBeLessThanOrEqual(3);
});

test('a child that writes nothing gives no blocks', async () => {
  const output = await outputBlocks({ blockBytes: 1024, maxBlocks: 2 });
  const child = spawn(process.execPath, ['-e', ''], { stdio: ['ignore', output.childEnd, 'inherit'] });
  output.childEnd.destroy();
  const blocks = [];
  for await (const block of output.blocks) blocks.push(block);
  expect(blocks).toEqual([]);
  expect(await new Promise((resolve) => child.once('close', resolve))).toBe(0);
});
