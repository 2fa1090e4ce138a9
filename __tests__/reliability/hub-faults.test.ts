/**
 * Hub faults from the emulator, on every way a file reaches the disk: model files (an LFS file 302'd to the CDN and a
 * small file the Hub serves itself) and dataset rows (Range reads of the parquet conversion, and a repo's own JSON
 * Lines file when there is no conversion). Each fault once → retried, and the result is what a clean run gives; each
 * fault on every request → exit 1, one last `✗` line naming the file and the cause, no metadata, nothing that
 * validates, and no more requests than the retry policy allows.
 *
 * Model runs are in-process (their timeouts hold); dataset runs are child processes of the bundle so that a run whose
 * timeout or attempt limit does not hold can be stopped (see guarded-cli.ts) instead of holding the suite.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type Fault, type HubEmulator } from '../../emulators/hub-emulator.js';
import { reviewConversion, reviewJsonl } from '../../emulators/tiny-dataset.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliInProcess, type CliRun } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { failureLines, runCliGuarded, stderrLines, type GuardedRun } from './guarded-cli.js';

const ATTEMPTS = 3;
/** Short backoff and a generous per-request timeout: only the stall cases are about the timeout. */
const ENV = { ME_HTTP_ATTEMPTS: String(ATTEMPTS), ME_HTTP_BACKOFF_MS: '10', ME_HTTP_TIMEOUT_MS: '5000' };
const STALL_TIMEOUT_MS = 200;
const STALL_ATTEMPTS = 2;
const STALL_ENV = { ...ENV, ME_HTTP_ATTEMPTS: String(STALL_ATTEMPTS), ME_HTTP_TIMEOUT_MS: String(STALL_TIMEOUT_MS) };

type FaultShape = Omit<Fault, 'match' | 'times'>;

interface FaultCase {
  label: string;
  once: FaultShape;
  persistent: FaultShape;
  /** What the final error must say about the cause. */
  cause: RegExp;
  /** A status answer is a whole attempt; a body fault may be resumed within its attempt (model downloads). */
  body: boolean;
  env: Record<string, string>;
}

const status = (code: number): FaultCase => ({ label: `HTTP ${code}`, once: { kind: 'status', status: code }, persistent: { kind: 'status', status: code }, cause: new RegExp(`HTTP ${code}\\b`), body: false, env: ENV });

const FAULTS: FaultCase[] = [
  // Retry-After 1 s once shows it is honoured ("retrying in 1000 ms"); 0 s keeps the persistent case short.
  { label: '429 with Retry-After', once: { kind: 'status', status: 429, retryAfterSeconds: 1 }, persistent: { kind: 'status', status: 429, retryAfterSeconds: 0 }, cause: /HTTP 429\b/, body: false, env: ENV },
  status(500),
  status(502),
  status(503),
  // The emulator "resets" by destroying the socket: on the wire a FIN unless unread bytes make it an RST, so a
  // client reading the socket itself (get-body.ts) may see a close rather than ECONNRESET; both name the cut.
  { label: 'connection reset mid-body', once: { kind: 'reset' }, persistent: { kind: 'reset' }, cause: /reset|terminated|socket|ECONNRESET|closed before the body ended/i, body: true, env: ENV },
  { label: 'truncated body', once: { kind: 'truncate' }, persistent: { kind: 'truncate' }, cause: /terminated|socket|ended after|got \d+ bytes|premature|closed/i, body: true, env: ENV },
  {
    label: 'wrong bytes',
    once: { kind: 'wrong-bytes' },
    persistent: { kind: 'wrong-bytes' },
    cause: /mismatch|not the file the Hub lists|could not be decoded|not a readable parquet file/,
    body: true,
    env: ENV,
  },
  { label: 'stalled response', once: { kind: 'stall' }, persistent: { kind: 'stall' }, cause: new RegExp(`no (data|response) (for|within) ${STALL_TIMEOUT_MS} ms`), body: true, env: STALL_ENV },
];

interface Target {
  label: string;
  step: 'model' | 'dataset';
  /** The faulted file's path in its repo. */
  file: string;
  /** Matches that file's resolve and CDN paths and nothing else the run requests. */
  match: RegExp;
  /** How often one attempt may resume a dropped body with a Range request (download-verified-file.ts). */
  resumes: number;
  publish(repo: string): void;
  inProcess: boolean;
}

