import { isCommitSha } from '../core/validate-input.js';
import type { HubConnection } from './hub-connection.js';
import type { RepoRef } from './repo-ref.js';
import { resolveRevision } from './resolve-revision.js';

/**
 * The commit sha a step's key is built on. A full sha needs no network; offline, the sha the cached metadata
 * recorded for this same name and revision (undefined when there is none: the step then cannot hit); otherwise
 * one API call resolves the branch or tag, so a moved branch is noticed.
 */
export async function revisionForKey(params: {
  connection: HubConnection;
  repo: RepoRef;
  revision: string;
  cached?: { name: string; revision: string; resolvedRevision: string };
}): Promise<string | undefined> {
  const { connection, repo, revision, cached } = params;
  if (isCommitSha(revision)) return revision;
  if (connection.offline) return cached && cached.name === repo.name && cached.revision === revision ? cached.resolvedRevision : undefined;
  return resolveRevision({ connection, repo, revision });
}
