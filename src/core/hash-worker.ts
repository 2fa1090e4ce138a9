import { Worker } from 'node:worker_threads';
import type { ContentHash, HashAlgorithm } from './content-hash.js';

/**
 * Hashing on a worker thread, so that the sha256 of a large download (~0.5 s per GiB here) runs beside receiving
 * and writing it rather than in series with them on the main thread.
 *
 * One worker, started on first use, serves every hash of the process (each is a job with its own hash state).
 * It holds the event loop open only while an answer is awaited: an idle worker never keeps the process alive,
 * and a caller awaiting a digest is never left hanging by an exiting process. Bytes travel in SharedArrayBuffers,
 * read in place by the worker (no copy, no transfer): a range must not be reused before its update() resolved.
 *
 * The worker's code is a string evaluated as CommonJS, so it needs no file of its own next to the bundle.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const jobs = new Map();
parentPort.on('message', (message) => {
  const { job, type } = message;
  if (type === 'start') {
    const hash = createHash(message.algorithm);
    if (message.prefix) hash.update(message.prefix);
    jobs.set(job, hash);
    return;
  }
  if (type === 'drop') {
    jobs.delete(job);
    return;
  }
  try {
    const hash = jobs.get(job);
    if (!hash) throw new Error('unknown hash job ' + job);
    if (type === 'update') {
      hash.update(new Uint8Array(message.buffer, message.offset, message.length));
      parentPort.postMessage({ job });
    } else if (type === 'digest') {
      jobs.delete(job);
      parentPort.postMessage({ job, hex: hash.digest('hex') });
    }
  } catch (error) {
    parentPort.postMessage({ job, error: String((error && error.message) || error) });
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

  start(algorithm: HashAlgorithm, prefix: string | undefined): number {
    if (this.dead) throw this.dead;
    const job = this.nextJob++;
    this.waiting.set(job, []);
    this.worker.postMessage({ job, type: 'start', algorithm, prefix });
    return job;
  }

  ask(job: number, message: Record<string, unknown>): Promise<string | undefined> {
    if (this.dead) return Promise.reject(this.dead);
    const queue = this.waiting.get(job);
    if (!queue) return Promise.reject(new Error(`hash job ${job} is over`));
    return new Promise((resolve, reject) => {
      queue.push({ resolve, reject });
      if (this.outstanding++ === 0) this.worker.ref();
      this.worker.postMessage({ job, ...message });
    });
  }

  drop(job: number): void {
    // Answers still owed for this job arrive and are counted; nobody is waiting for them any more.
    if (!this.waiting.delete(job) || this.dead) return;
    this.worker.postMessage({ job, type: 'drop' });
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

/** A ContentHash computed on the shared hashing worker (started now if it is not running). */
export function workerContentHash(params: { algorithm: HashAlgorithm; prefix?: string }): ContentHash {
  host ??= new HashWorkerHost();
  const owner = host;
  const job = owner.start(params.algorithm, params.prefix);
  let over = false;
  return {
    allocate: (bytes) => new Uint8Array(new SharedArrayBuffer(bytes)),
    update: async (bytes) => {
      if (!(bytes.buffer instanceof SharedArrayBuffer)) throw new TypeError('the hashing worker reads SharedArrayBuffer memory only: use allocate()');
      await owner.ask(job, { type: 'update', buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength });
    },
    digest: async () => {
      over = true;
      try {
        return (await owner.ask(job, { type: 'digest' }))!;
      } finally {
        owner.drop(job);
      }
    },
    dispose: () => {
      if (over) return;
      over = true;
      owner.drop(job);
    },
  };
}