const MODEL_FILES = tinyModelFiles();
const CONVERSION = reviewConversion({ config: 'default', splits: { train: 600 }, rowGroupSize: 100 });
const JSONL = reviewJsonl({ split: 'train', count: 1500 });

let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };

const TARGETS: Target[] = [
  {
    label: 'model download, LFS weights via the CDN',
    step: 'model',
    file: 'model.safetensors',
    match: /(^|\/)model\.safetensors$/,
    resumes: 3,
    publish: (repo) => hub.commit({ name: repo, files: MODEL_FILES }),
    inProcess: true,
  },
  {
    label: 'model download, config.json served by the Hub',
    step: 'model',
    file: 'config.json',
    match: /(^|\/)config\.json$/,
    resumes: 3,
    publish: (repo) => hub.commit({ name: repo, files: MODEL_FILES }),
    inProcess: true,
  },
  {
    label: 'dataset download, parquet Range reads',
    step: 'dataset',
    file: 'default/train/0000.parquet',
    match: /default\/train\/0000\.parquet$/,
    resumes: 0,
    publish: (repo) => {
      hub.commit({ type: 'dataset', name: repo, files: { 'README.md': '# reviews\n' } });
      hub.setRef({ type: 'dataset', name: repo, ref: 'refs/convert/parquet', files: CONVERSION });
    },
    inProcess: false,
  },
  {
    label: 'dataset download, raw JSON Lines fallback',
    step: 'dataset',
    file: 'train.jsonl',
    match: /(^|\/)train\.jsonl$/,
    resumes: 0,
    publish: (repo) => hub.commit({ type: 'dataset', name: repo, files: { 'README.md': '# raw\n', 'train.jsonl': JSONL } }),
    inProcess: false,
  },
];

let repoCounter = 0;
/** A repo of its own for every case, so request counts never mix. */
function publishFresh(target: Target): string {
  const repo = `faults/${target.step}-${repoCounter++}`;
  target.publish(repo);
  return repo;
}

const stepArgs = (target: Target, repo: string, out: string) => [target.step, 'download', '--name', repo, '--output-dir', out, '--json'];
const metadataFile = (target: Target) => (target.step === 'model' ? 'model_metadata.json' : 'metadata.json');

/** Requests that reached the Hub for the file of `repo` (an LFS file's CDN request always follows one of them). */
const hubRequestsFor = (target: Target, repo: string) =>
  hub.requests.filter((request) => request.host === 'hub' && request.file === target.file && request.path.includes(`${repo}/resolve/`)).length;
/** Every request for the file (resolve, CDN, resumed and retried ones). */
const allRequestsFor = (target: Target, repo: string, since: number) =>
  hub.requests.slice(since).filter((request) => request.file === target.file && (request.host === 'cdn' || request.path.includes(`${repo}/resolve/`))).length;

async function runStep(target: Target, args: string[], env: Record<string, string>, overBound?: (stderr: string) => string | false): Promise<CliRun | GuardedRun> {
  const fullEnv = { HF_ENDPOINT: hub.url, ...env };
  // A run whose every request gives up after 200 ms and whose waits are 10 ms is over in a second or two.
  const hangGuardMs = env === STALL_ENV ? 6_000 : 15_000;
  return target.inProcess ? runCliInProcess(args, fullEnv) : runCliGuarded({ args, env: fullEnv, overBound, hangGuardMs });
}

/** What a run leaves that must equal a clean run: every file's bytes, and what the metadata records of them. */
async function resultOf(target: Target, out: string) {
  const files = await hashTree(out, [metadataFile(target)]).catch(() => ({}));
  const metadata = JSON.parse(await readFile(join(out, metadataFile(target)), 'utf8').catch(() => 'null'));
  const recorded =
    metadata === null
      ? null
      : target.step === 'model'
        ? metadata.files
        : metadata.splits.map(({ name, rows, bytes, sha256, sourceFiles }: Record<string, unknown>) => ({ name, rows, bytes, sha256, sourceFiles }));
  return { files, recorded };
}

