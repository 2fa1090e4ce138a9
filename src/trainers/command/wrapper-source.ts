/**
 * The supervisor that sits between us and a `--run` trainer, run as `node -e WRAPPER_SOURCE <command> <graceMs>`
 * in a session of its own. Plain JavaScript in a string so it needs no file next to the bundle.
 *
 * Why it exists: a trainer must never outlive the CLI/Action that started it, even when that process is killed
 * with SIGKILL (which it cannot handle). Linux offers no portable parent-death signal for a shell pipeline, but a
 * pipe does the job: the wrapper's stdin is a pipe whose only writer is the parent, so the parent's death (any
 * signal, OOM, crash) is an EOF here. On EOF, on "stop" from the parent, or on SIGINT/SIGTERM/SIGHUP, the wrapper
 * sends SIGTERM to the trainer's whole process group and SIGKILL after the grace period.
 *
 * The trainer runs through /bin/sh in its own process group, so one kill reaches the shell, the interpreter and
 * any workers it forked. When the shell exits, whatever it left in its group is killed too (when stopping, once
 * the grace period is over), so nothing keeps writing into the staging dir after we move it into place. The
 * wrapper then exits with the shell's exit code, or dies by the same signal, so the parent sees what happened.
 *
 * The wrapper itself starts without the user's NODE_OPTIONS (a --require hook or --inspect meant for a Node trainer
 * must not run in it); it hands them back to the trainer from MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS.
 *
 * On Windows there are no process groups and no SIGTERM: the command runs through `sh` from PATH (Git for
 * Windows', which GitHub's Windows runners have, so `$ME_OUTPUT_DIR` means the same), and stopping ends the shell's
 * whole process tree at once with `taskkill /T /F` (no grace period: a Windows console process cannot be asked to
 * stop). What the trainer leaves running after its shell exited on its own is out of reach there (taskkill finds a
 * tree through a parent that is still alive).
 */
export const WRAPPER_SOURCE = String.raw`'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { constants } = require('node:os');
const command = process.argv[1];
const graceMs = Number(process.argv[2]) || 5000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const env = { ...process.env };
if ('MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS' in env) env.NODE_OPTIONS = env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
delete env.MODEL_EXPERIMENTS_TRAINER_NODE_OPTIONS;
const windows = process.platform === 'win32';
const shell = windows ? 'sh' : '/bin/sh';
const child = spawn(shell, ['-c', command], { stdio: ['ignore', 'inherit', 'inherit'], detached: !windows, windowsHide: true, env });
const killTree = () => {
  try { spawnSync('taskkill', ['/PID', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }); } catch {}
};
const signalGroup = (name) => {
  if (windows) return;
  try { process.kill(-child.pid, name); } catch {}
};
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (windows) return killTree();
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), graceMs).unref();
};
process.stdin.on('data', (data) => { if (String(data).includes('stop')) stop(); });
process.stdin.on('end', stop);
process.stdin.on('error', stop);
for (const name of STOP_SIGNALS) process.on(name, stop);
child.on('error', (error) => {
  const hint = windows ? ' (on Windows, --run runs through sh: put the bin directory of Git for Windows on PATH)' : '';
  process.stderr.write('cannot start ' + shell + ': ' + error.message + hint + '\n');
  process.exit(127);
});
const groupAlive = () => {
  if (windows) return false;
  try { process.kill(-child.pid, 0); return true; } catch { return false; }
};
child.on('exit', (code, signal) => {
  const finish = () => {
    signalGroup('SIGKILL');
    if (signal) {
      for (const name of STOP_SIGNALS) process.removeAllListeners(name);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + (constants.signals[signal] || 0)), 1000);
      return;
    }
    process.exit(code === null ? 1 : code);
  };
  if (!stopping) return finish();
  // Stopping: the shell died of SIGTERM at once, but the trainer under it may still be running its handler
  // (saving a checkpoint, writing a log): let the group finish within the grace period before killing it.
  const deadline = Date.now() + graceMs + 1000;
  const poll = setInterval(() => {
    if (groupAlive() && Date.now() < deadline) return;
    clearInterval(poll);
    finish();
  }, 50);
});
`;
