import { datasetInfo, modelInfo } from '@huggingface/hub';
import { StepError } from '../core/errors.js';
import { isCommitSha } from '../core/validate-input.js';
import { explainHubError } from './hub-errors.js';
import type { HubConnection } from './hub-connection.js';
import { describeRepo, type RepoRef } from './repo-ref.js';

/** The commit sha a branch, tag or sha points at now: one API call (none for a full sha). */
export async function resolveRevision(params: { connection: HubConnection; repo: RepoRef; revision: string }): Promise<string> {
  const { connection, repo, revision } = params;
  if (isCommitSha(revision)) return revision;
  const common = {
    name: repo.name,
    revision,
    hubUrl: connection.hubUrl,
    accessToken: connection.accessToken,
    fetch: connection.fetch,
    additionalFields: ['sha'] as ['sha'],
  };
  let sha: unknown;
  try {
    sha = repo.type === 'model' ? (await modelInfo(common)).sha : (await datasetInfo(common)).sha;
  } catch (error) {
    throw explainHubError({ error, what: describeRepo(repo, revision) });
  }
  if (typeof sha !== 'string' || !isCommitSha(sha)) {
    throw new StepError(`The Hub did not give a commit sha for ${describeRepo(repo, revision)}`);
  }
  return sha;
}
