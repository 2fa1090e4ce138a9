// `npm run test:reliability`: the reliability suite. Its disk-fault cases mount tmpfs filesystems, which needs root;
// a normal user runs the suite inside a user + mount namespace (`unshare --user --map-root-user --mount`) when this
// system allows it, so those cases still run. Where neither works they skip, saying why in one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const jest = join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js');
const command = [process.execPath, jest, '--config', 'jest.reliability.config.js', ...process.argv.slice(2)];
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ') };

/** Whether a user + mount namespace lets this user mount a tmpfs (the probe mounts one and leaves nothing behind). */
function namespaceMounts() {
  const dir = mkdtempSync(join(tmpdir(), 'me-userns-probe-'));
  try {
    const probe = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
    return probe.status === 0 ? '' : `${probe.stderr ?? ''}${probe.error?.message ?? ''}`.trim() || `exit ${probe.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let argv = command;
if (process.getuid?.() !== 0) {
  const refused = namespaceMounts();
  if (refused === '') {
    console.log('reliability: not root, so the suite runs in a user + mount namespace (unshare --user --map-root-user --mount), where the disk-fault cases can mount tmpfs');
    argv = ['unshare', '--user', '--map-root-user', '--mount', '--', ...command];
  } else {
    console.log(`reliability: not root and no user namespace here (${refused.split('\n')[0]}): the disk-fault cases will skip; run as root (sudo) to run them`);
    env.ME_NO_MOUNT_REASON = `not root, and unshare --user --mount failed: ${refused.split('\n')[0]}`;
  }
}
const run = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env });
process.exit(run.status ?? 1);
