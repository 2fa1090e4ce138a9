/**
 * The Actions cache emulator in a process of its own, as the real service is on another machine: its HTTP work
 * then runs beside the client's instead of taking turns with it on one event loop (which would charge the
 * client for the service's CPU). The program that calls startActionsCacheEmulatorProcess must call
 * serveIfEmulatorChild() first thing: the child is that same program, started again with a marker variable.
 */
import { fork } from 'node:child_process';
import { startActionsCacheEmulator } from './actions-cache-emulator.js';

const CHILD_MARKER = 'ME_ACTIONS_CACHE_EMULATOR_CHILD';

type Request = { id: number; op: 'clear' | 'cpu' };
type Ready = { ready: true; env: Record<string, string> };

export interface ActionsCacheEmulatorProcess {
  env: Record<string, string>;
  clear(): Promise<void>;
  /** CPU time (user + system, ms) the emulator process has used so far: what the service costs this machine. */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

/** In the child: serve until the parent goes away. Returns false (and does nothing) in any other process. */
export async function serveIfEmulatorChild(): Promise<boolean> {
  if (process.env[CHILD_MARKER] !== '1' || !process.send) return false;
  const emulator = await startActionsCacheEmulator({ memory: true });
  process.on('message', (message: Request) => {
    if (message.op === 'clear') void emulator.clear().then(() => process.send!({ id: message.id }));
    if (message.op === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ id: message.id, value: (user + system) / 1000 });
    }
  });
  process.on('disconnect', () => void emulator.close().then(() => process.exit(0)));
  process.send({ ready: true, env: emulator.env } satisfies Ready);
  return true;
}

export async function startActionsCacheEmulatorProcess(params: { program: string }): Promise<ActionsCacheEmulatorProcess> {
  // One GC thread: the stand-in for Azure should take as little of the runner's cores as it can (the real service
  // takes none). Node's server makes a Buffer of every 64 KiB received, and V8's parallel GC threads collecting
  // them took the other core from the client and tar/zstd: 1.7 CPU-s per 1 GiB save + restore, 0.9 s with this.
  const child = fork(params.program, [], {
    execArgv: [...process.execArgv, '--single-threaded-gc'],
    env: { ...process.env, [CHILD_MARKER]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`the cache emulator process exited with code ${code} before it was ready`)));
  });
  let nextId = 0;
  const ask = (op: Request['op']) =>
    new Promise<number | undefined>((resolve) => {
      const id = ++nextId;
      const onMessage = (message: { id?: number; value?: number }) => {
        if (message.id !== id) return;
        child.off('message', onMessage);
        resolve(message.value);
      };
      child.on('message', onMessage);
      child.send({ id, op } satisfies Request);
    });
  return {
    env: ready.env,
    clear: async () => void (await ask('clear')),
    cpuMs: async () => (await ask('cpu')) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
