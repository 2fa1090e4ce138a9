import { Worker } from 'node:worker_threads';
import type { FileContentHash, HashAlgorithm } from './content-hash.js';

/**
 * Hashing on a worker thread, so that the sha256 of a large download (~0.5 s per GiB here) runs beside receiving
 * and writing it rather than in series with them on the main thread.
 *
 * The worker reads back what was written, from the file (the page cache) through the writer's own descriptor:
 * the main thread neither copies the bytes nor hands them over, and what is verified is what the file holds.
 *
 * One worker, started on first use, serves every hash of the process (each is a job with its own hash state).
 * It holds the event loop open only while an answer is awaited: an idle worker never keeps the process alive,
 * and a caller awaiting a digest is never left hanging by an exiting process. Its code is a string evaluated as
 * CommonJS, so it needs no file of its own next to the bundle.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readSync } = require('node:fs');
const jobs = new Map();
let buffer;
parentPort.on('message', (message) => {
  const { job, type } = message;
  const state = jobs.get(job);
  if (type === 'start') {
    const hash = createHash(message.algorithm);
    if (message.prefix) hash.update(message.prefix);
    jobs.set(job, { hash, fd: message.fd, error: undefined });
  } else if (type === 'range') {
    if (!state || state.error !== undefined) return;
    try {
      buffer ??= Buffer.allocUnsafe(1024 * 1024);
      for (let position = message.start; position < message.end; ) {
        const read = readSync(state.fd, buffer, 0, Math.min(buffer.length, message.end - position), position);
        if (read === 0) throw new Error('the file ends at byte ' + position + ', before ' + message.end);
        state.hash.update(buffer.subarray(0, read));
        position += read;
      }
    } catch (error) {
      state.error = String((error && error.message) || error);
    }
  } else if (type === 'digest') {
    jobs.delete(job);
    if (!state) parentPort.postMessage({ job, error: 'unknown hash job' });
    else if (state.error !== undefined) parentPort.postMessage({ job, error: state.error });
    else parentPort.postMessage({ job, hex: state.hash.digest('hex') });
  } else if (type === 'drop') {
    jobs.delete(job);
    parentPort.postMessage({ job });
  }
});
`;

type Answer = { job: number; hex?: string; error?: string };
type Waiter = { resolve: (hex: string | undefined) => void; reject: (error: Error) => void };

/** The one worker and the answers awaited from it, per job in the order asked (the worker answers in order). */
class HashWorkerHost {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiter[]>();
  private outstanding = 0;
  private nextJob = 1;
  private dead: Error | undefined;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.unref();
    this.worker.on('message', (answer: Answer) => this.answer(answer));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the hashing worker exited with code ${code}`)));
  }

  start(params: { algorithm: HashAlgorithm; prefix?: string; fd: number }): number {
    if (this.dead) throw this.dead;
    const job = this.nextJob++;
    this.waiting.set(job, []);
    this.worker.postMessage({ job, type: 'start', ...params });
    return job;
  }

  /** A message that is not answered: a failure is kept by the job and reported by its digest. */
  tell(job: number, message: { type: string; [key: string]: unknown }): void {
    if (!this.dead) this.worker.postMessage({ job, ...message });
  }

  ask(job: number, message: { type: string; [key: string]: unknown }): Promise<string | undefined> {
    if (this.dead) return Promise.reject(this.dead);
    const queue = this.waiting.get(job);
    if (!queue) return Promise.reject(new Error(`hash job ${job} is over`));
    return new Promise((resolve, reject) => {
      queue.push({ resolve, reject });
      if (this.outstanding++ === 0) this.worker.ref();
      this.worker.postMessage({ job, ...message });
    });
  }

  forget(job: number): void {
    this.waiting.delete(job);
  }

  private answer(answer: Answer): void {
    if (--this.outstanding === 0) this.worker.unref();
    const waiter = this.waiting.get(answer.job)?.shift();
    if (!waiter) return;
    if (answer.error !== undefined) waiter.reject(new Error(`hashing failed: ${answer.error}`));
    else waiter.resolve(answer.hex);
  }

  /** A dead worker fails every pending answer; the next job starts a new worker. */
  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    if (host === this) host = undefined;
    this.outstanding = 0;
    for (const queue of this.waiting.values()) for (const waiter of queue.splice(0)) waiter.reject(error);
    void this.worker.terminate().catch(() => undefined);
  }
}

let host: HashWorkerHost | undefined;

/**
 * The hash of what is written to the file open as `fd`, computed on the shared hashing worker (started now if it is
 * not running): each range is read back and hashed once written() says it is in the file. The worker reads `fd`
 * until digest() or dispose() resolved: close it only after.
 */
export function workerFileContentHash(params: { algorithm: HashAlgorithm; prefix?: string; fd: number }): FileContentHash {
  host ??= new HashWorkerHost();
  const owner = host;
  const job = owner.start(params);
  let hashedUpTo = 0;
  let over = false;
  const end = async (type: 'digest' | 'drop') => {
    over = true;
    try {
      return await owner.ask(job, { type });
    } finally {
      owner.forget(job);
    }
  };
  return {
    receive: () => undefined,
    written: (upTo) => {
      if (over || upTo <= hashedUpTo) return;
      owner.tell(job, { type: 'range', start: hashedUpTo, end: upTo });
      hashedUpTo = upTo;
    },
    digest: async () => (await end('digest'))!,
    dispose: async () => {
      if (over) return;
      // A dead worker reads nothing any more: nothing to wait for.
      await end('drop').catch(() => undefined);
    },
  };
}

