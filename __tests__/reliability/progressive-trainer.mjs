// A --run trainer for the crash and concurrency tests that takes its time and writes its files progressively, as a
// real one does: config.json first, then the weights chunk by chunk, a worker child process writing the event log
// meanwhile, the tokenizer last. Its bytes depend only on the parameters and the training data, so every
// successful run of one configuration writes the same files. Test-only knobs (environment variables, so they never
// enter the train key):
//   PROGRESSIVE_TRAINER_STEP_MS     pause between writes (default 0: as fast as it can)
//   PROGRESSIVE_TRAINER_PID_FILE    append the pids of this trainer, its parent (the shell) and its worker
//   PROGRESSIVE_TRAINER_COUNT_FILE  append one line per invocation
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
const out = env.ME_OUTPUT_DIR;
const stepMs = Number(env.PROGRESSIVE_TRAINER_STEP_MS ?? 0);
const pause = () => new Promise((resolve) => setTimeout(resolve, stepMs));
const recordPid = (pid) => env.PROGRESSIVE_TRAINER_PID_FILE && appendFileSync(env.PROGRESSIVE_TRAINER_PID_FILE, `${pid}\n`);

recordPid(process.pid);
recordPid(process.ppid);
if (env.PROGRESSIVE_TRAINER_COUNT_FILE) appendFileSync(env.PROGRESSIVE_TRAINER_COUNT_FILE, `${process.pid} epochs=${env.ME_EPOCHS}\n`);

const seed = createHash('sha256')
  .update(readFileSync(env.ME_TRAIN_DATA))
  .update(`${env.ME_MODEL_NAME} ${env.ME_EPOCHS} ${env.ME_LEARNING_RATE} ${env.ME_SEED}`)
  .digest();
const bytes = (length, salt) => {
  const chunks = [];
  for (let block = 0; chunks.length * 32 < length; block++) chunks.push(createHash('sha256').update(seed).update(`${salt}:${block}`).digest());
  return Buffer.concat(chunks).subarray(0, length);
};

mkdirSync(join(out, 'logs'), { recursive: true });
writeFileSync(join(out, 'config.json'), JSON.stringify({ model_type: 'bert', architectures: ['BertForSequenceClassification'], epochs: Number(env.ME_EPOCHS) }, null, 2));

// The worker: a child process of the trainer (same process group) writing the event log while the weights are written.
const worker = spawn(
  process.execPath,
  [
    '-e',
    `const { appendFileSync } = require('node:fs');
     const [path, stepMs, lines] = process.argv.slice(1);
     let n = 0;
     const tick = () => { appendFileSync(path, 'event ' + n + '\\n'); if (++n < Number(lines)) setTimeout(tick, Number(stepMs)); };
     tick();`,
    join(out, 'logs', 'events.out.tfevents.0'),
    String(stepMs),
    '6',
  ],
  { stdio: 'ignore' },
);
recordPid(worker.pid);
const workerDone = new Promise((resolve, reject) => worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)))));

const weights = bytes(192 * 1024, 'weights');
const chunks = 8;
for (let chunk = 0; chunk < chunks; chunk++) {
  await pause();
  appendFileSync(join(out, 'model.safetensors'), weights.subarray((chunk * weights.length) / chunks, ((chunk + 1) * weights.length) / chunks));
  console.log(`epoch ${Math.ceil(((chunk + 1) / chunks) * Number(env.ME_EPOCHS))}: step ${chunk + 1}/${chunks}`);
}
await workerDone;
await pause();
writeFileSync(join(out, 'tokenizer.json'), JSON.stringify({ version: '1.0', model: { type: 'WordPiece', vocab: { '[UNK]': 0, good: 1 } } }));
writeFileSync(join(out, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'BertTokenizer' }));
writeFileSync(join(out, 'vocab.txt'), '[UNK]\ngood\n');
writeFileSync(env.ME_METRICS_FILE, JSON.stringify({ train_loss: seed[0] / 255, eval_accuracy: seed[1] / 255 }));
