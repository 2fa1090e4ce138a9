// The suite as a normal user: GitHub's runners run steps as the non-root `runner` user, so a root-only assumption in
// a test (or in the tool) would turn CI red. When this run is root, part of the suite runs again as `nobody` through
// setpriv: a unit file with a non-root-only case, and the reliability wrapper on the disk-fault cases (which must run
// in a user + mount namespace, or skip saying why). A run that is already non-root is that check itself.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/run-cli.js';

const AS_NOBODY = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];

/** Why this run cannot check a non-root user ('' when it can). */
function cannotRunAsNobody(): string {
  if (process.getuid?.() !== 0) return `this run is already non-root (uid ${process.getuid?.()}): the whole suite is the non-root check`;
  const probe = spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), 'test', '-r', join(REPO_ROOT, 'package.json')], { encoding: 'utf8' });
  if (probe.error) return `setpriv is not available (${probe.error.message})`;
  if (probe.status !== 0) return `nobody cannot read ${REPO_ROOT} (${probe.stderr.trim() || `exit ${probe.status}`})`;
  return '';
}
const reason = cannotRunAsNobody();
if (reason !== '') process.stderr.write(`non-root: skipping the re-run as nobody: ${reason}\n`);

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'me-nobody-'));
  if (reason === '') {
    const nobody = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim();
    const nogroup = spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout.trim();
    await chown(home, Number(nobody), Number(nogroup));
  }
});
afterAll(async () => rm(home, { recursive: true, force: true }));

interface Run {
  code: number;
  output: string;
  results?: { numFailedTests: number; numPassedTests: number; numPendingTests: number; numTotalTests: number; testResults: { assertionResults: { title: string; status: string }[] }[] };
}

/** `node <args>` as nobody from the repo, with a home and temp dir of its own; jest's --json results read back. */
function asNobody(args: string[], env: Record<string, string>): Promise<Run> {
  const resultsFile = join(home, `results-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, ...args, '--json', `--outputFile=${resultsFile}`], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TMPDIR: home, CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      const text = await readFile(resultsFile, 'utf8').catch(() => '');
      resolve({ code: code ?? -1, output, results: text ? JSON.parse(text) : undefined });
    });
  });
}

const titles = (run: Run) => (run.results?.testResults ?? []).flatMap((file) => file.assertionResults.map((a) => `${a.status}: ${a.title}`));

(reason === '' ? describe : describe.skip)('the suite as a non-root user (nobody)', () => {
  test('a unit file passes as nobody, including its case that only a non-root user can run (an unreadable but unchanged dataset is a hit)', async () => {
    const run = await asNobody([join('node_modules', 'jest', 'bin', 'jest.js'), '__tests__/train-identity.test.ts'], {
      NODE_OPTIONS: '--experimental-vm-modules',
      NODE_EXTRA_CA_CERTS: '__tests__/fixtures/tls/localhost.crt',
    });
    expect({ code: run.code, failed: run.results?.numFailedTests, skipped: run.results?.numPendingTests, tail: run.code === 0 ? '' : run.output.slice(-2000) }).toEqual({ code: 0, failed: 0, skipped: 0, tail: '' });
    expect(titles(run)).toContain('passed: an unreadable but unchanged file is still a hit (needs a non-root user)');
  });

  test('the reliability wrapper as nobody runs the disk-fault cases in a user + mount namespace, or skips them saying why in one line', async () => {
    const run = await asNobody(['scripts/test-reliability.mjs', '__tests__/reliability/disk-faults.test.ts'], {});
    const namespaced = run.output.includes('runs in a user + mount namespace');
    const cases = run.results?.numTotalTests ?? 0;
    expect(cases).toBeGreaterThan(0);
    const outcome = { code: run.code, failed: run.results?.numFailedTests, tail: run.code === 0 ? '' : run.output.slice(-2000) };
    expect(outcome).toEqual({ code: 0, failed: 0, tail: '' });
    if (namespaced) expect({ passed: run.results?.numPassedTests, skipped: run.results?.numPendingTests }).toEqual({ passed: cases, skipped: 0 });
    else {
      expect({ passed: run.results?.numPassedTests, skipped: run.results?.numPendingTests }).toEqual({ passed: 0, skipped: cases });
      expect(run.output.split('\n').filter((line) => line.startsWith('disk-faults: skipping every case'))).toHaveLength(1);
    }
  });
});
