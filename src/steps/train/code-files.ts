import { stat } from 'node:fs/promises';
import path, { resolve, type PlatformPath } from 'node:path';
import { parse as parseShellWords } from 'shell-quote';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { InputError } from '../../core/errors.js';
import { hashWithStatCache, type FileStamp } from '../../core/hash-file.js';
import { printable } from '../../core/validate-input.js';
import { requestPath } from './train-request.js';

/** Why a file is in the train key: named by the `--run` command, or matched by `--key-files`. */
export type CodeFileRole = 'trainer' | 'key-file';

/** What training_metadata.json records of a code file: its key path, role, stat and content hash. */
export interface CodeFileRecord extends FileStamp {
  /** Relative to the working directory ("./train.py"), as the key sees it. */
  path: string;
  role: CodeFileRole;
}

/** Is `child` strictly inside `parent`? `paths`: the platform's path module (path.win32 in tests). */
export function isInside(parent: string, child: string, paths: PlatformPath = path): boolean {
  const inside = paths.relative(parent, child);
  return inside !== '' && !inside.startsWith(`..${paths.sep}`) && inside !== '..' && !paths.isAbsolute(inside);
}

/**
 * The words of a `--run` command that name files: each shell word (quotes removed) and the value after `=` in
 * `--name=value`. Operators, globs and `$VARIABLES` are not words here; a variable stays unexpanded, so
 * `$HOME/x.py` names nothing.
 */
export function commandWords(command: string): string[] {
  const words: string[] = [];
  for (const token of parseShellWords(command, (name) => `$${name}`)) {
    if (typeof token !== 'string') continue;
    words.push(token);
    const equals = token.indexOf('=');
    if (equals > 0 && equals < token.length - 1) words.push(token.slice(equals + 1));
  }
  return words;
}

/**
 * Files a `--run` command names that exist as regular files inside the working directory: `train.py` in
 * `python train.py --config=cfg.yaml` (and `cfg.yaml`). Programs found on PATH, files outside the working
 * directory and directories are not taken. `exclude` holds dirs whose files never enter (the output dir: its
 * files are the result, not its cause).
 */
export async function filesNamedByCommand(params: { command: string; cwd: string; exclude?: readonly string[] }): Promise<string[]> {
  const found = new Set<string>();
  for (const word of commandWords(params.command)) {
    if (word === '' || word.startsWith('-') || word.includes('\0')) continue;
    const absolute = resolve(params.cwd, word);
    if (!isInside(params.cwd, absolute) || (params.exclude ?? []).some((dir) => absolute === dir || isInside(dir, absolute))) continue;
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) found.add(absolute);
  }
  return [...found];
}

/**
 * The files `--key-files` globs match, relative to the working directory (a dir alone means everything under
 * it). Dot files and dot dirs (.git, .venv) are matched only when the glob names them. A glob that matches
 * nothing is an input error: a typo would otherwise leave the code silently out of the key.
 */
export async function filesMatchingGlobs(params: { globs: readonly string[]; cwd: string; flag: string; exclude?: readonly string[] }): Promise<string[]> {
  const found = new Set<string>();
  // Loaded here: a run without --key-files (and every cache hit of one) needs no glob walker.
  const { glob } = await import('tinyglobby');
  for (const pattern of params.globs) {
    // Blank globs were refused when the request was parsed (parseTrainRequest).
    const trimmed = pattern.trim();
    const matches = await glob(trimmed, { cwd: params.cwd, absolute: true, onlyFiles: true, expandDirectories: true, followSymbolicLinks: false });
    const kept = matches.map((path) => resolve(path)).filter((path) => !(params.exclude ?? []).some((dir) => path === dir || isInside(dir, path)));
    if (kept.length === 0) {
      throw new InputError(`${params.flag} ${JSON.stringify(printable(trimmed))} matches no file in ${printable(params.cwd)}: check the glob (it is relative to the working directory; dot files need a glob that names them)`);
    }
    for (const path of kept) found.add(path);
  }
  return [...found];
}

/**
 * Hash each code file, reusing the recorded sha256 when size, mtime and inode are unchanged (the datasets' fast
 * path). Sorted by key path, so the key does not depend on the order globs matched in.
 */
export async function identifyCodeFiles(params: {
  files: readonly { absolute: string; role: CodeFileRole }[];
  cwd: string;
  known?: readonly CodeFileRecord[];
}): Promise<(CodeFileRecord & { rehashed: boolean })[]> {
  const known = new Map((params.known ?? []).map((record) => [`${record.role}:${record.path}`, record]));
  // A glob may match thousands of files: a few at a time, so open files stay far below any ulimit.
  const records = await mapWithConcurrency({
    items: params.files,
    limit: 16,
    worker: async ({ absolute, role }) => {
      const path = requestPath(absolute, params.cwd).keyPath;
      const stamp = await hashWithStatCache(absolute, known.get(`${role}:${path}`));
      return { path, role, ...stamp };
    },
  });
  return records.sort((a, b) => (a.path === b.path ? a.role.localeCompare(b.role) : a.path < b.path ? -1 : 1));
}

/** The key's view of code files: `{ "./train.py": "<sha256>" }` for one role, or undefined when there are none. */
export function codeFilesComponent(records: readonly Pick<CodeFileRecord, 'path' | 'role' | 'sha256'>[] | undefined, role: CodeFileRole): Record<string, string> | undefined {
  const entries = (records ?? []).filter((record) => record.role === role).map((record) => [record.path, record.sha256] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** One reason per code file that changed, was added or was removed: `trainer file ./train.py: content changed`. */
export function explainCodeFilesChange(params: { label: string; before: unknown; after: unknown }): string[] {
  const before = (params.before ?? {}) as Record<string, string>;
  const after = (params.after ?? {}) as Record<string, string>;
  const reasons: string[] = [];
  for (const path of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (before[path] === after[path]) continue;
    if (before[path] === undefined) reasons.push(`${params.label} ${path}: added`);
    else if (after[path] === undefined) reasons.push(`${params.label} ${path}: removed`);
    else reasons.push(`${params.label} ${path}: content changed`);
  }
  return reasons;
}

/**
 * Every code file of a training's key: those its `--run` command names (role trainer) and those `--key-files`
 * matches (role key-file). The output dir, the base model dir and the two dataset files (already in the key by
 * content) never count.
 */
export async function findCodeFiles(params: {
  command?: string;
  keyFiles: readonly string[];
  cwd: string;
  exclude: readonly string[];
  flag: string;
}): Promise<{ absolute: string; role: CodeFileRole }[]> {
  const { cwd, exclude } = params;
  const named = params.command ? await filesNamedByCommand({ command: params.command, cwd, exclude }) : [];
  const matched = params.keyFiles.length > 0 ? await filesMatchingGlobs({ globs: params.keyFiles, cwd, flag: params.flag, exclude }) : [];
  return [...named.map((absolute) => ({ absolute, role: 'trainer' as const })), ...matched.map((absolute) => ({ absolute, role: 'key-file' as const }))];
}
