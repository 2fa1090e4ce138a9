import { execFile } from 'node:child_process';
import { mkdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { InputError } from '../../core/errors.js';
import { readJsonObject } from '../../core/read-json.js';
import { printable } from '../../core/validate-input.js';
import { findExecutable } from './find-executable.js';

/** The packages the transformers trainer needs: torch and transformers identify it; Trainer needs accelerate, its logs tensorboard. */
export const REQUIRED_PACKAGES = ['torch', 'transformers', 'accelerate', 'tensorboard'] as const;
export type RequiredPackage = (typeof REQUIRED_PACKAGES)[number];

export interface PythonEnvironment {
  /** The interpreter as found (absolute, symlinks kept: a venv's bin/python is its own interpreter). */
  interpreter: string;
  python: string;
  versions: Record<RequiredPackage, string>;
  /** True when the answer came from the probe cache (no Python was started). */
  cached: boolean;
}

/**
 * Reads versions from package metadata only: importing transformers costs seconds, its metadata milliseconds.
 * The paths it lists are where packages are found (sys.path dirs and the user site dir); their stat stamps let
 * the next run trust this answer without starting Python.
 */
const PROBE_SOURCE = `
import json, os, site, sys
from importlib import metadata
versions = {}
for name in ${JSON.stringify(REQUIRED_PACKAGES)}:
    try:
        versions[name] = metadata.version(name)
    except metadata.PackageNotFoundError:
        versions[name] = None
paths = [p for p in sys.path if p and os.path.isdir(p)]
if site.ENABLE_USER_SITE:
    paths.append(site.getusersitepackages())
print(json.dumps({"executable": sys.executable, "python": "%d.%d.%d" % sys.version_info[:3], "versions": versions, "paths": paths}))
`;

/** Variables that change where Python finds packages: part of the probe cache's key. */
const PYTHON_ENV = ['PYTHONPATH', 'PYTHONHOME', 'PYTHONNOUSERSITE', 'PYTHONUSERBASE', 'PYTHONSAFEPATH'];

const PROBE_CACHE_SCHEMA = 'model-experiments/python-probes@1';
const MAX_CACHED = 32;
const PROBE_TIMEOUT_MS = 60_000;

type Stamp = { ino: number; mtimeMs: number; size: number } | null;

interface ProbeEntry {
  interpreter: string;
  stamps: Record<string, Stamp>;
  env: Record<string, string | null>;
  python: string;
  versions: Record<string, string | null>;
}

export const INSTALL_HINT = 'python3 -m venv .venv && .venv/bin/pip install torch transformers accelerate tensorboard';

/** Where probe answers are kept: the user's cache dir (XDG_CACHE_HOME, else ~/.cache), shared by every project. */
export function probeCachePath(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.cache');
  return join(base, 'model-experiments', 'python-probes.json');
}

async function stampOf(path: string): Promise<Stamp> {
  const info = await stat(path).catch(() => undefined);
  return info ? { ino: info.ino, mtimeMs: info.mtimeMs, size: info.isDirectory() ? 0 : info.size } : null;
}

async function stampsOf(paths: readonly string[]): Promise<Record<string, Stamp>> {
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await stampOf(path)] as const)));
}

const envOf = (env: Record<string, string | undefined>) => Object.fromEntries(PYTHON_ENV.map((name) => [name, env[name] ?? null]));
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function readEntries(path: string): Promise<ProbeEntry[]> {
  const read = await readJsonObject(path);
  if (read.kind !== 'ok' || read.value.schema !== PROBE_CACHE_SCHEMA || !Array.isArray(read.value.entries)) return [];
  return (read.value.entries as ProbeEntry[]).filter((entry) => entry && typeof entry.interpreter === 'string' && entry.stamps && entry.versions);
}

/** A cached answer still holds when the interpreter, every dir packages come from and the Python variables are as they were. */
async function stillValid(entry: ProbeEntry, env: Record<string, string | undefined>): Promise<boolean> {
  if (!sameJson(entry.env, envOf(env))) return false;
  const now = await stampsOf(Object.keys(entry.stamps));
  return Object.entries(entry.stamps).every(([path, stamp]) => sameJson(stamp, now[path]));
}

function runProbe(params: { interpreter: string; cwd: string; env: Record<string, string | undefined> }): Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    execFile(params.interpreter, ['-c', PROBE_SOURCE], { cwd: params.cwd, env: params.env as NodeJS.ProcessEnv, timeout: PROBE_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr), error: error ?? undefined });
    });
  });
}

