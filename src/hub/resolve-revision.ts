import { StepError } from '../core/errors.js';
import { isCommitSha } from '../core/validate-input.js';
import { explainHubError, hubApiError } from './hub-errors.js';
import type { HubConnection } from './hub-connection.js';
import { describeRepo, type RepoRef } from './repo-ref.js';

/**
 * The commit sha a branch, tag or sha points at now: one API call (none for a full sha).
 *
 * The call @huggingface/hub's modelInfo / datasetInfo make (`/api/{models|datasets}/<name>/revision/<rev>`), asked
 * for the sha alone and made here with the connection's fetch: this is the only request of a cache hit on a branch,
 * and loading the library (one 500 KB bundle) cost a hit more CPU than everything else it does after node starts.
 */
export async function resolveRevision(params: { connection: HubConnection; repo: RepoRef; revision: string }): Promise<string> {
  const { connection, repo, revision } = params;
  if (isCommitSha(revision)) return revision;
  const url = `${connection.hubUrl}/api/${repo.type === 'model' ? 'models' : 'datasets'}/${repo.name}/revision/${encodeURIComponent(revision)}?expand=sha`;
  let sha: unknown;
  try {
    const response = await connection.fetch(url, { headers: connection.accessToken ? { Authorization: `Bearer ${connection.accessToken}` } : {} });
    if (!response.ok) throw await hubApiError(response);
    sha = ((await response.json()) as { sha?: unknown }).sha;
  } catch (error) {
    throw explainHubError({ error, what: describeRepo(repo, revision) });
  }
  if (typeof sha !== 'string' || !isCommitSha(sha)) {
    throw new StepError(`The Hub did not give a commit sha for ${describeRepo(repo, revision)}`);
  }
  return sha;
}
