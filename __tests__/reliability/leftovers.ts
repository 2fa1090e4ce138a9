import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/**
 * What a killed run may have left around `outputDir` that a re-run must clean up: temp files inside it
 * (`*.tmp`, from atomic writes and split writers) and staging or backup dirs beside it (`.<name>.<purpose>-…`).
 * The lock dir (`<name>.lock`) is not listed: a dead holder's lock is recovered by the next run that needs it.
 */
export async function leftoversAround(outputDir: string): Promise<string[]> {
  const inside = (await readdir(outputDir, { recursive: true }).catch(() => [] as string[])).map(String).filter((name) => name.endsWith('.tmp'));
  const beside = (await readdir(dirname(outputDir)).catch(() => [] as string[])).filter((name) => name.startsWith(`.${basename(outputDir)}.`));
  return [...inside, ...beside];
}

/**
 * Has process `pid` ended? A process that ended but was not yet reaped (a zombie: its parent died too and the
 * container's init may reap late) counts as ended: it runs no code and holds no files open.
 */
export async function processEnded(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Field 3, after the parenthesised command name (which may itself hold spaces or parentheses).
  return stat === '' || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

/**
 * Wait until every process in `pids` has ended, or `limitMs` passed; returns those still running. The limit is
 * not what is tested, only how long to keep looking: a supervisor stops a trainer within its grace period.
 */
export async function waitForProcessesToEnd(pids: number[], limitMs: number): Promise<number[]> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const running: number[] = [];
    for (const pid of pids) if (!(await processEnded(pid))) running.push(pid);
    if (running.length === 0 || Date.now() > deadline) return running;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