/** A retry line such as "(attempt 2/5)" with another total than the ME_HTTP_ATTEMPTS the run was given. */
function announcesOtherAttempts(stderr: string, attempts: number): string | false {
  const other = [...stderr.matchAll(/\(attempt \d+\/(\d+)\)/g)].find((match) => Number(match[1]) !== attempts);
  return other ? `it announced "${other[0]}" with ME_HTTP_ATTEMPTS=${attempts}` : false;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesFileAndCause = (file: string, cause: RegExp) => new RegExp(`^✗ (?=.*${escapeRegExp(file)})(?=.*(${cause.source}))`, cause.flags);

/** What a failed run must look like, in one object so that a failing case shows everything at once. */
function failureSummary(run: CliRun | GuardedRun, requests: number, bound: number) {
  return {
    code: run.code,
    stopped: (run as GuardedRun).stopped,
    requestsWithinBound: requests <= bound || `${requests} requests for the file, at most ${bound} allowed`,
    failures: failureLines(run),
    lastLineIsTheFailure: stderrLines(run).at(-1)?.startsWith('✗') || `last line: ${stderrLines(run).at(-1)}`,
    stdout: run.stdout,
  };
}

const clean = new Map<Target, { result: Awaited<ReturnType<typeof resultOf>>; requests: number }>();

beforeAll(async () => {
  hub = await startHubEmulator();
  tmp = await makeTempDir('me-hub-faults-');
  for (const target of TARGETS) {
    const repo = publishFresh(target);
    const out = join(tmp.path, `clean-${repoCounter}`);
    const since = hub.requests.length;
    const run = await runCliInProcess(stepArgs(target, repo, out), { HF_ENDPOINT: hub.url, ...ENV });
    expect(run.code).toBe(0);
    clean.set(target, { result: await resultOf(target, out), requests: allRequestsFor(target, repo, since) });
  }
});
afterAll(async () => {
  await hub.close();
  await tmp.cleanup();
});

const CASES = TARGETS.flatMap((target) => FAULTS.map((fault) => ({ target, fault, name: `${target.label}: ${fault.label}` })));

describe('Hub faults: bounded retries, then success or one clear error naming the file and the cause; a bad file never validates', () => {
  test.each(CASES)('$name once → retried, and the result is identical to a clean run', async ({ target, fault }) => {
    const repo = publishFresh(target);
    const out = join(tmp.path, `once-${repoCounter}`);
    const since = hub.requests.length;
    hub.injectFault({ ...fault.once, match: target.match, times: 1 });
    const run = await runStep(target, stepArgs(target, repo, out), fault.env);
    hub.clearFaults();

    const stopped = (run as GuardedRun).stopped;
    expect(run.code === 0 ? 'success' : stopped ? `stopped: ${stopped}` : `exit ${run.code}: ${stderrLines(run).at(-1)}`).toBe('success');
    // The fault was met: the file took more requests than in a clean run.
    expect(allRequestsFor(target, repo, since)).toBeGreaterThan(clean.get(target)!.requests);
    if (fault.once.retryAfterSeconds) expect(run.stderr).toContain(`retrying in ${fault.once.retryAfterSeconds * 1000} ms`);
    expect(await resultOf(target, out)).toEqual(clean.get(target)!.result);
    const again = await runCliInProcess(stepArgs(target, repo, out), { HF_ENDPOINT: hub.url, ...ENV });
    expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });
  });

  test.each(CASES)('$name on every request → exit 1, one ✗ naming the file and the cause, bounded requests, nothing recorded', async ({ target, fault }) => {
    const repo = publishFresh(target);
    const out = join(tmp.path, `always-${repoCounter}`);
    const attempts = Number(fault.env.ME_HTTP_ATTEMPTS);
    // A dataset split whose bytes do not decode is read twice, and each time the file is fetched once more to check
    // its hash before anything is blamed: at most two reads of two fetches each, whatever the fault.
    const contentRereads = target.step === 'dataset' && fault.label === 'wrong bytes' ? 2 : 1;
    const bound = (fault.body ? attempts * (1 + target.resumes) : attempts) * contentRereads;
    hub.injectFault({ ...fault.persistent, match: target.match, times: 1_000_000 });
    const run = await runStep(target, stepArgs(target, repo, out), fault.env, (stderr) =>
      hubRequestsFor(target, repo) > bound ? `more than ${bound} requests for ${target.file}` : announcesOtherAttempts(stderr, attempts),
    );
    const requests = hubRequestsFor(target, repo);
    hub.clearFaults();

    const metadataRecorded = await stat(join(out, metadataFile(target))).then(() => true, () => false);
    // A bad file never lands: the faulted file is absent, or (a model file verified before the fault) exactly right.
    const badFileLanded =
      target.step === 'model'
        ? await readFile(join(out, target.file)).then((bytes) => !bytes.equals(MODEL_FILES[target.file]), () => false)
        : await stat(join(out, 'train', 'data.jsonl')).then(() => true, () => false);
    // Nothing validates: a plain re-run downloads, and ends identical to a clean run.
    const rerun = await runCliInProcess(stepArgs(target, repo, out), { HF_ENDPOINT: hub.url, ...ENV });
    const rerunIdentical = JSON.stringify(await resultOf(target, out)) === JSON.stringify(clean.get(target)!.result);

    expect({ ...failureSummary(run, requests, bound), metadataRecorded, badFileLanded, rerun: { code: rerun.code, cacheHit: rerun.json?.cacheHit, identicalToClean: rerunIdentical } }).toEqual({
      code: 1,
      stopped: undefined,
      requestsWithinBound: true,
      failures: [expect.stringMatching(namesFileAndCause(target.file, fault.cause))],
      lastLineIsTheFailure: true,
      stdout: '',
      metadataRecorded: false,
      badFileLanded: false,
      rerun: { code: 0, cacheHit: false, identicalToClean: true },
    });
  });

  test('a Retry-After longer than the per-request timeout is waited for, not taken for a stall; persistent 429s end in one error that says 429', async () => {
    const target = TARGETS[0];
    const env = { ...ENV, ME_HTTP_ATTEMPTS: '2', ME_HTTP_TIMEOUT_MS: '300' };
    const repo = publishFresh(target);
    hub.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 1, match: target.match, times: 1 });
    const once = await runCliGuarded({ args: stepArgs(target, repo, join(tmp.path, `retry-after-${repoCounter}`)), env: { HF_ENDPOINT: hub.url, ...env } });
    hub.clearFaults();
    const stallClaims = stderrLines(once).filter((line) => /no data for|no response within/.test(line));
    // One 429, a wait of the second it asked for, then the file: two requests, and no talk of a stall.
    expect({ code: once.code, honoured: once.stderr.includes('retrying in 1000 ms'), stallClaims, requests: hubRequestsFor(target, repo) }).toEqual({
      code: 0,
      honoured: true,
      stallClaims: [],
      requests: 2,
    });

    const always = publishFresh(target);
    hub.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 1, match: target.match, times: 1_000_000 });
    const run = await runCliGuarded({
      args: stepArgs(target, always, join(tmp.path, `retry-after-${repoCounter}`)),
      env: { HF_ENDPOINT: hub.url, ...env },
      overBound: () => hubRequestsFor(target, always) > 2 && 'more than 2 requests for model.safetensors',
    });
    const requests = hubRequestsFor(target, always);
    hub.clearFaults();
    expect(failureSummary(run, requests, 2)).toEqual({
      code: 1,
      stopped: undefined,
      requestsWithinBound: true,
      failures: [expect.stringMatching(namesFileAndCause(target.file, /HTTP 429\b/))],
      lastLineIsTheFailure: true,
      stdout: '',
    });
  });

  test.each([
    { call: 'model download: the revision lookup', step: 'model', match: (repo: string) => new RegExp(`^api/models/${repo}/revision/`), code: 503 },
    { call: 'model download: the file listing', step: 'model', match: (repo: string) => new RegExp(`^api/models/${repo}/tree/`), code: 502 },
    { call: 'dataset download: the parquet conversion lookup', step: 'dataset', match: (repo: string) => new RegExp(`^api/datasets/${repo}/revision/refs/convert/parquet`), code: 500 },
  ])('$call answering HTTP $code every time → exit 1, one ✗ naming the repo and the status, bounded requests, nothing written', async ({ step, match, code }) => {
    const target = TARGETS.find((candidate) => candidate.step === step)!;
    const repo = publishFresh(target);
    const out = join(tmp.path, `api-${repoCounter}`);
    hub.injectFault({ kind: 'status', status: code, match: match(repo), times: 1_000_000 });
    const run = await runCliInProcess(stepArgs(target, repo, out), { HF_ENDPOINT: hub.url, ...ENV });
    const requests = hub.requests.filter((request) => match(repo).test(request.path.slice(1))).length;
    hub.clearFaults();
    expect(failureSummary(run, requests, ATTEMPTS)).toEqual({
      code: 1,
      stopped: undefined,
      requestsWithinBound: true,
      failures: [expect.stringMatching(namesFileAndCause(repo, new RegExp(`HTTP ${code}\\b`)))],
      lastLineIsTheFailure: true,
      stdout: '',
    });
    await expect(stat(join(out, metadataFile(target)))).rejects.toThrow();
  });
});
