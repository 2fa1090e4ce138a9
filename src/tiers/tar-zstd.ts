import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { outputBlocks, type Block } from './output-blocks.js';

/**
 * The archive format of @actions/cache on Linux with zstd present ("zstd-without-long"): a POSIX tar of the paths
 * relative to the saved dir ("./config.json", …), compressed by multi-threaded zstd. Here tar and zstd are joined
 * by a pipe between the two processes (no byte passes through node), and the compressed stream is handed to the
 * caller instead of being written to a file, so it can be uploaded while it is being made.
 */

/** What a process said on stderr, kept short: the last lines are the ones that name the problem. */
function collectStderr(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    text = (text + chunk).slice(-4096);
  });
  return () =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/Child returned status|Error is not recoverable|Exiting with failure status/.test(line))
      .slice(-3)
      .join('; ');
}

/** Resolves when the process ended well; rejects with its own words when it did not (or could not start). */
function exited(params: { child: ChildProcess; name: string; stderr: () => string }): Promise<void> {
  const { child, name, stderr } = params;
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'ENOENT' ? `${name} is not installed (install it, e.g. apt-get install -y ${name})` : `${name}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      const said = stderr();
      // tar names itself ("tar: …"); zstd does not ("/*stdin*\ : Decoding error (36) : …"): say who complained.
      reject(new Error(!said ? `${name} exited with ${signal ?? `code ${code}`}` : said.startsWith(`${name}:`) ? said : `${name}: ${said}`));
    });
  });
}

/**
 * tar moves 1 MiB records through its pipe instead of its default 10 KiB: a hundredth of the reads and writes,
 * about 0.2 CPU-s less per GiB on each side (measured here with incompressible data). The archive is only padded to
 * a 1 MiB multiple, which zstd compresses away, and GNU tar reads either record size from a pipe, so archives
 * @actions/cache writes restore here and ours restore there.
 */
const RECORD_SIZE = ['-b', '2048'];

/**
 * tar writes the archive of `dir` to stdout; zstd compresses it into `blocks` of `blockBytes` (see outputBlocks:
 * read without a Buffer per 64 KiB, at most `maxBlocks` held; zstd waits while the consumer holds them all).
 */
export async function createArchiveBlocks(params: { dir: string; blockBytes: number; maxBlocks: number }): Promise<{ blocks: AsyncIterable<Block>; done: Promise<void>; kill: () => void }> {
  const output = await outputBlocks({ blockBytes: params.blockBytes, maxBlocks: params.maxBlocks });
  const tar = spawn('tar', ['--posix', ...RECORD_SIZE, '-cf', '-', '-C', params.dir, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const zstd = spawn('zstd', ['-T0', '-c', '-q'], { stdio: [tar.stdout!, output.childEnd, 'pipe'] });
  const done = Promise.all([
    exited({ child: tar, name: 'tar', stderr: collectStderr(tar) }),
    exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) }),
  ]).then(() => undefined);
  // The caller may stop listening (it gave up on the archive and killed both): a late failure is no crash.
  done.catch(() => undefined);
  // Node holds the read end of tar's stdout, and our end of zstd's output socket, only to hand them to the
  // children: let go, so tar sees EPIPE if zstd dies and our reader sees the end when zstd exits.
  tar.stdout!.destroy();
  output.childEnd.destroy();
  return {
    blocks: output.blocks,
    done,
    kill: () => {
      tar.kill('SIGKILL');
      zstd.kill('SIGKILL');
      output.destroy();
    },
  };
}

/**
 * zstd decompresses what is written to `input`; tar unpacks it into `dir` (which must exist). Paths stay inside
 * `dir` (no -P: tar refuses absolute names and `..`), and files are owned by whoever restores them.
 */
export function extractArchiveStream(params: { dir: string }): { input: Writable; done: Promise<void>; kill: () => void } {
  const zstd = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const tar = spawn('tar', [...RECORD_SIZE, '-xf', '-', '-C', params.dir, '--no-same-owner'], { stdio: [zstd.stdout!, 'ignore', 'pipe'] });
  zstd.stdout!.destroy();
  const zstdDone = exited({ child: zstd, name: 'zstd', stderr: collectStderr(zstd) });
  const tarDone = exited({ child: tar, name: 'tar', stderr: collectStderr(tar) });
  // Awaited below, possibly only after it settled: mark it handled now.
  tarDone.catch(() => undefined);
  // zstd's complaint ("Data corruption detected") is the cause; tar's ("Unexpected EOF") only follows from it.
  const done = zstdDone.then(
    () => tarDone,
    async (error: Error) => {
      await tarDone.catch(() => undefined);
      throw error;
    },
  );
  done.catch(() => undefined);
  // A write into a pipe whose reader died is reported through `done`, not as an unhandled stream error.
  zstd.stdin!.on('error', () => undefined);
  return {
    input: zstd.stdin!,
    done,
    kill: () => {
      zstd.kill('SIGKILL');
      tar.kill('SIGKILL');
    },
  };
}

let zstdCheck: Promise<boolean> | undefined;

/** Is zstd on PATH? Asked once per process (it decides the archive format, and so the entries' version). */
export function zstdAvailable(): Promise<boolean> {
  zstdCheck ??= new Promise((resolve) => {
    const child = spawn('zstd', ['--version'], { stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
  return zstdCheck;
}
