import { downloadFile } from '@huggingface/hub';
import { explainHubError } from './hub-errors.js';
import type { HubConnection } from './hub-connection.js';
import { describeRepo, type RepoRef } from './repo-ref.js';

/** A small text file of a repo at a commit (a dataset card, say), through @huggingface/hub; undefined when absent. */
export async function readRepoText(params: { connection: HubConnection; repo: RepoRef; revision: string; path: string }): Promise<string | undefined> {
  const { connection, repo, revision, path } = params;
  try {
    const blob = await downloadFile({
      repo: { type: repo.type, name: repo.name },
      path,
      revision,
      hubUrl: connection.hubUrl,
      accessToken: connection.accessToken,
      fetch: connection.fetch,
      xet: false,
    });
    return blob ? await blob.text() : undefined;
  } catch (error) {
    throw explainHubError({ error, what: `${path} of ${describeRepo(repo, revision)}` });
  }
}
