import { listFiles } from '@huggingface/hub';
import { InputError } from '../core/errors.js';
import { printable } from '../core/validate-input.js';
import { explainHubError } from './hub-errors.js';
import type { HubConnection } from './hub-connection.js';
import { describeRepo, toRepoDesignation, type RepoRef } from './repo-ref.js';

export interface RepoFile {
  path: string;
  size: number;
  /** git blob sha1 of the stored object (for LFS files: of the pointer). */
  oid: string;
  /** sha256 of the content, for LFS files. */
  lfsSha256?: string;
}

/**
 * Every file of the repo at `revision` (recursive, all pages). Paths are checked before anything is
 * written: a listing that names "../x", an absolute path or a backslash path is refused, not followed.
 */
export async function listRepoFiles(params: { connection: HubConnection; repo: RepoRef; revision: string; path?: string }): Promise<RepoFile[]> {
  const { connection, repo, revision } = params;
  const files: RepoFile[] = [];
  try {
    for await (const entry of listFiles({
      repo: toRepoDesignation(repo),
      revision,
      path: params.path,
      recursive: true,
      hubUrl: connection.hubUrl,
      accessToken: connection.accessToken,
      fetch: connection.fetch,
    })) {
      if (entry.type !== 'file') continue;
      assertSafeRepoPath(entry.path, repo);
      if (!Number.isSafeInteger(entry.size) || entry.size < 0) {
        throw new InputError(`The Hub listing of ${describeRepo(repo)} gives "${printable(entry.path)}" an invalid size; refusing to download it`);
      }
      files.push({ path: entry.path, size: entry.size, oid: entry.oid ?? '', lfsSha256: entry.lfs?.oid });
    }
  } catch (error) {
    throw explainHubError({ error, what: describeRepo(repo, revision) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function assertSafeRepoPath(path: string, repo: RepoRef): void {
  const parts = path.split('/');
  const unsafe =
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    /[\x00-\x1f]/.test(path) ||
    /^[A-Za-z]:/.test(path) ||
    parts.some((part) => part === '..' || part === '.' || part === '');
  if (unsafe) {
    throw new InputError(`The Hub listing of ${describeRepo(repo)} holds an unsafe path "${printable(path)}"; refusing to write outside the output dir`);
  }
}