/**
 * The interpreter `--python` names, with the versions of the packages the trainer needs. Bad input (no such
 * interpreter, not Python, a package missing) is one InputError that says what to install and how. An answer is
 * cached under the interpreter's path, trusted while the interpreter, the package dirs and the Python variables
 * keep their stat stamps: a cache hit of the train step then starts no Python at all.
 */
export async function probePython(params: {
  command: string;
  flag: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Overrides probeCachePath (tests). */
  cachePath?: string;
  /** The packages that must be there (default all four the trainer needs). */
  required?: readonly RequiredPackage[];
}): Promise<PythonEnvironment> {
  const { command, flag, cwd, env } = params;
  const named = `${flag} ${printable(command)}`;
  if (command.trim() === '') throw new InputError(`${flag} must not be empty: give a Python interpreter, e.g. python3 or .venv/bin/python`);
  const interpreter = await findExecutable({ command, cwd, path: env.PATH });
  if (!interpreter) {
    const where = command.includes('/') ? 'is not an executable file' : 'is not on PATH';
    throw new InputError(`${named} ${where}: install Python 3 with the trainer's packages (${INSTALL_HINT}) and give ${flag} .venv/bin/python`);
  }
  const cachePath = params.cachePath ?? probeCachePath(env);
  const entries = await readEntries(cachePath);
  const known = entries.find((entry) => entry.interpreter === interpreter);
  let entry = known && (await stillValid(known, env)) ? known : undefined;
  const cached = entry !== undefined;
  if (!entry) {
    const probe = await runProbe({ interpreter, cwd, env });
    let answer: { executable?: unknown; python?: unknown; versions?: Record<string, string | null>; paths?: unknown } | undefined;
    try {
      answer = probe.code === 0 ? JSON.parse(probe.stdout.trim().split('\n').pop() ?? '') : undefined;
    } catch {
      answer = undefined;
    }
    if (!answer || typeof answer.python !== 'string' || !answer.versions || !Array.isArray(answer.paths)) {
      const detail = probe.stderr.trim().split('\n').pop() || probe.error?.message.split('\n')[0] || `exit ${probe.code}`;
      throw new InputError(`${named} (${interpreter}) did not run as Python 3 (${printable(detail)}): give a Python 3 interpreter, e.g. .venv/bin/python`);
    }
    const watched = [interpreter, await realpath(interpreter).catch(() => interpreter), ...(answer.paths as string[])];
    if (typeof answer.executable === 'string' && answer.executable !== '') watched.push(answer.executable, await realpath(answer.executable).catch(() => answer.executable as string));
    entry = { interpreter, stamps: await stampsOf([...new Set(watched)]), env: envOf(env), python: answer.python, versions: answer.versions };
  }
  const missing = (params.required ?? REQUIRED_PACKAGES).filter((name) => typeof entry!.versions[name] !== 'string');
  // Only a complete answer is kept: after a missing package the user is about to install it.
  if (!cached && REQUIRED_PACKAGES.every((name) => typeof entry!.versions[name] === 'string')) await saveEntry(cachePath, entry, entries);
  if (missing.length > 0) {
    throw new InputError(`${named} (Python ${entry.python}) has no ${missing.join(', ')}: install with ${interpreter} -m pip install ${missing.join(' ')}`);
  }
  return { interpreter, python: entry.python, versions: entry.versions as Record<RequiredPackage, string>, cached };
}

async function saveEntry(path: string, entry: ProbeEntry, entries: ProbeEntry[]): Promise<void> {
  const kept = [entry, ...entries.filter((other) => other.interpreter !== entry.interpreter)].slice(0, MAX_CACHED);
  // The cache only saves time: a read-only home must not fail a training.
  await mkdir(dirname(path), { recursive: true })
    .then(() => writeJsonAtomic(path, { schema: PROBE_CACHE_SCHEMA, entries: kept }))
    .catch(() => undefined);
}

/** Forget what the cache says of `interpreter` (the trainer found other versions than the probe). */
export async function forgetProbe(params: { interpreter: string; env: Record<string, string | undefined>; cachePath?: string }): Promise<void> {
  const path = params.cachePath ?? probeCachePath(params.env);
  const entries = await readEntries(path);
  if (!entries.some((entry) => entry.interpreter === params.interpreter)) return;
  await writeJsonAtomic(path, { schema: PROBE_CACHE_SCHEMA, entries: entries.filter((entry) => entry.interpreter !== params.interpreter) }).catch(() => undefined);
}
